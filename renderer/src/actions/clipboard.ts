// What goes to the clipboard, with a toast that says so: a command or any text, and on Ctrl+C the selected rows
// (from the selection to the second selection) as tab-separated text in column order, what CMTrace users paste
// into tickets.
import type { Row } from '../../../shared/api/contract';
import { i18n } from '../i18n/i18n';
import { useLogs } from '../store/logs-store';
import { useSettings } from '../store/settings-store';
import { ask, useToasts } from '../store/toasts-store';
import { activePane, useView, viewArgs } from '../store/view-store';
import { cellText, columnKind, shownColumns } from '../view/columns';

const MAX_COPY = 10_000;

/** `onRefused`: what to do when the clipboard refuses (an insecure context, no permission); by default say so. */
export async function copyText(text: string, done: string, onRefused = () => void useToasts.getState().push('error', i18n.t('copy.failed'))): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    useToasts.getState().push('info', done);
  } catch {
    onRefused();
  }
}

export async function copySelectedRows(): Promise<void> {
  const pane = activePane();
  if (!pane) return;
  const st = useView.getState().paneState[pane.id];
  if (st?.selected == null) return;
  const a = Math.min(st.selected, st.second ?? st.selected);
  const b = Math.max(st.selected, st.second ?? st.selected);
  const rows: Row[] = [];
  for (let start = a; start <= b && rows.length < MAX_COPY; start += 2000) {
    const got = await ask('getRows', { ...viewArgs(pane.logIds), start, count: Math.min(2000, b - start + 1) });
    if (!got) return;
    rows.push(...got);
  }
  const settings = useSettings.getState();
  const logs = useLogs.getState().logs;
  const name = (id: string) => logs.find((l) => l.id === id)?.name ?? id;
  const columns = shownColumns(settings.columnsFor(columnKind(pane.logIds.map(name))), pane.logIds.length > 1);
  const tsv = rows.map((r) => columns.map((c) => cellText(r, c.id, settings.timeMode, name)).join('\t')).join('\r\n');
  await copyText(tsv, i18n.t('copy.done', { count: rows.length }));
}
