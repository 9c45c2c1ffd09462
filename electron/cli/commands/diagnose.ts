// cmlens diagnose PATH… [--json | --format text|json|markdown|html] → what the app's side panel shows, or the
// report the app exports (shared/report: the same renderers).
import { LogService } from '../../backend/log-service';
import { formatDiagnosisText } from '../../../shared/pipeline/format-diagnosis';
import { reportHtml } from '../../../shared/report/report-html';
import { reportMarkdown } from '../../../shared/report/report-markdown';
import { reportBadInput } from '../cli-error';

export const DIAGNOSE_FORMATS = ['text', 'json', 'markdown', 'html'] as const;
export type DiagnoseFormat = (typeof DIAGNOSE_FORMATS)[number];

export async function diagnoseCommand(paths: string[], format: DiagnoseFormat, lang: 'en' | 'zh-CN'): Promise<void> {
  const service = new LogService();
  const { errors } = await service.openPaths(paths);
  for (const err of errors) reportBadInput(err.path, err.reason);
  const result = service.diagnose();
  const report = { result, lang, logs: service.list().map((l) => l.source), generated: new Date().toISOString() };
  const out =
    format === 'json' ? JSON.stringify(result, null, 2) + '\n'
    : format === 'markdown' ? reportMarkdown(report)
    : format === 'html' ? reportHtml(report)
    : formatDiagnosisText(result, lang) + '\n';
  process.stdout.write(out);
}
