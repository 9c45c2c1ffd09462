// The timeline strip's counts and the scrollbar marks, from the backend, against the obvious computation over
// the parsed entries: on a generated log (parsed and kept as a columnar index), on real corpus logs, on a set.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Row, TimelineResult } from '../../../shared/api/contract';
import { parseBytes } from '../../../shared/formats/parse';
import { cmtraceText } from '../../../test/support/index/synthetic-logs';
import { instantMs, type LogEntry } from '../../../shared/model/log-entry';
import { corpusFiles, hasCorpus } from '../../../test/support/corpus';
import { sampleClientLogs } from '../../../scripts/samples/sample-client-logs';
import { LogService } from '../log-service';

const dir = mkdtempSync(join(tmpdir(), 'cmlens-timeline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Slice by slice, the entries whose instant is in [from + k·w, from + (k+1)·w), the last slice closed. */
function naiveCounts(entries: readonly LogEntry[], t: TimelineResult) {
  const n = t.total.length;
  const total = new Array(n).fill(0);
  const errors = new Array(n).fill(0);
  const warnings = new Array(n).fill(0);
  for (const e of entries) {
    const at = instantMs(e);
    if (at === null) continue;
    let k = 0;
    while (k < n - 1 && at >= t.fromMs! + (k + 1) * t.sliceMs) k++;
    total[k]++;
    if (e.severity === 'error') errors[k]++;
    if (e.severity === 'warning') warnings[k]++;
  }
  return { total, errors, warnings };
}

const counts = (t: TimelineResult) => ({ total: t.total, errors: t.errors, warnings: t.warnings });

describe('timeline counts', () => {
  it('match a naive count of a generated log, parsed and indexed alike', async () => {
    const file = join(dir, 'gen', 'WUAHandler.log');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, cmtraceText(6000, { seed: 11, multiLineEvery: 25 }));
    const entries = parseBytes(readFileSync(file), 'WUAHandler.log').entries;
    for (const svc of [new LogService(), new LogService({ indexAboveBytes: 0 })]) {
      const [log] = (await svc.openPaths([file])).logs;
      const t = await svc.api.timeline({ logIds: [log.id], slices: 173 });
      const times = entries.map((e) => instantMs(e)!);
      expect(t.fromMs).toBe(Math.min(...times));
      expect(t.toMs).toBe(Math.max(...times));
      expect(counts(t)).toEqual(naiveCounts(entries, t));
      expect(t.errors.reduce((a, b) => a + b, 0)).toBe(entries.filter((e) => e.severity === 'error').length);
      // a narrower span counts only what falls in it
      const mid = (t.fromMs! + t.toMs!) / 2;
      const half = await svc.api.timeline({ logIds: [log.id], slices: 10, fromMs: mid, toMs: t.toMs! });
      expect(half.total.reduce((a, b) => a + b, 0)).toBe(times.filter((x) => x >= mid).length);
      // the same call again is the same answer; the log's zone set by hand moves the span (the answer is not stale)
      expect(await svc.api.timeline({ logIds: [log.id], slices: 173 })).toBe(t);
      await svc.api.setLogOffset({ logId: log.id, utcOffset: -300 + 60 });
      const moved = await svc.api.timeline({ logIds: [log.id], slices: 173 });
      expect(moved.fromMs).toBe(t.fromMs! - 60 * 60_000);
      expect(moved.total).toEqual(t.total);
    }
  });

  it.skipIf(!hasCorpus)('match a naive count over real logs (CMTrace, WindowsUpdate.log, CBS)', async () => {
    const picks = corpusFiles().filter((f) => /^(cmtrace|windowsupdate-10|cbs)\//.test(f.file)).slice(0, 8);
    expect(picks.length).toBeGreaterThan(3);
    const svc = new LogService();
    for (const f of picks) {
      const [log] = (await svc.openPaths([f.path])).logs;
      const t = await svc.api.timeline({ logIds: [log.id], slices: 240 });
      const entries = parseBytes(readFileSync(f.path), f.file).entries;
      expect(counts(t), f.file).toEqual(naiveCounts(entries, t));
      expect(t.total.reduce((a, b) => a + b, 0), f.file).toBe(entries.filter((e) => e.wallMs !== null).length);
    }
  });

  it('marks the pipeline steps of a client set at the instants of their entries', async () => {
    const root = join(dir, 'client');
    for (const [name, text] of Object.entries(sampleClientLogs())) {
      mkdirSync(dirname(join(root, name)), { recursive: true });
      writeFileSync(join(root, name), text);
    }
    const svc = new LogService();
    const logs = (await svc.openPaths([root])).logs;
    const t = await svc.api.timeline({ logIds: logs.map((l) => l.id), slices: 400 });
    expect(t.steps.map((s) => s.step)).toEqual(expect.arrayContaining(['1', '13', '14']));
    // every mark sits on a tagged row's instant: the row at that instant in its log carries the step
    const rows: Row[] = [];
    for (const l of logs) rows.push(...(await svc.api.getRows({ logIds: [l.id], start: 0, count: 10_000 })));
    for (const s of t.steps) expect(rows.some((r) => r.step === s.step && r.instantMs === s.instantMs)).toBe(true);
    // and the two cycles a day apart are both there
    const s1 = t.steps.filter((s) => s.step === '1');
    expect(s1.length).toBeGreaterThanOrEqual(2);
    expect(s1[s1.length - 1].instantMs - s1[0].instantMs).toBeGreaterThan(20 * 3600_000);
  });
});

describe('scrollbar marks', () => {
  it('give the first error and warning of each slice of a view, filtered or merged, as a naive pass does', async () => {
    const a = join(dir, 'marks', 'WUAHandler.log');
    const b = join(dir, 'marks', 'ScanAgent.log');
    mkdirSync(dirname(a), { recursive: true });
    writeFileSync(a, cmtraceText(3000, { seed: 2 }));
    writeFileSync(b, cmtraceText(2000, { seed: 9 }));
    for (const svc of [new LogService(), new LogService({ indexAboveBytes: 0 })]) {
      const logs = (await svc.openPaths([dirname(a)])).logs;
      const views = [{ logIds: [logs[0].id] }, { logIds: logs.map((l) => l.id) }, { logIds: [logs[1].id], filter: { exclude: 'Raising event' } }];
      for (const v of views) {
        const slices = 150;
        const m = await svc.api.scrollMarks({ ...v, slices });
        const count = await svc.api.countRows(v);
        const rows = await svc.api.getRows({ ...v, start: 0, count: 10_000 });
        expect(m.count).toBe(count);
        for (const sev of ['error', 'warning'] as const) {
          const want: { slice: number; row: number }[] = [];
          for (const r of rows) {
            const slice = Math.min(slices - 1, Math.floor((r.index * slices) / count));
            if (r.severity === sev && want[want.length - 1]?.slice !== slice) want.push({ slice, row: r.index });
          }
          expect(want.length).toBeGreaterThan(3);
          expect(m[sev]).toEqual(want);
        }
      }
      // bookmarks are located in the view by file and line
      const row = (await svc.api.getRows({ logIds: [logs[0].id], start: 1234, count: 1 }))[0];
      const m = await svc.api.scrollMarks({ logIds: [logs[0].id], slices: 100, bookmarks: [{ source: row.source, line: row.line }, { source: 'nowhere.log', line: 3 }] });
      expect(m.bookmark).toEqual([{ slice: Math.floor((1234 * 100) / logs[0].entries), row: 1234 }]);
    }
  });
});
