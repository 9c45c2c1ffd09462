// Counting entries into equal slices of time: what the timeline strip draws (entries, warnings and errors per
// slice). The backend counts over the columns (instant and severity arrays, no row objects), so a 10 M-row set
// costs one pass of array reads; the renderer gets a few hundred numbers per series, never rows.
import { SEVERITY_CODE } from './entry-index';

export interface TimeSpan {
  fromMs: number;
  toMs: number;
}

export interface BucketCounts {
  /** Entries per slice, errors and warnings among them. */
  total: Uint32Array;
  warnings: Uint32Array;
  errors: Uint32Array;
}

/** Slices of [fromMs, toMs]: slice k holds fromMs + k·width ≤ t < fromMs + (k+1)·width; toMs itself falls in the last. */
export class TimeBuckets {
  readonly width: number;
  readonly counts: BucketCounts;

  constructor(
    readonly span: TimeSpan,
    readonly n: number,
  ) {
    // A span of one instant still gets a width, so every entry lands in slice 0.
    this.width = Math.max(1, span.toMs - span.fromMs) / n;
    this.counts = { total: new Uint32Array(n), warnings: new Uint32Array(n), errors: new Uint32Array(n) };
  }

  /** The slice an instant falls in; -1 outside the span or without time (NaN). */
  bucketOf(t: number): number {
    if (!(t >= this.span.fromMs && t <= this.span.toMs)) return -1;
    return Math.min(this.n - 1, Math.floor((t - this.span.fromMs) / this.width));
  }

  /** Counts one entry (severity as SEVERITY_CODE: 0 info, 1 warning, 2 error). */
  add(t: number, severityCode: number): void {
    const k = this.bucketOf(t);
    if (k < 0) return;
    this.counts.total[k]++;
    if (severityCode === SEVERITY_CODE.error) this.counts.errors[k]++;
    else if (severityCode === SEVERITY_CODE.warning) this.counts.warnings[k]++;
  }

  /** Counts rows [0, count) given as parallel columns: the hot loop for an indexed log (bucketOf and add inlined). */
  addColumns(instants: Float64Array, severity: (row: number) => number, count = instants.length): void {
    const { fromMs, toMs } = this.span;
    const { total, warnings, errors } = this.counts;
    const last = this.n - 1;
    const width = this.width;
    for (let r = 0; r < count; r++) {
      const t = instants[r];
      // NaN (no time) fails both comparisons
      if (!(t >= fromMs && t <= toMs)) continue;
      const k = Math.min(last, Math.floor((t - fromMs) / width));
      total[k]++;
      const s = severity(r);
      if (s === SEVERITY_CODE.error) errors[k]++;
      else if (s === SEVERITY_CODE.warning) warnings[k]++;
    }
  }
}

/** The smallest span holding every instant of the columns (NaN skipped); null when none has a time. */
export function spanOf(instants: Iterable<Float64Array>): TimeSpan | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const col of instants) {
    for (let i = 0; i < col.length; i++) {
      const t = col[i];
      if (t < lo) lo = t;
      if (t > hi) hi = t;
    }
  }
  return lo <= hi ? { fromMs: lo, toMs: hi } : null;
}
