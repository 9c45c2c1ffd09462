// Views over parsed logs: merged by instant (stable: log order, then file order; an untimed row stays after the
// row before it), filtered before merging, and the one clock over a merged view.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RowFilter } from '../../../shared/api/contract';
import type { LogEntry, Severity } from '../../../shared/model/log-entry';
import { LogStore } from './log-store';
import { buildView, logAt, rowAt, rowAtTime, type ViewLog } from './views';

const entry = (wallMs: number | null, severity: Severity = 'info', text = 'x', utcOffset: number | null = null): LogEntry => ({
  line: 1, lineCount: 1, wallMs, utcOffset, offsetUncertain: false, component: 'C', thread: 1, severity, text,
});
const storeOf = (es: LogEntry[]): ViewLog => ({ store: LogStore.parsed(es, es.map(() => 0), es.map(() => null)) });
const instant = (log: ViewLog): Float64Array => log.store.instants();
const positions = (v: ReturnType<typeof buildView<ViewLog>>, logs: ViewLog[]): [number, number][] =>
  Array.from({ length: v.count }, (_, i) => [logs.indexOf(logAt(v, i)), rowAt(v, i)]);

describe('merged views', () => {
  it('interleave by instant; an untimed row follows the row before it; ties keep log order', () => {
    const a = storeOf([entry(10), entry(null), entry(30), entry(30)]);
    const b = storeOf([entry(5), entry(20), entry(30), entry(null)]);
    const logs = [a, b];
    expect(positions(buildView(logs, undefined, instant), logs)).toEqual([
      [1, 0], [0, 0], [0, 1], [1, 1], [0, 2], [0, 3], [1, 2], [1, 3],
    ]);
  });

  it('a writer offset moves a log on the one clock', () => {
    // b's wall clock is 60 minutes ahead of UTC: its 10:30 is 09:30 UTC, before a's 10:00 (no offset: read as UTC).
    const h = 3_600_000;
    const a = storeOf([entry(10 * h)]);
    const b = storeOf([entry(10.5 * h, 'info', 'x', 60)]);
    expect(positions(buildView([a, b], undefined, instant), [a, b])).toEqual([[1, 0], [0, 0]]);
  });

  it('equal a stable sort of the filtered rows, and the clock finds the last row at or before a time', () => {
    const sev = fc.constantFrom<Severity>('info', 'warning', 'error');
    const log = fc.array(fc.tuple(fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constant(null)), sev), { maxLength: 60 });
    fc.assert(
      fc.property(fc.array(log, { minLength: 2, maxLength: 4 }), fc.boolean(), fc.integer({ min: -5, max: 55 }), (specs, errorsOnly, t) => {
        const logs = specs.map((s) => storeOf(s.map(([w, sv]) => entry(w, sv))));
        const filter: RowFilter | undefined = errorsOnly ? { severities: ['error'] } : undefined;
        // Naive: each log's kept rows with the key of their last timed row (or -Infinity), sorted stably.
        const all: { key: number; li: number; row: number }[] = [];
        specs.forEach((s, li) => {
          let last = -Infinity;
          s.forEach(([w, sv], row) => {
            if (errorsOnly && sv !== 'error') return;
            if (w !== null) last = w;
            all.push({ key: last, li, row });
          });
        });
        all.sort((x, y) => x.key - y.key || x.li - y.li || x.row - y.row);
        const v = buildView(logs, filter, instant);
        expect(positions(v, logs)).toEqual(all.map((x) => [x.li, x.row]));
        const at = rowAtTime(v, t, instant);
        if (v.count === 0) expect(at).toBeNull();
        else {
          let want = 0;
          all.forEach((x, i) => {
            if (x.key <= t) want = i;
          });
          expect(at).toBe(want);
        }
      }),
      { numRuns: 150 },
    );
  });
});
