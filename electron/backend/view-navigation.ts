// Moving within a view on the backend, where every row is at hand: where an entry (physical file, line) sits in
// a view, and the next/previous position that is an error, a warning or a text match, over the whole view.
// The renderer asks once instead of paging rows or binary-searching with one-row calls.
import type { LogInfo } from '../../shared/api/contract';
import type { LogStore } from './logs/log-store';
import { firstWhere, logAt, rowAt, type LogView } from './logs/views';

/** A view of logs that know their parts (LogService's open logs). */
export type NavView = LogView<{ info: LogInfo; store: LogStore }>;

const norm = (s: string) => s.replace(/\\/g, '/').toLowerCase();

/** The part of a log a path names: the full path, else (evidence may name the file only) its last segment. */
function partOfSource(info: LogInfo, source: string): number {
  const src = norm(source);
  const exact = info.parts.findIndex((p) => norm(p) === src);
  if (exact !== -1) return exact;
  return info.parts.findIndex((p) => norm(p).endsWith('/' + src) || norm(p).endsWith('!/' + src));
}

/**
 * The store row holding (part, line): the last entry of that part starting at or before the line (entries
 * span lines). Rows of one log are in (part, line) order, so this is a binary search. -1 when none is.
 */
function rowOfLine(store: LogStore, part: number, line: number): number {
  const key = (r: number) => store.part(r) * 2 ** 32 + store.meta(r).line;
  const best = firstWhere(store.count, (r) => key(r) > part * 2 ** 32 + line) - 1;
  return best !== -1 && store.part(best) === part ? best : -1;
}

/** The position of an entry (source, line) in the view; null when no log of the view holds it or the filter hides it. */
export function locateInView(v: NavView, source: string, line: number): number | null {
  for (let li = 0; li < v.logs.length; li++) {
    const part = partOfSource(v.logs[li].info, source);
    if (part === -1) continue;
    const row = rowOfLine(v.logs[li].store, part, line);
    if (row === -1) return null;
    if (!v.rowOf) return row < v.count ? row : null;
    if (!v.logOf || v.logs.length === 1) {
      // one log's view keeps file order: positions and rows ascend together
      const at = firstWhere(v.count, (i) => v.rowOf![i] >= row);
      return at < v.count && v.rowOf[at] === row ? at : null;
    }
    for (let i = 0; i < v.count; i++) if (v.logOf[i] === li && v.rowOf[i] === row) return i;
    return null;
  }
  return null;
}

/**
 * The first position after `from` (before it when dir is −1) whose row passes `test`, over the whole view;
 * with wrap, the search goes on from the other end up to `from` itself. `from` may be −1 or count (nothing selected).
 */
export function findInView(v: NavView, from: number, dir: 1 | -1, wrap: boolean, test: (store: LogStore, row: number) => boolean): number | null {
  const n = v.count;
  if (n === 0) return null;
  const at = (i: number) => test(logAt(v, i).store, rowAt(v, i));
  const start = Math.min(Math.max(from, -1), n);
  for (let i = start + dir; i >= 0 && i < n; i += dir) if (at(i)) return i;
  if (!wrap) return null;
  for (let i = dir === 1 ? 0 : n - 1; dir === 1 ? i <= Math.min(start, n - 1) : i >= Math.max(start, 0); i += dir) if (at(i)) return i;
  return null;
}
