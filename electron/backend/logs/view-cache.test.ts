// Views are kept per log: an append grows a log's one-log views in place (what a fresh build gives), drops merged
// views that hold it, and leaves other logs' views alone; any other change drops the log's views only.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RowFilter } from '../../../shared/api/contract';
import type { LogEntry, Severity } from '../../../shared/model/log-entry';
import { LogStore } from './log-store';
import { ViewCache } from './view-cache';
import { buildView, logAt, rowAt, type LogView, type ViewLog } from './views';

type Log = ViewLog & { id: string; store: LogStore };
const SEVERITIES: Severity[] = ['info', 'warning', 'error'];
const entry = (i: number, wallMs: number | null): LogEntry => ({
  line: i + 1, lineCount: 1, wallMs, utcOffset: null, offsetUncertain: false, component: i % 2 ? 'A' : 'B', thread: 1, severity: SEVERITIES[i % 3], text: `row ${i} ${i % 5 === 0 ? 'failed' : 'ok'}`,
});
const logOf = (id: string, es: LogEntry[]): Log => ({ id, store: LogStore.parsed(es, es.map(() => 0), es.map(() => null)) });
const instants = (l: ViewLog): Float64Array => l.store.instants();
const positions = (v: LogView<Log>) => Array.from({ length: v.count }, (_, i) => [logAt(v, i).id, rowAt(v, i)]);
const FILTERS: (RowFilter | undefined)[] = [undefined, { severities: ['error'] }, { include: 'failed' }, { components: ['A'], exclude: 'row 1' }];

function setup(n: number) {
  const logs = new Map<string, Log>([
    ['a', logOf('a', Array.from({ length: n }, (_, i) => entry(i, 1000 + i * 10)))],
    ['b', logOf('b', Array.from({ length: n }, (_, i) => entry(i, 1005 + i * 10)))],
  ]);
  const cache = new ViewCache<Log>((id) => logs.get(id)!, instants);
  return { logs, cache };
}

describe('ViewCache', () => {
  it('grows a one-log view in place on append, equal to a fresh build, for every filter', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: FILTERS.length - 1 }), (n, add, f) => {
        const { logs, cache } = setup(n);
        const filter = FILTERS[f];
        const v = cache.get(['a'], filter);
        const a = logs.get('a')!;
        const from = a.store.count;
        a.store.append(Array.from({ length: add }, (_, i) => entry(n + i, 1000 + (n + i) * 10)), 0, Array(add).fill(null));
        cache.appended('a', from);
        expect(cache.get(['a'], filter)).toBe(v);
        expect(positions(v)).toEqual(positions(buildView([a], filter, instants)));
      }),
      { numRuns: 100 },
    );
  });

  it('drops merged views that hold the appended log (rebuilt when asked), keeps views of the other log', () => {
    const { logs, cache } = setup(20);
    const merged = cache.get(['a', 'b']);
    const onlyB = cache.get(['b'], { severities: ['error'] });
    const a = logs.get('a')!;
    a.store.append([entry(20, 1003)], 0, [null]); // an appended row that belongs early on the merged clock
    cache.appended('a', 20);
    expect(cache.get(['b'], { severities: ['error'] })).toBe(onlyB);
    const again = cache.get(['a', 'b']);
    expect(again).not.toBe(merged);
    expect(positions(again)).toEqual(positions(buildView([a, logs.get('b')!], undefined, instants)));
  });

  it('a change other than growth drops only the views holding that log', () => {
    const { cache } = setup(10);
    const a = cache.get(['a']);
    const b = cache.get(['b'], { include: 'failed' });
    const ab = cache.get(['a', 'b']);
    cache.invalidate('a');
    expect(cache.size).toBe(1);
    expect(cache.get(['b'], { include: 'failed' })).toBe(b);
    expect(cache.get(['a'])).not.toBe(a);
    expect(cache.get(['a', 'b'])).not.toBe(ab);
  });
});
