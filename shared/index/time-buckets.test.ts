import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spanOf, TimeBuckets } from './time-buckets';
import { SEVERITY_CODE } from './entry-index';

/** The obvious count: each instant against each slice's bounds, one by one. */
function naive(instants: number[], sev: number[], from: number, to: number, n: number) {
  const w = Math.max(1, to - from) / n;
  const total = new Array(n).fill(0);
  const errors = new Array(n).fill(0);
  instants.forEach((t, i) => {
    if (Number.isNaN(t) || t < from || t > to) return;
    let k = 0;
    while (k < n - 1 && t >= from + (k + 1) * w) k++;
    total[k]++;
    if (sev[i] === SEVERITY_CODE.error) errors[k]++;
  });
  return { total, errors };
}

describe('TimeBuckets', () => {
  it('puts the span\'s ends in the first and last slice, and skips entries without time or outside', () => {
    const b = new TimeBuckets({ fromMs: 1000, toMs: 2000 }, 10);
    for (const t of [1000, 1099, 1100, 2000, 999, 2001, NaN]) b.add(t, SEVERITY_CODE.info);
    expect([...b.counts.total]).toEqual([2, 1, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('counts errors and warnings apart from the total', () => {
    const b = new TimeBuckets({ fromMs: 0, toMs: 10 }, 2);
    b.addColumns(Float64Array.from([1, 2, 3, 9]), (r) => [SEVERITY_CODE.error, SEVERITY_CODE.warning, SEVERITY_CODE.info, SEVERITY_CODE.error][r]);
    expect([...b.counts.total]).toEqual([3, 1]);
    expect([...b.counts.errors]).toEqual([1, 1]);
    expect([...b.counts.warnings]).toEqual([1, 0]);
  });

  it('agrees with a naive count for any instants and slice count', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 1e7 }), fc.constant(NaN)), { maxLength: 300 }), fc.integer({ min: 1, max: 500 }), (ts, n) => {
        const sev = ts.map((_, i) => i % 3);
        const span = spanOf([Float64Array.from(ts)]);
        if (!span) return ts.every(Number.isNaN);
        const b = new TimeBuckets(span, n);
        b.addColumns(Float64Array.from(ts), (r) => sev[r]);
        const want = naive(ts, sev, span.fromMs, span.toMs, n);
        expect([...b.counts.total]).toEqual(want.total);
        expect([...b.counts.errors]).toEqual(want.errors);
        return true;
      }),
    );
  });

  it('gives a one-instant span a width: every entry in slice 0', () => {
    const b = new TimeBuckets({ fromMs: 5, toMs: 5 }, 100);
    b.add(5, 0);
    expect(b.counts.total[0]).toBe(1);
  });
});
