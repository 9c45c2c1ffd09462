// "The value most entries carry": a log's own offset, a set's offset, a log's kind by component, the code
// a failure repeats. One count, one tie rule.

/** The value seen most often (null and undefined ignored); a tie goes to the first seen, or the least by `order`. */
export function mostCommon<T>(values: Iterable<T | null | undefined>, order?: (a: T, b: T) => number): T | null {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== null && v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  let bestN = 0;
  for (const [v, n] of counts) if (n > bestN || (n === bestN && best !== null && order !== undefined && order(v, best) < 0)) [best, bestN] = [v, n];
  return best;
}
