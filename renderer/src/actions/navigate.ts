// Moving around: select a row (and move every other pane to the same instant), find next/previous,
// next error or warning, bookmarks, go to time, jump to an evidence line. All rows come from the API.
import type { LogInfo, Row, RowFilter } from '../../../shared/api/contract';
import { api } from '../api/client';
import { useLogs } from '../store/logs-store';
import { useSettings } from '../store/settings-store';
import { attempt, useToasts } from '../store/toasts-store';
import { activePane, useView, type Pane } from '../store/view-store';
import { i18n } from '../i18n/i18n';
import { logOfSource } from '../view/log-of-source';

async function rowAt(pane: Pane, index: number, filter: RowFilter): Promise<Row | null> {
  const rows = await attempt('getRows', () => api.getRows({ logIds: pane.logIds, start: index, count: 1, filter: nonEmpty(filter) }));
  return rows?.[0] ?? null;
}

export function nonEmpty(f: RowFilter): RowFilter | undefined {
  return Object.values(f).some((v) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)) ? f : undefined;
}

/** Other panes follow the instant of `row` (when sync is on): the entry at or before it is revealed and marked. */
export async function syncFrom(paneId: string, row: Row | null): Promise<void> {
  if (!useSettings.getState().syncPanes || !row || row.instantMs === null) return;
  const { panes, filter } = useView.getState();
  const others = panes.filter((p) => p.id !== paneId);
  if (!others.length) return;
  const f = nonEmpty(filter);
  const at = await attempt('rowAtTime', () => api.rowAtTime({ views: others.map((p) => ({ logIds: p.logIds, ...(f ? { filter: f } : {}) })), instantMs: row.instantMs! }));
  at?.forEach((idx, i) => {
    if (idx !== null) useView.getState().reveal(others[i].id, idx, { sync: true });
  });
}

/** Selects a row by index in a pane, fetching it, and syncs the other panes. */
export async function selectIndex(paneId: string, index: number): Promise<void> {
  const pane = useView.getState().panes.find((p) => p.id === paneId);
  if (!pane) return;
  const row = await rowAt(pane, index, useView.getState().filter);
  useView.getState().reveal(paneId, index, { select: row });
  useView.getState().setActive(paneId);
  await syncFrom(paneId, row);
}

export async function runFind(): Promise<void> {
  const { find, panes, filter, activePaneId } = useView.getState();
  if (!find.query) return;
  const targets = find.allPanes ? panes : panes.filter((p) => p.id === activePaneId);
  const f = nonEmpty(filter);
  for (const p of targets) {
    const r = await attempt('search', () => api.search({ logIds: p.logIds, query: find.query, regex: find.regex, matchCase: find.matchCase, ...(f ? { filter: f } : {}) }));
    if (r) useView.getState().patchPane(p.id, { hits: r.hits, hitsTotal: r.total });
  }
  useView.getState().setFind({ cursor: -1 });
  await findStep(1);
}

/** F3 / Shift+F3: the next hit after (or before) the selection in the active pane, wrapping around. */
export async function findStep(dir: 1 | -1): Promise<void> {
  const pane = activePane();
  if (!pane) return;
  const st = useView.getState().paneState[pane.id];
  if (!st?.hits.length) {
    if (useView.getState().find.query) useToasts.getState().push('info', i18n.t('find.noHits'));
    return;
  }
  const from = st.selected ?? -1;
  const last = st.hits[st.hits.length - 1];
  if (st.hitsTotal > st.hits.length && useView.getState().find.query && (dir === 1 ? from >= last : from > last)) {
    // past the hits the search listed (it stops at SEARCH_MAX_HITS): the backend looks on over the whole view
    const { find, filter } = useView.getState();
    const f = nonEmpty(filter);
    const at = await attempt('findNext', () =>
      api.findNext({ logIds: pane.logIds, ...(f ? { filter: f } : {}), from, direction: dir, wrap: true, target: { kind: 'text', query: find.query, regex: find.regex, matchCase: find.matchCase } }),
    );
    if (typeof at === 'number') await selectIndex(pane.id, at);
    return;
  }
  let i = dir === 1 ? st.hits.findIndex((h) => h > from) : st.hits.findLastIndex((h) => h < from);
  if (i === -1) i = dir === 1 ? 0 : st.hits.length - 1;
  useView.getState().setFind({ cursor: i });
  await selectIndex(pane.id, st.hits[i]);
}

/** Ctrl+E / F4 and their Shift variants: the next/previous error or warning over the whole view (the backend looks). */
export async function jumpSeverity(severity: 'error' | 'warning', dir: 1 | -1): Promise<void> {
  const pane = activePane();
  if (!pane) return;
  const { filter, paneState } = useView.getState();
  const f = nonEmpty(filter);
  const selected = paneState[pane.id]?.selected;
  // nothing selected: from before the first row going down, from past the last going up
  const from = selected ?? (dir === 1 ? -1 : 2 ** 40);
  const at = await attempt('findNext', () =>
    api.findNext({ logIds: pane.logIds, ...(f ? { filter: f } : {}), from, direction: dir, wrap: false, target: { kind: 'severity', severity } }),
  );
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
  const { bookmarks, filter, paneState } = useView.getState();
  const mine = bookmarks.filter((b) => pane.logIds.includes(b.logId));
  const f = nonEmpty(filter);
  const found = await Promise.all(
    mine.map((b) => attempt('locate', () => api.locate({ logIds: pane.logIds, ...(f ? { filter: f } : {}), source: b.source, line: b.line }))),
  );
  const positions = [...new Set(found.filter((x): x is number => typeof x === 'number'))].sort((a, b) => a - b);
  if (!positions.length) {
    useToasts.getState().push('info', i18n.t(mine.length ? 'nav.bookmarksHidden' : 'nav.noBookmarks'));
    return;
  }
  const from = paneState[pane.id]?.selected ?? -1;
  let i = dir === 1 ? positions.findIndex((b) => b > from) : positions.findLastIndex((b) => b < from);
  if (i === -1) i = dir === 1 ? 0 : positions.length - 1;
  await selectIndex(pane.id, positions[i]);
}

/** Moves every pane to an instant (the entry at or before it); the active pane's entry gets selected. */
export async function goToInstant(instantMs: number): Promise<void> {
  const { panes, filter, activePaneId } = useView.getState();
  if (!panes.length) return;
  const f = nonEmpty(filter);
  const at = await attempt('rowAtTime', () => api.rowAtTime({ views: panes.map((p) => ({ logIds: p.logIds, ...(f ? { filter: f } : {}) })), instantMs }));
  if (!at) return;
  for (let i = 0; i < panes.length; i++) {
    const idx = at[i];
    if (idx === null) continue;
    if (panes[i].id === activePaneId) {
      const row = await rowAt(panes[i], idx, filter);
      useView.getState().reveal(panes[i].id, idx, { select: row });
    } else useView.getState().reveal(panes[i].id, idx, { sync: true });
  }
}

/** The entry at (source, line) in the log's own unfiltered view (the backend locates it). */
export async function locateEntry(log: LogInfo, source: string, line: number): Promise<Row | null> {
  const at = await api.locate({ logIds: [log.id], source, line });
  if (at === null) return null;
  const [row] = await api.getRows({ logIds: [log.id], start: at, count: 1 });
  return row ?? null;
}

/** Click on evidence or a pipeline step: show that entry in a pane holding its log, and move the others to its instant. */
export async function jumpToEntry(source: string, line: number): Promise<void> {
  const log = logOfSource(useLogs.getState().logs, source);
  if (!log) {
    useToasts.getState().push('error', i18n.t('nav.logNotOpen', { source }));
    return;
  }
  const view = useView.getState();
  let pane = view.panes.find((p) => p.logIds.length === 1 && p.logIds[0] === log.id) ?? view.panes.find((p) => p.logIds.includes(log.id));
  if (!pane) {
    view.showInActivePane([log.id]);
    pane = activePane();
    if (!pane) return;
  }
  const { filter } = useView.getState();
  const f = nonEmpty(filter);
  const target = pane;
  const idx = await attempt('locate', () => api.locate({ logIds: target.logIds, ...(f ? { filter: f } : {}), source, line }));
  if (idx === undefined) return;
  let row: Row | null = null;
  if (idx !== null) {
    row = await rowAt(target, idx, filter);
    useView.getState().reveal(target.id, idx, { select: row });
  } else {
    // the filter hides the entry: show the nearest one it keeps, at the entry's instant
    row = (await attempt('locate', () => locateEntry(log, source, line))) ?? null;
    if (!row) return;
    if (row.instantMs !== null) {
      const [near] = (await attempt('rowAtTime', () => api.rowAtTime({ views: [{ logIds: target.logIds, ...(f ? { filter: f } : {}) }], instantMs: row!.instantMs! }))) ?? [null];
      if (near !== null && near !== undefined) useView.getState().reveal(target.id, near, { select: await rowAt(target, near, filter) });
    }
  }
  useView.getState().setActive(target.id);
  await syncFrom(target.id, row);
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
