// Several logs as one time-ordered view without copying entries: a permutation of (log, row) pairs, and the
// "one clock" for synchronized panes: the row at or before an instant, by binary search.
//
// Logs are not always monotonic (clock changes, interleaved writers, entries without time). Each log gets a
// sort key per row: its instant, or for a row without time the key of the row before it (so untimed rows stay
// beside their neighbours; leading untimed rows sort first). Where the keys are not already non-decreasing, a
// time→row side index (rows sorted by key, stable) is kept; rowAtOrBefore binary-searches it.

export class TimeIndex implements Clock {
  /** Sort key per row of the view (see above). */
  readonly keys: Float64Array;
  /** Rows in key order (stable), or null when the keys already ascend. */
  readonly sorted: Uint32Array | null;

  /**
   * From a log's every row's instants (NaN: none), made into keys in place (the caller's fresh array, no second
   * one); or, with `rows`, from the instants of those rows only (a filtered view), into an array of their own.
   */
  constructor(instants: Float64Array, rows: Uint32Array | null = null) {
    let keys = instants;
    if (rows) {
      keys = new Float64Array(rows.length);
      for (let i = 0; i < rows.length; i++) keys[i] = instants[rows[i]];
    }
    let last = -Infinity;
    let ascending = true;
    for (let i = 0; i < keys.length; i++) {
      const t = keys[i];
      if (Number.isNaN(t)) keys[i] = last;
      else {
        if (t < last) ascending = false;
        last = t;
      }
    }
    this.keys = keys;
    this.sorted = ascending ? null : stableOrder(keys);
  }

  get length(): number {
    return this.keys.length;
  }

  /** Position (in the view) of the row with the latest key ≤ t (ties: the last in file order); -1 if none. */
  rowAtOrBefore(t: number): number {
    const keys = this.keys;
    const ord = this.sorted;
    let lo = 0;
    let hi = keys.length; // first position whose key > t
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[ord ? ord[mid] : mid] <= t) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return -1;
    return ord ? ord[lo - 1] : lo - 1;
  }
}

/**
 * Positions 0..n-1 in stable key order. A log is a few long ascending runs broken by clock jumps, so its natural
 * runs are merged pairwise: O(n log runs) over typed arrays, where a comparison sort with a JS comparator spends
 * seconds on millions of rows. keys holds no NaN.
 */
export function stableOrder(keys: Float64Array): Uint32Array {
  const n = keys.length;
  let src = new Uint32Array(n);
  for (let i = 0; i < n; i++) src[i] = i;
  let bounds = [0];
  for (let i = 1; i < n; i++) if (keys[i] < keys[i - 1]) bounds.push(i);
  bounds.push(n);
  if (bounds.length <= 2) return src;
  let dst = new Uint32Array(n);
  while (bounds.length > 2) {
    const merged = [0];
    for (let r = 0; r < bounds.length - 1; r += 2) {
      const a = bounds[r];
      const m = bounds[r + 1];
      const e = r + 2 < bounds.length ? bounds[r + 2] : m;
      let i = a;
      let j = m;
      let k = a;
      // Ties take the left run first: it holds the earlier rows, so the order stays stable.
      while (i < m && j < e) dst[k++] = keys[src[j]] < keys[src[i]] ? src[j++] : src[i++];
      while (i < m) dst[k++] = src[i++];
      while (j < e) dst[k++] = src[j++];
      merged.push(e);
    }
    [src, dst] = [dst, src];
    bounds = merged;
  }
  return src;
}

/** What the one clock asks of a view's time index. */
export interface Clock {
  /** Position of the row with the latest key ≤ t (ties: the last); -1 if none. */
  rowAtOrBefore(t: number): number;
}

/**
 * The clock of a merged view: its keys are its logs' keys in merged order (ascending), looked up through the
 * merge's (log, position) pairs instead of copied into an array of every row.
 */
export class MergedClock implements Clock {
  constructor(
    private readonly clocks: readonly TimeIndex[],
    private readonly merged: MergedView,
  ) {}

  rowAtOrBefore(t: number): number {
    const { log, pos } = this.merged;
    let lo = 0;
    let hi = log.length; // first position whose key > t
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.clocks[log[mid]].keys[pos[mid]] <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}

export interface MergedView {
  /** Which log (index into the merged list) each merged row comes from. */
  log: Uint16Array;
  /** The row's position in that log's view. */
  pos: Uint32Array;
}

/**
 * Merge by key; ties keep the order of the logs as given, then file order (stable). Each log's rows are taken in
 * key order, then a k-way merge takes stretches of the log with the smallest head: O(n log k) at worst, near O(n)
 * when logs interleave in stretches, plus each non-monotonic log's stableOrder.
 */
export function mergeByTime(logs: readonly TimeIndex[]): MergedView {
  if (logs.length === 2) return mergeTwo(logs[0], logs[1]);
  const total = logs.reduce((n, l) => n + l.length, 0);
  const log = new Uint16Array(total);
  const pos = new Uint32Array(total);
  const next = logs.map(() => 0);
  const at = (li: number, k: number): number => {
    const o = logs[li].sorted;
    return o ? o[k] : k;
  };
  // A binary heap of log indices, ordered by (key of its next row, log index).
  const heap: number[] = [];
  const keyOf = (li: number): number => logs[li].keys[at(li, next[li])];
  const less = (a: number, b: number): boolean => {
    const ka = keyOf(a);
    const kb = keyOf(b);
    return ka < kb || (ka === kb && a < b);
  };
  const push = (li: number): void => {
    heap.push(li);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(heap[i], heap[p])) break;
      [heap[i], heap[p]] = [heap[p], heap[i]];
      i = p;
    }
  };
  /** The top's key grew: move it down to its place. */
  const siftDown = (): void => {
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l], heap[m])) m = l;
      if (r < heap.length && less(heap[r], heap[m])) m = r;
      if (m === i) break;
      [heap[i], heap[m]] = [heap[m], heap[i]];
      i = m;
    }
  };
  const popFix = (): void => {
    const lastLi = heap.pop()!;
    if (heap.length === 0) return;
    heap[0] = lastLi;
    siftDown();
  };
  logs.forEach((l, li) => l.length > 0 && push(li));
  for (let i = 0; i < total; ) {
    const li = heap[0];
    const { keys, sorted, length } = logs[li];
    let k = next[li];
    // Logs interleave in stretches: take the top log's rows while they still come before the runner-up's head
    // (the smaller child of the top), then re-seat it once, instead of a heap operation per row.
    const ru = heap.length < 2 ? -1 : heap.length > 2 && less(heap[2], heap[1]) ? heap[2] : heap[1];
    const rk = ru < 0 ? Infinity : keyOf(ru);
    for (;;) {
      log[i] = li;
      pos[i++] = sorted ? sorted[k] : k;
      if (++k >= length) break;
      const key = keys[sorted ? sorted[k] : k];
      if (!(key < rk || (key === rk && li < ru) || ru < 0)) break;
    }
    next[li] = k;
    if (k < length) siftDown();
    else popFix();
  }
  return { log, pos };
}

/**
 * Two logs (the usual merged pane: a client log beside another), merged head to head without a heap; the same
 * order as the k-way merge (ties: the first log).
 */
function mergeTwo(a: TimeIndex, b: TimeIndex): MergedView {
  const na = a.length;
  const nb = b.length;
  const log = new Uint16Array(na + nb);
  const pos = new Uint32Array(na + nb);
  const ka = a.keys;
  const kb = b.keys;
  const oa = a.sorted;
  const ob = b.sorted;
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < na && j < nb) {
    const ra = oa ? oa[i] : i;
    const rb = ob ? ob[j] : j;
    if (kb[rb] < ka[ra]) {
      log[n] = 1;
      pos[n++] = rb;
      j++;
    } else {
      pos[n++] = ra;
      i++;
    }
  }
  for (; i < na; i++) pos[n++] = oa ? oa[i] : i;
  for (; j < nb; j++) {
    log[n] = 1;
    pos[n++] = ob ? ob[j] : j;
  }
  return { log, pos };
}
