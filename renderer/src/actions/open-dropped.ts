// Browser mode: files dropped on the window are uploaded one by one (a browser gives no path) and opened
// like paths; progress and every problem are said per file, and one bad file never stops the others.
import type { LogInfo } from '../../../shared/api/contract';
import { uploadDropped } from '../api/client';
import { i18n } from '../i18n/i18n';
import { useToasts } from '../store/toasts-store';
import { sayOpenErrors, showOpened } from './open';

const size = (bytes: number) => (bytes < 1024 ** 2 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 ** 2).toFixed(1)} MB`);

export async function openDroppedFiles(files: readonly File[]): Promise<boolean> {
  if (!uploadDropped || !files.length) return false;
  const toasts = useToasts.getState();
  const opened: LogInfo[] = [];
  for (const [i, f] of files.entries()) {
    toasts.push('info', i18n.t('drop.uploading', { name: f.name, size: size(f.size), n: i + 1, total: files.length }));
    try {
      const r = await uploadDropped(f);
      sayOpenErrors(r.errors);
      opened.push(...r.logs);
    } catch (e) {
      // A folder dropped in a browser arrives as an unreadable File: the fetch fails before anything is sent.
      toasts.push('error', i18n.t('drop.uploadFailed', { name: f.name, reason: e instanceof Error ? e.message : String(e) }));
    }
  }
  return showOpened(opened);
}
