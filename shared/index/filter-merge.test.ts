// Filters over the index equal the same predicates applied to parse.ts's entries, alone and combined; a merge
// of several logs is ordered by instant with a stable tie-break, and rowAtOrBefore agrees with a linear scan.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseBytes } from '../formats/parse';
import { instantMs, type LogEntry } from '../model/log-entry';
import type { RowFilter } from '../api/contract';
import { filterRows } from './filter';
import { mergeByTime, stableOrder, TimeIndex } from './merge';
import { memorySource } from '../../test/support/index/memory-source';
import { cmtraceText, smsText } from '../../test/support/index/synthetic-logs';

const enc = new TextEncoder();
const bytes = enc.encode(cmtraceText(2500, { multiLineEvery: 7 }) + 'a junk line without time\r\n' + cmtraceText(300, { seed: 9, startMs: Date.UTC(2026, 10, 24, 7, 0, 0) }));
const src = memorySource(bytes, 'WUAHandler.log');
const entries = parseBytes(bytes, 'WUAHandler.log').entries;

function naive(f: RowFilter): number[] {
  const out: number[] = [];
  entries.forEach((e, i) => {
    const t = instantMs(e);
    if (f.severities && !f.severities.includes(e.severity)) return;
    if (f.components && !f.components.includes(e.component ?? '')) return;
    if (f.threads && (e.thread === null || !f.threads.includes(e.thread))) return;
    if ((f.fromMs !== undefined || f.toMs !== undefined) && (t === null || t < (f.fromMs ?? -Infinity) || t > (f.toMs ?? Infinity))) return;
    if (f.include && !e.text.toLowerCase().includes(f.include.toLowerCase())) return;
    if (f.exclude && e.text.toLowerCase().includes(f.exclude.toLowerCase())) return;
    out.push(i);
  });
  return out;
}

const t0 = Date.UTC(2026, 10, 24, 13, 0, 30);
const FILTERS: RowFilter[] = [
  { severities: ['error'] },
  { severities: ['warning', 'error'], components: ['WUAHandler', 'CAS'] },
  { threads: [entries[5].thread!, entries[9].thread!] },
  { fromMs: t0, toMs: t0 + 20_000 },
  { include: 'scan' },
  { exclude: 'download', severities: ['info'] },
  { include: 'error', exclude: '0x80244021', components: ['ScanAgent'], fromMs: t0 },
  { components: [''] },
];

describe('filterRows', () => {
  for (const f of FILTERS) {
    it(JSON.stringify(f), () => {
      const want = naive(f);
      expect(want.length).toBeGreaterThan(0);
      expect(Array.from(filterRows(src, f, (r) => src.index.instant(r)))).toEqual(want);
    });
  }

  it('any combination of severities, components and time', () => {
    fc.assert(
      fc.property(
        fc.subarray(['info', 'warning', 'error'] as const),
        fc.subarray(['WUAHandler', 'CAS', 'ScanAgent', 'UpdatesStore', '']),
        fc.integer({ min: 0, max: 120_000 }),
        (sev, comps, dt) => {
          const f: RowFilter = { severities: sev, components: comps, fromMs: t0 - 60_000 + dt };
          expect(Array.from(filterRows(src, f, (r) => src.index.instant(r)))).toEqual(naive(f));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('merge and one clock', () => {
  const logs = [
    memorySource(bytes, 'WUAHandler.log'),
    memorySource(enc.encode(smsText(1500, { seed: 5 })), 'WSyncMgr.log'),
    memorySource(enc.encode(cmtraceText(800, { seed: 7, startMs: Date.UTC(2026, 10, 24, 12, 59, 0) })), 'CAS.log'),
  ];
  const times = logs.map((l) => {
    const t = new Float64Array(l.index.count);
    l.index.instantsInto(t, 0);
    return new TimeIndex(t);
  });

  it('the first log is not monotonic, so it keeps a side index', () => {
    expect(times[0].sorted).not.toBeNull();
    expect(times[1].sorted).toBeNull();
  });

  it('orders all rows by instant, ties by log then file order, each row once', () => {
    const m = mergeByTime(times);
    expect(m.log.length).toBe(logs.reduce((n, l) => n + l.index.count, 0));
    const seen = new Set<string>();
    let prev: [number, number, number] = [-Infinity, -1, -1];
    for (let i = 0; i < m.log.length; i++) {
      const li = m.log[i];
      const k = times[li].keys[m.pos[i]];
      const cur: [number, number, number] = [k, li, m.pos[i]];
      const ordered = prev[0] < k || (prev[0] === k && (prev[1] < li || (prev[1] === li && prev[2] < m.pos[i])));
      if (!ordered) expect({ prev, cur }).toBe('ordered');
      seen.add(`${li}:${m.pos[i]}`);
      prev = cur;
    }
    expect(seen.size).toBe(m.log.length);
  });

  it('rowAtOrBefore equals a linear scan for the latest key at or before t', () => {
    fc.assert(
      fc.property(fc.integer({ min: -120_000, max: 400_000 }), fc.integer({ min: 0, max: 2 }), (dt, li) => {
        const t = Date.UTC(2026, 10, 24, 13, 0, 0) + dt;
        const keys = times[li].keys;
        let best = -1;
        for (let r = 0; r < keys.length; r++) if (keys[r] <= t && (best === -1 || keys[r] >= keys[best])) best = r;
        expect(times[li].rowAtOrBefore(t)).toBe(best);
      }),
      { numRuns: 60 },
    );
  });

  it('an untimed row sorts with the row before it', () => {
    const junk = entries.findIndex((e: LogEntry) => e.wallMs === null);
    expect(junk).toBeGreaterThan(0);
    expect(times[0].keys[junk]).toBe(times[0].keys[junk - 1]);
  });
});

describe('merge over arbitrary clocks', () => {
  // Instants as lists: runs that ascend, jumps back (clock changes), ties, untimed rows (NaN).
  const clock = fc.array(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constant(NaN)), { maxLength: 300 });
  // Built from rows 1, 3, 5… of instants with other rows between (a filtered view's clock).
  const timed = (xs: number[]): TimeIndex => {
    const all = new Float64Array(2 * xs.length);
    xs.forEach((x, i) => (all[2 * i + 1] = x));
    return new TimeIndex(all, Uint32Array.from(xs, (_, i) => 2 * i + 1));
  };

  it('stableOrder equals a stable comparison sort', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 400 }), (xs) => {
        const keys = Float64Array.from(xs);
        const naive = xs.map((_, i) => i).sort((a, b) => keys[a] - keys[b] || a - b);
        expect(Array.from(stableOrder(keys))).toEqual(naive);
      }),
      { numRuns: 200 },
    );
  });

  it('a clock from ready keys, or from instants, answers as one built from rows of instants', () => {
    fc.assert(
      fc.property(clock, fc.integer({ min: -5, max: 45 }), (xs, t) => {
        const built = timed(xs);
        const given = new TimeIndex(Float64Array.from(built.keys));
        expect(given.sorted === null).toBe(built.sorted === null);
        expect(given.rowAtOrBefore(t)).toBe(built.rowAtOrBefore(t));
        const fromInstants = new TimeIndex(Float64Array.from(xs));
        expect(Array.from(fromInstants.keys)).toEqual(Array.from(built.keys));
        expect(fromInstants.rowAtOrBefore(t)).toBe(built.rowAtOrBefore(t));
      }),
      { numRuns: 200 },
    );
  });

  it('mergeByTime equals a stable sort of every (key, log, position)', () => {
    fc.assert(
      fc.property(fc.array(clock, { minLength: 1, maxLength: 5 }), (clocks) => {
        const times = clocks.map(timed);
        const all = times.flatMap((t, li) => Array.from({ length: t.length }, (_, pos) => ({ key: t.keys[pos], li, pos })));
        all.sort((a, b) => a.key - b.key || a.li - b.li || a.pos - b.pos);
        const m = mergeByTime(times);
        expect(Array.from(m.log)).toEqual(all.map((x) => x.li));
        expect(Array.from(m.pos)).toEqual(all.map((x) => x.pos));
      }),
      { numRuns: 200 },
    );
  });
});
