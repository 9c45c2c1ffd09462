// cmlens diagnose PATH… [--json | --format text|json|markdown|html] → what the app's side panel shows, or the
// report the app exports (the same export-file.ts, so the CLI's report is the app's, byte for byte).
import { LogService } from '../../backend/log-service';
import { formatDiagnosisText } from '../../../shared/pipeline/format-diagnosis';
import { reportBadInput } from '../cli-error';

export const DIAGNOSE_FORMATS = ['text', 'json', 'markdown', 'html'] as const;
export type DiagnoseFormat = (typeof DIAGNOSE_FORMATS)[number];

export async function diagnoseCommand(paths: string[], format: DiagnoseFormat, lang: 'en' | 'zh-CN'): Promise<void> {
  const service = new LogService();
  const { errors } = await service.openPaths(paths);
  for (const err of errors) reportBadInput(err.path, err.reason);
  if (format === 'markdown' || format === 'html') {
    for await (const chunk of service.exportFile({ kind: 'report', format, lang }).chunks()) process.stdout.write(chunk);
    return;
  }
  const result = service.diagnose();
  process.stdout.write(format === 'json' ? JSON.stringify(result, null, 2) + '\n' : formatDiagnosisText(result, lang) + '\n');
}
