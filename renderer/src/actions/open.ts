// Opening: paths typed, pasted, dropped or remembered go to the backend (which reads files, folders, zips,
// UNC shares); what opened is shown, what failed is said in plain words.
import type { ApiResults, LogInfo } from '../../../shared/api/contract';
import { uploadDropped } from '../api/client';
import { i18n } from '../i18n/i18n';
import { useSettings } from '../store/settings-store';
import { ask, useToasts } from '../store/toasts-store';
import { landOnSets } from './land';
import { startTriage } from '../store/fleet-store';
import { openErrorInUi } from '../i18n/message-text';
import { byteSize } from '../view/byte-size';

export async function openPaths(paths: string[]): Promise<boolean> {
  if (!paths.length) return false;
  // A folder of client zips, or several clients at once: the Fleet view judges them all and opens none until asked.
  const fleet = await ask('fleetSets', { paths });
  if (fleet && fleet.sets.length + fleet.errors.length > 1) {
    useSettings.getState().addRecent(paths);
    void startTriage(paths);
    return true;
  }
  const r = await ask('openPaths', { paths });
  if (!r) return false;
  sayOpenErrors(r.errors);
  if (r.logs.length) useSettings.getState().addRecent(paths);
  return showOpened(r.logs);
}

export async function openSamples(): Promise<void> {
  const r = await ask('openSamples', {});
  if (!r) return;
  sayOpenErrors(r.errors);
  showOpened(r.logs, false);
}

/**
 * Browser mode: dropped files are uploaded one by one (a browser gives no path) and opened like paths; progress
 * and every problem are said per file, and one bad file never stops the others.
 */
export async function openDroppedFiles(files: readonly File[]): Promise<boolean> {
  if (!uploadDropped || !files.length) return false;
  const toasts = useToasts.getState();
  const opened: LogInfo[] = [];
  for (const [i, f] of files.entries()) {
    toasts.push('info', i18n.t('drop.uploading', { name: f.name, size: byteSize(f.size), n: i + 1, total: files.length }));
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

function sayOpenErrors(errors: ApiResults['openPaths']['errors']): void {
  for (const e of errors) useToasts.getState().push('error', openErrorInUi(e, i18n.t));
}

/** What opened is shown: the set lands on its failure (actions/land.ts); `say`: a toast counts what opened. */
function showOpened(logs: LogInfo[], say = true): boolean {
  if (!logs.length) return false;
  void landOnSets(logs);
  if (say) useToasts.getState().push('info', i18n.t('open.opened', { count: logs.length }));
  return true;
}
