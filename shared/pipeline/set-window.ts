// A time window of a set (a cycle's, or the whole set) as rules read it: each of the set view's lists cut to the
// window's range of positions by binary search, so a rule costs what its window holds, not what the set holds.
import type { LogKind } from './log-kind';
import type { CodeSeen, LinePattern, SetEntry, SetView } from './set-view';

export interface SetWindow {
  /** Entries of these logs, in time order. */
  ofKind(kinds: readonly LogKind[]): SetEntry[];
  /** Entries that mark a step, in time order. */
  hits(): SetEntry[];
  /** Lines matching the pattern (one of RULE_PATTERNS, which linesOf takes by id: the view's pass collected them), in time order. */
  lines(p: LinePattern): SetEntry[];
  /** Failure codes in error-looking lines, in time order. */
  codes(): CodeSeen[];
}

/** First index of `list` whose key is ≥ `x` (list sorted by key). */
function lowerBound<T>(list: readonly T[], x: number, key: (v: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(list[mid]) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The position of the first entry at or after instant `t` (±Infinity: either end). */
function positionAt(view: SetView, t: number): number {
  return lowerBound(view.entries, t, (e) => e.t);
}

/** The entries from instant `fromT` (included) to `toT` (excluded), as a window. */
export type CutWindow = (view: SetView, fromT: number, toT: number) => SetWindow;

export const cutByTime: CutWindow = (view, fromT, toT) => windowOf(view, positionAt(view, fromT), Math.max(positionAt(view, fromT), positionAt(view, toT)));

const posOf = (e: SetEntry): number => e.pos;

/** The entries at positions [from, to) of the view. */
function windowOf(view: SetView, from: number, to: number): SetWindow {
  const cut = <T>(list: readonly T[], key: (v: T) => number): T[] => list.slice(lowerBound(list, from, key), lowerBound(list, to, key));
  return {
    ofKind(kinds) {
      const parts = kinds.map((k) => cut(view.ofKind.get(k) ?? [], posOf));
      const nonEmpty = parts.filter((p) => p.length);
      return nonEmpty.length <= 1 ? (nonEmpty[0] ?? []) : nonEmpty.flat().sort((a, b) => a.pos - b.pos);
    },
    hits: () => cut(view.hits, posOf),
    lines: (p) => cut(view.lines.get(p) ?? [], posOf),
    codes: () => cut(view.codes, (c) => c.at.pos),
  };
}
