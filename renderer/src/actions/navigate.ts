// Moving around: select a row (and move every other pane to the same instant), find next/previous,
// next error or warning, bookmarks, go to time, jump to an evidence line. All rows come from the API.
import type { LogInfo, Row, RowFilter } from '../../../shared/api/contract';
import type { Severity } from '../../../shared/model/log-entry';
import { api } from '../api/client';
import { useLogs } from '../store/logs-store';
import { useSettings } from '../store/settings-store';
import { attempt, useToasts } from '../store/toasts-store';
import { activePane, useView, type Pane } from '../store/view-store';
import { i18n } from '../i18n/i18n';

const SCAN_CHUNK = 2000;
/** How far next/previous error looks before giving up (bounded: the UI must not hang on a huge log). */
const SCAN_LIMIT = 200_000;

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
export async function selectIndex(paneId: string, index: number, opts: { center?: boolean } = {}): Promise<void> {
  const pane = useView.getState().panes.find((p) => p.id === paneId);
  if (!pane) return;
  const row = await rowAt(pane, index, useView.getState().filter);
  useView.getState().reveal(paneId, index, { select: row });
  useView.getState().setActive(paneId);
  void opts;
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
  let i = dir === 1 ? st.hits.findIndex((h) => h > from) : findLastIndex(st.hits, (h) => h < from);
  if (i === -1) i = dir === 1 ? 0 : st.hits.length - 1;
  useView.getState().setFind({ cursor: i });
  await selectIndex(pane.id, st.hits[i]);
}

function findLastIndex<T>(a: readonly T[], p: (x: T) => boolean): number {
  for (let i = a.length - 1; i >= 0; i--) if (p(a[i])) return i;
  return -1;
}

/** Next/previous row of a severity, scanning the view in bounded chunks from the selection. */
export async function jumpSeverity(severity: Severity, dir: 1 | -1): Promise<void> {
  const pane = activePane();
  if (!pane) return;
  const { filter, paneState } = useView.getState();
  const f = nonEmpty(filter);
  const count = await attempt('countRows', () => api.countRows({ logIds: pane.logIds, ...(f ? { filter: f } : {}) }));
  if (!count) return;
  let pos = (paneState[pane.id]?.selected ?? (dir === 1 ? -1 : count)) + dir;
  let scanned = 0;
  while (pos >= 0 && pos < count && scanned < SCAN_LIMIT) {
    const start = dir === 1 ? pos : Math.max(0, pos - SCAN_CHUNK + 1);
    const n = Math.min(SCAN_CHUNK, dir === 1 ? count - pos : pos + 1);
    const rows = await attempt('getRows', () => api.getRows({ logIds: pane.logIds, start, count: n, ...(f ? { filter: f } : {}) }));
    if (!rows) return;
    const ordered = dir === 1 ? rows : [...rows].reverse();
    const hit = ordered.find((r) => r.severity === severity);
    if (hit) {
      useView.getState().reveal(pane.id, hit.index, { select: hit });
      await syncFrom(pane.id, hit);
      return;
    }
    scanned += n;
    pos = dir === 1 ? start + n : start - 1;
  }
  useToasts.getState().push('info', i18n.t(severity === 'error' ? 'nav.noMoreErrors' : 'nav.noMoreWarnings'));
}

export async function bookmarkStep(dir: 1 | -1): Promise<void> {
  const pane = activePane();
  if (!pane) return;
  const st = useView.getState().paneState[pane.id];
  if (!st?.bookmarks.length) {
    useToasts.getState().push('info', i18n.t('nav.noBookmarks'));
    return;
  }
  const from = st.selected ?? -1;
  let i = dir === 1 ? st.bookmarks.findIndex((b) => b > from) : findLastIndex(st.bookmarks, (b) => b < from);
  if (i === -1) i = dir === 1 ? 0 : st.bookmarks.length - 1;
  await selectIndex(pane.id, st.bookmarks[i]);
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

/** The open log an evidence line belongs to (by its source path or one of its rotated parts). */
export function logOfSource(logs: readonly LogInfo[], source: string): LogInfo | undefined {
  const norm = (s: string) => s.replace(/\\/g, '/').toLowerCase();
  const src = norm(source);
  return (
    logs.find((l) => norm(l.source) === src || l.parts.some((p) => norm(p) === src)) ??
    // evidence may name the file only
    logs.find((l) => l.parts.some((p) => norm(p).endsWith('/' + src) || norm(p).endsWith('!/' + src)))
  );
}

/**
 * The row index of (source, line) in the log's own unfiltered view. Rows of one log are in file order
 * (rotated parts oldest first), so a binary search over getRows of one row finds it in ~log2(n) calls.
 */
export async function locateEntry(log: LogInfo, source: string, line: number): Promise<Row | null> {
  const norm = (s: string) => s.replace(/\\/g, '/').toLowerCase();
  const partIdx = (s: string) => {
    const i = log.parts.findIndex((p) => norm(p) === norm(s));
    return i === -1 ? log.parts.length - 1 : i;
  };
  const key = (part: number, ln: number) => part * 2 ** 32 + ln;
  const target = key(partIdx(source), line);
  const count = await api.countRows({ logIds: [log.id] });
  let lo = 0;
  let hi = count - 1;
  let best: Row | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [row] = await api.getRows({ logIds: [log.id], start: mid, count: 1 });
    if (!row) break;
    const k = key(partIdx(row.source), row.line);
    if (k <= target) {
      best = row; // the entry starting at or before the line holds it (entries span several lines)
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** Click on evidence or a pipeline step: show that entry in a pane holding its log, and move the others to its instant. */
export async function jumpToEntry(source: string, line: number): Promise<void> {
  const log = logOfSource(useLogs.getState().logs, source);
  if (!log) {
    useToasts.getState().push('error', i18n.t('nav.logNotOpen', { source }));
    return;
  }
  const row = await attempt('locate', () => locateEntry(log, source, line));
  if (!row) return;
  const view = useView.getState();
  let pane = view.panes.find((p) => p.logIds.length === 1 && p.logIds[0] === log.id) ?? view.panes.find((p) => p.logIds.includes(log.id));
  if (!pane) {
    view.showInActivePane([log.id]);
    pane = activePane();
    if (!pane) return;
  }
  const { filter } = useView.getState();
  if (pane.logIds.length === 1 && !nonEmpty(filter)) {
    useView.getState().reveal(pane.id, row.index, { select: row });
  } else if (row.instantMs !== null) {
    const f = nonEmpty(filter);
    const [idx] = (await attempt('rowAtTime', () => api.rowAtTime({ views: [{ logIds: pane!.logIds, ...(f ? { filter: f } : {}) }], instantMs: row.instantMs! }))) ?? [null];
    if (idx !== null && idx !== undefined) useView.getState().reveal(pane.id, idx, { select: await rowAt(pane, idx, filter) });
  }
  useView.getState().setActive(pane.id);
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
