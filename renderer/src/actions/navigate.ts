// Moving around: select a row (and move every other pane to the same instant), find next/previous,
// next error or warning, bookmarks, go to time, jump to an evidence line. All rows come from the API.
import type { Row, RowFilter } from '../../../shared/api/contract';
import { useLogs } from '../store/logs-store';
import { useSettings } from '../store/settings-store';
import { ask, useToasts } from '../store/toasts-store';
import { activePane, paneShowingAlone, useView, viewArgs, type Pane } from '../store/view-store';
import { i18n } from '../i18n/i18n';
import { logOfSource } from '../view/log-of-source';

/** The row at `index` of a view (by default: the logs under the filter every pane shares). */
async function rowAt(logIds: string[], index: number, filter?: RowFilter): Promise<Row | null> {
  const rows = await ask('getRows', { ...viewArgs(logIds, filter), start: index, count: 1 });
  return rows?.[0] ?? null;
}

/** Panes move to an instant (the entry at or before it in each): `selectIn` selects its entry, the others mark theirs as synced. */
async function panesToInstant(panes: readonly Pane[], instantMs: number, selectIn: string | null): Promise<void> {
  if (!panes.length) return;
  const at = await ask('rowAtTime', { views: panes.map((p) => viewArgs(p.logIds)), instantMs });
  for (const [i, p] of panes.entries()) {
    const idx = at?.[i];
    if (idx === null || idx === undefined) continue;
    if (p.id === selectIn) useView.getState().reveal(p.id, idx, { select: await rowAt(p.logIds, idx) });
    else useView.getState().reveal(p.id, idx, { sync: true });
  }
}

/** Other panes follow the instant of `row` (when sync is on): the entry at or before it is revealed and marked. */
export async function syncFrom(paneId: string, row: Row | null): Promise<void> {
  if (!useSettings.getState().syncPanes || !row || row.instantMs === null) return;
  await panesToInstant(useView.getState().panes.filter((p) => p.id !== paneId), row.instantMs, null);
}

/** Moves every pane to an instant (the entry at or before it); the active pane's entry gets selected. */
export async function goToInstant(instantMs: number): Promise<void> {
  const { panes, activePaneId } = useView.getState();
  await panesToInstant(panes, instantMs, activePaneId);
}

/** Selects a row by index in a pane, fetching it, and syncs the other panes. */
export async function selectIndex(paneId: string, index: number): Promise<void> {
  const pane = useView.getState().panes.find((p) => p.id === paneId);
  if (!pane) return;
  const row = await rowAt(pane.logIds, index);
  useView.getState().reveal(paneId, index, { select: row });
  useView.setState({ activePaneId: paneId });
  await syncFrom(paneId, row);
}

/** Which of the ascending `positions` comes next after (or before) `from`, wrapping around. */
function nextWrapping(positions: readonly number[], from: number, dir: 1 | -1): number {
  const i = dir === 1 ? positions.findIndex((x) => x > from) : positions.findLastIndex((x) => x < from);
  return i !== -1 ? i : dir === 1 ? 0 : positions.length - 1;
}

export async function runFind(): Promise<void> {
  const { find, panes, activePaneId } = useView.getState();
  if (!find.query) return;
  const targets = find.allPanes ? panes : panes.filter((p) => p.id === activePaneId);
  for (const p of targets) {
    const r = await ask('search', { ...viewArgs(p.logIds), query: find.query, regex: find.regex, matchCase: find.matchCase });
    if (r) useView.getState().patchPane(p.id, { hits: r.hits, hitsTotal: r.total });
  }
  await findStep(1);
}

/** F3 / Shift+F3: the next hit after (or before) the selection in the active pane, wrapping around. */
export async function findStep(dir: 1 | -1): Promise<void> {
  const pane = activePane();
  if (!pane) return;
  const { find, paneState } = useView.getState();
  const st = paneState[pane.id];
  if (!st?.hits.length) {
    if (find.query) useToasts.getState().push('info', i18n.t('find.noHits'));
    return;
  }
  const from = st.selected ?? -1;
  const last = st.hits[st.hits.length - 1];
  if (st.hitsTotal > st.hits.length && find.query && (dir === 1 ? from >= last : from > last)) {
    // past the hits the search listed (it stops at SEARCH_MAX_HITS): the backend looks on over the whole view
    const target = { kind: 'text' as const, query: find.query, regex: find.regex, matchCase: find.matchCase };
    const at = await ask('findNext', { ...viewArgs(pane.logIds), from, direction: dir, wrap: true, target });
    if (typeof at === 'number') await selectIndex(pane.id, at);
    return;
  }
  await selectIndex(pane.id, st.hits[nextWrapping(st.hits, from, dir)]);
}

/** Ctrl+E / F4 and their Shift variants: the next/previous error or warning over the whole view (the backend looks). */
export async function jumpSeverity(severity: 'error' | 'warning', dir: 1 | -1): Promise<void> {
  const pane = activePane();
  if (!pane) return;
  const selected = useView.getState().paneState[pane.id]?.selected;
  // nothing selected: from before the first row going down, from past the last going up
  const from = selected ?? (dir === 1 ? -1 : 2 ** 40);
  const at = await ask('findNext', { ...viewArgs(pane.logIds), from, direction: dir, wrap: false, target: { kind: 'severity', severity } });
  if (at === undefined) return;
  if (at === null) {
    useToasts.getState().push('info', i18n.t(severity === 'error' ? 'nav.noMoreErrors' : 'nav.noMoreWarnings'));
    return;
  }
  await selectIndex(pane.id, at);
}

/** F2 / Shift+F2: the next/previous bookmarked entry of the active pane's logs, found in its view as it is now. */
export async function bookmarkStep(dir: 1 | -1): Promise<void> {
  const pane = activePane();
  if (!pane) return;
  const { bookmarks, paneState } = useView.getState();
  const mine = bookmarks.filter((b) => pane.logIds.includes(b.logId));
  const found = await Promise.all(mine.map((b) => ask('locate', { ...viewArgs(pane.logIds), source: b.source, line: b.line })));
  const positions = [...new Set(found.filter((x): x is number => typeof x === 'number'))].sort((a, b) => a - b);
  if (!positions.length) {
    useToasts.getState().push('info', i18n.t(mine.length ? 'nav.bookmarksHidden' : 'nav.noBookmarks'));
    return;
  }
  await selectIndex(pane.id, positions[nextWrapping(positions, paneState[pane.id]?.selected ?? -1, dir)]);
}

/** Click on evidence or a pipeline step: show that entry in a pane holding its log, and move the others to its instant. */
export async function jumpToEntry(source: string, line: number): Promise<void> {
  const log = logOfSource(useLogs.getState().logs, source);
  if (!log) {
    useToasts.getState().push('error', i18n.t('nav.logNotOpen', { source }));
    return;
  }
  if (!useView.getState().panes.some((p) => p.logIds.includes(log.id))) useView.getState().showInActivePane([log.id]);
  const { panes } = useView.getState();
  const pane = paneShowingAlone(panes, log.id) ?? panes.find((p) => p.logIds.includes(log.id));
  if (!pane) return;
  const idx = await ask('locate', { ...viewArgs(pane.logIds), source, line });
  if (idx === undefined) return;
  if (idx !== null) return selectIndex(pane.id, idx);
  // the filter hides the entry: show the nearest one it keeps, at the entry's instant (read in the log's own view)
  const at = await ask('locate', { logIds: [log.id], source, line });
  const row = typeof at === 'number' ? await rowAt([log.id], at, {}) : null;
  if (!row) return;
  if (row.instantMs !== null) await panesToInstant([pane], row.instantMs, pane.id);
  useView.setState({ activePaneId: pane.id });
  await syncFrom(pane.id, row);
}

/** Writer's wall clock → instant for go to time: the offset of the active pane's first log. */
export function instantFromTyped(typedMs: number): number {
  const mode = useSettings.getState().timeMode;
  if (mode === 'utc') return typedMs;
  if (mode === 'local') {
    const d = new Date(typedMs);
    return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()).getTime();
  }
  const pane = activePane();
  const log = useLogs.getState().logs.find((l) => l.id === pane?.logIds[0]);
  return typedMs - (log?.utcOffset ?? 0) * 60_000;
}
