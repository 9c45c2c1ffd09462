// Views over open logs: one log, or several merged by instant, optionally filtered; and what runs over a view
// (search, the one clock). Position i of a view is (logOf[i], rowOf[i]); an unfiltered single log is the identity
// and holds no arrays, so a 10 M-row log costs nothing to view. Merged logs interleave by instant, stable (ties keep
// the order of the logs, then file order); a row without time sorts with the row before it in its log. Indexed logs
// are filtered and searched over their columns and raw bytes (shared/index), rows the tailer added one by one.
import type { RowFilter, SearchResult } from '../../../shared/api/contract';
import { SEARCH_MAX_HITS } from '../../../shared/api/contract';
import { filterRows } from '../../../shared/index/filter';
import { type Clock, MergedClock, mergeByTime, TimeIndex } from '../../../shared/index/merge';
import { rowMatcher, searchLog, type SearchQuery } from '../../../shared/index/search';
import type { LogStore, RowMeta } from './log-store';

export interface ViewLog {
  store: LogStore;
}

export interface LogView<L extends ViewLog> {
  logs: L[];
  count: number;
  logOf: Uint16Array | null;
  rowOf: Uint32Array | null;
  /** The one clock for this view: a merged view's comes with the merge, a single log's is built on first use. */
  clock?: Clock;
}

/** Every row's instant of a log, with its effective offset (NaN: no time): read from the columns in one pass. */
export type InstantsOf<L> = (log: L) => Float64Array;

export const logAt = <L extends ViewLog>(v: LogView<L>, i: number): L => v.logs[v.logOf ? v.logOf[i] : 0];
export const rowAt = <L extends ViewLog>(v: LogView<L>, i: number): number => (v.rowOf ? v.rowOf[i] : i);

export function buildView<L extends ViewLog>(logs: L[], filter: RowFilter | undefined, instantsOf: InstantsOf<L>): LogView<L> {
  if (logs.length === 1 && !filter) return { logs, count: logs[0].store.count, logOf: null, rowOf: null };
  const keep = compileFilter(filter);
  const times = logs.map(instantsOf);
  // Each log's kept rows (null: all of them) and their clock, then one k-way merge over the clocks (merge.ts):
  // typed arrays throughout, so a merge of two 5 M-row logs builds no 10 M-element JS arrays and no sort of them.
  const kept = logs.map((log, li) => (filter ? keptRows(log, filter, keep, times[li]) : null));
  if (logs.length === 1) return { logs, count: kept[0]!.length, logOf: null, rowOf: kept[0] };
  const clocks = times.map((t, li) => new TimeIndex(t, kept[li]));
  const m = mergeByTime(clocks);
  // Positions in a filtered log's kept rows become its rows (the clock keeps the positions: its keys are by them).
  const rowOf = filter ? m.pos.slice() : m.pos;
  if (filter) for (let i = 0; i < rowOf.length; i++) rowOf[i] = kept[m.log[i]]![rowOf[i]];
  return { logs, count: rowOf.length, logOf: m.log, rowOf, clock: new MergedClock(clocks, m) };
}

/**
 * The rows of one log that pass the filter, ascending: an indexed log's over its columns and raw bytes
 * (filterRows, file by file), the rows the tailer added after its indexes (and a parsed log's) one by one.
 * `times`: the log's instants (instantsOf).
 */
function keptRows<L extends ViewLog>(log: L, filter: RowFilter, keep: ReturnType<typeof compileFilter>, times: Float64Array): Uint32Array {
  const rows = new Uint32Array(log.store.count);
  let n = 0;
  let r = 0;
  for (const { rowBase, source } of log.store.indexedRows()) {
    for (; r < rowBase; r++) if (keep(log.store, r, times[r])) rows[n++] = r;
    for (const x of filterRows(source, filter, (k) => times[rowBase + k])) rows[n++] = rowBase + x;
    r = rowBase + source.index.count;
  }
  for (; r < rows.length; r++) if (keep(log.store, r, times[r])) rows[n++] = r;
  return n === rows.length ? rows : rows.slice(0, n);
}

/**
 * Rows a log gained at its end (the tail), taken into a one-log view in place instead of building it again: an
 * unfiltered view only counts them, a filtered one tests just the new rows. Merged views are not extended (a new
 * row may belong anywhere on their clock); view-cache.ts builds those again when asked.
 */
export function extendView<L extends ViewLog>(v: LogView<L>, filter: RowFilter | undefined, from: number, instantsOf: InstantsOf<L>): boolean {
  if (v.logs.length !== 1) return false;
  const store = v.logs[0].store;
  v.clock = undefined;
  if (!filter) {
    v.count = store.count;
    return true;
  }
  const keep = compileFilter(filter);
  const times = instantsOf(v.logs[0]);
  const added: number[] = [];
  for (let r = from; r < store.count; r++) if (keep(store, r, times[r])) added.push(r);
  if (added.length) {
    const rows = new Uint32Array(v.count + added.length);
    if (v.rowOf) rows.set(v.rowOf);
    rows.set(added, v.count);
    v.rowOf = rows;
    v.count = rows.length;
  }
  return true;
}

/** Positions of the view whose text matches (rowMatcher: the one match rule). */
export function searchView<L extends ViewLog>(v: LogView<L>, q: SearchQuery): SearchResult {
  const hits: number[] = [];
  let total = 0;
  const test = rowMatcher(q);
  // Indexed rows are searched on their raw bytes, file by file; the rest (parsed logs, tailed rows) by their text.
  const masks = v.logs.map((log) => indexedHits(log.store, q, v.logs.length === 1 ? v.rowOf : null));
  for (let i = 0; i < v.count; i++) {
    const log = logAt(v, i);
    const row = rowAt(v, i);
    const m = masks[v.logOf ? v.logOf[i] : 0];
    const seen = m ? m[row] : NOT_INDEXED;
    if (seen === HIT || (seen === NOT_INDEXED && test(log.store.text(row)))) {
      total++;
      if (hits.length < SEARCH_MAX_HITS) hits.push(i);
    }
  }
  return { hits, total, truncated: total > hits.length };
}

const NOT_INDEXED = 0;
const MISS = 1;
const HIT = 2;

/**
 * Per row of an indexed store: NOT_INDEXED, MISS or HIT for the query (null: nothing indexed). `viewRows`: the
 * rows a single-log view holds (ascending), so a narrow filter searches only those.
 */
function indexedHits(store: LogStore, query: SearchQuery, viewRows: Uint32Array | null): Uint8Array | null {
  const parts = store.indexedRows();
  if (parts.length === 0) return null;
  const mask = new Uint8Array(store.count);
  for (const { rowBase, source } of parts) {
    const n = source.index.count;
    let subset: Uint32Array | null = null;
    if (viewRows) {
      subset = viewRows.slice(firstWhere(viewRows.length, (i) => viewRows[i] >= rowBase), firstWhere(viewRows.length, (i) => viewRows[i] >= rowBase + n));
      for (let k = 0; k < subset.length; k++) subset[k] -= rowBase;
    }
    mask.fill(MISS, rowBase, rowBase + n);
    for (const r of searchLog(source, query, subset)) mask[rowBase + r] = HIT;
  }
  return mask;
}

/** The last position whose instant is at or before t (the first if none is); null for an empty view. */
export function rowAtTime<L extends ViewLog>(v: LogView<L>, t: number, instantsOf: InstantsOf<L>): number | null {
  if (v.count === 0) return null;
  if (!v.clock) {
    // A merged view has its clock from the merge; a single log's is built from its instants on first use.
    v.clock = new TimeIndex(instantsOf(v.logs[0]), v.rowOf);
  }
  return Math.max(0, v.clock.rowAtOrBefore(t));
}

/** The first of positions 0..n-1 where `past` holds (n if none), `past` being false and then true along them. */
export function firstWhere(n: number, past: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (past(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A row's test; `instant`: its instant (NaN: no time, which fails a time range). */
function compileFilter(f: RowFilter | undefined): (store: LogStore, row: number, instant: number) => boolean {
  if (!f) return () => true;
  const sev = f.severities ? new Set(f.severities) : null;
  const comps = f.components ? new Set(f.components) : null;
  const threads = f.threads ? new Set(f.threads) : null;
  // The same match rule as search and the index's filterRows: case-insensitive text.
  const inc = f.include ? rowMatcher({ query: f.include, regex: false, matchCase: false }) : null;
  const exc = f.exclude ? rowMatcher({ query: f.exclude, regex: false, matchCase: false }) : null;
  return (store, row, t) => {
    const e: RowMeta = store.meta(row);
    if (sev && !sev.has(e.severity)) return false;
    if (comps && !comps.has(e.component ?? '')) return false;
    if (threads && (e.thread === null || !threads.has(e.thread))) return false;
    if (f.fromMs !== undefined && !(t >= f.fromMs)) return false;
    if (f.toMs !== undefined && !(t <= f.toMs)) return false;
    if (inc && !inc(store.text(row))) return false;
    if (exc && exc(store.text(row))) return false;
    return true;
  };
}
