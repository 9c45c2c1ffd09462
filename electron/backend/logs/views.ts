// Views over open logs: one log, or several merged by instant, optionally filtered; and what runs over a view
// (search, the one clock). Position i of a view is (logOf[i], rowOf[i]); an unfiltered single log is the identity
// and holds no arrays, so a 10 M-row log costs nothing to view. A whole indexed log is filtered and searched over
// its columns and raw bytes (shared/index), the rows the tailer added after its index one by one.
import type { RowFilter, SearchResult } from '../../../shared/api/contract';
import { SEARCH_MAX_HITS } from '../../../shared/api/contract';
import { filterRows } from '../../../shared/index/filter';
import { TimeIndex } from '../../../shared/index/merge';
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
  /** The one clock for this view, built on first use. */
  clock?: TimeIndex;
}

/** A row's instant with its log's effective offset; null: no time. */
export type InstantOf<L> = (log: L, row: number) => number | null;

export const logAt = <L extends ViewLog>(v: LogView<L>, i: number): L => v.logs[v.logOf ? v.logOf[i] : 0];
export const rowAt = <L extends ViewLog>(v: LogView<L>, i: number): number => (v.rowOf ? v.rowOf[i] : i);

export function buildView<L extends ViewLog>(logs: L[], filter: RowFilter | undefined, instant: InstantOf<L>): LogView<L> {
  if (logs.length === 1 && !filter) return { logs, count: logs[0].store.count, logOf: null, rowOf: null };
  const keep = compileFilter(filter);
  const indexed = logs.length === 1 ? logs[0].store.searchSource?.() : undefined;
  if (indexed && filter) {
    const log = logs[0];
    const head = filterRows(indexed, filter, (r) => instant(log, r) ?? NaN).rows;
    const tail: number[] = [];
    for (let r = indexed.index.count; r < log.store.count; r++) if (keep(log.store, r, instant(log, r))) tail.push(r);
    const rowOf = new Uint32Array(head.length + tail.length);
    rowOf.set(head);
    rowOf.set(tail, head.length);
    return { logs, count: rowOf.length, logOf: null, rowOf };
  }
  // Typed arrays sized for every row: a merge of two 5 M-row logs must not build 10 M-element JS arrays.
  const total = logs.reduce((a, l) => a + l.store.count, 0);
  const logOf = new Uint16Array(total);
  const rowOf = new Uint32Array(total);
  const times = new Float64Array(total);
  let n = 0;
  logs.forEach((log, li) => {
    for (let r = 0; r < log.store.count; r++) {
      const t = instant(log, r);
      if (!keep(log.store, r, t)) continue;
      logOf[n] = li;
      rowOf[n] = r;
      times[n++] = t ?? -Infinity;
    }
  });
  if (logs.length === 1) return { logs, count: n, logOf: null, rowOf: rowOf.slice(0, n) };
  // A merge is by instant, stable so ties keep file order (rows without time first).
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => times[a] - times[b] || a - b);
  return { logs, count: n, logOf: Uint16Array.from(order, (k) => logOf[k]), rowOf: Uint32Array.from(order, (k) => rowOf[k]) };
}

/** Positions of the view whose text matches (rowMatcher: the one match rule). */
export function searchView<L extends ViewLog>(v: LogView<L>, q: SearchQuery): SearchResult {
  const hits: number[] = [];
  let total = 0;
  const hit = (i: number) => {
    total++;
    if (hits.length < SEARCH_MAX_HITS) hits.push(i);
  };
  const query = { query: q.query, regex: q.regex, matchCase: q.matchCase };
  let from = 0;
  const indexed = v.logs.length === 1 ? v.logs[0].store.searchSource?.() : undefined;
  if (indexed) {
    const n = indexed.index.count;
    if (v.rowOf === null) {
      for (const row of searchLog(indexed, query).rows) hit(row);
      from = Math.min(n, v.count);
    } else {
      // A single log's view keeps file order, so positions and rows ascend together.
      from = lowerBound(v.rowOf, n);
      const rows = searchLog(indexed, query, v.rowOf.subarray(0, from)).rows;
      for (let i = 0, k = 0; k < rows.length; i++) if (v.rowOf[i] === rows[k]) (hit(i), k++);
    }
  }
  const test = rowMatcher(query);
  for (let i = from; i < v.count; i++) if (test(logAt(v, i).store.text(rowAt(v, i)))) hit(i);
  return { hits, total, truncated: total > hits.length };
}

/** The last position whose instant is at or before t (the first if none is); null for an empty view. */
export function rowAtTime<L extends ViewLog>(v: LogView<L>, t: number, instant: InstantOf<L>): number | null {
  if (v.count === 0) return null;
  v.clock ??= new TimeIndex({ count: v.count, instant: (i) => instant(logAt(v, i), rowAt(v, i)) ?? NaN });
  return Math.max(0, v.clock.rowAtOrBefore(t));
}

/** First position in an ascending array whose value is ≥ x. */
export function lowerBound(a: Uint32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function compileFilter(f: RowFilter | undefined): (store: LogStore, row: number, instant: number | null) => boolean {
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
    if (f.fromMs !== undefined && (t === null || t < f.fromMs)) return false;
    if (f.toMs !== undefined && (t === null || t > f.toMs)) return false;
    if (inc && !inc(store.text(row))) return false;
    if (exc && exc(store.text(row))) return false;
    return true;
  };
}
