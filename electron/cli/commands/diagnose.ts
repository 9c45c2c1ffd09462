// cmlens diagnose PATH… [--json] → what the app's side panel shows.
import { LogService } from '../../backend/log-service';
import { formatDiagnosisText } from '../../../shared/pipeline/format-diagnosis';
import { reportBadInput } from '../cli-error';

export async function diagnoseCommand(paths: string[], json: boolean, lang: 'en' | 'zh-CN'): Promise<void> {
  const service = new LogService();
  const { errors } = await service.openPaths(paths);
  for (const err of errors) reportBadInput(err.path, err.reason);
  const result = service.diagnose();
  process.stdout.write(json ? JSON.stringify(result, null, 2) + '\n' : formatDiagnosisText(result, lang) + '\n');
}
