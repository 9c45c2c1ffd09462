// The file indexer (head first, then two workers split at an entry start) gives the naive parse's entries.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parseBytes } from '../../../shared/formats/parse';
import { entryOfRow } from '../../../shared/index/row-text';
import { cmtraceText, smsText, utf16leWithBom } from '../../../test/support/index/synthetic-logs';
import { IN_THREAD_BYTES, indexFile } from './file-indexer';
import { readAtSync } from './read-at';
import { endIdleIndexWorkers, idleWorkersForTest } from './worker-pool';

const dir = mkdtempSync(join(tmpdir(), 'cmlens-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function bigFile(name: string, bytes: Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

const enc = new TextEncoder();
const CASES = [
  { name: 'WUAHandler.log', make: () => enc.encode(cmtraceText(70_000, { multiLineEvery: 29 })) },
  { name: 'WSyncMgr.log', make: () => enc.encode(smsText(80_000, { multiLineEvery: 31 })) },
  { name: 'UpdatesHandler.log', make: () => utf16leWithBom(cmtraceText(40_000, { multiLineEvery: 13 })) },
  // A head of long entries: both parts hold far more rows than the head suggests, outgrow their shared
  // regions and are copied in instead.
  { name: 'ScanAgent.log', make: () => enc.encode(longEntries(200) + cmtraceText(70_000, { multiLineEvery: 17 })), misleadingHead: true },
];

/** Entries with 2 KB messages (a head that predicts few rows). */
function longEntries(n: number): string {
  return cmtraceText(n, { seed: 9 }).replace(/<!\[LOG\[/g, `<![LOG[${'x'.repeat(2000)} `);
}

describe('indexFile', () => {
  for (const c of CASES) {
    it(`${c.name}: workers' merged index equals the naive parse`, async () => {
      const bytes = c.make();
      expect(bytes.length).toBeGreaterThan(IN_THREAD_BYTES);
      const path = bigFile(c.name, bytes);
      const naive = parseBytes(bytes, c.name);
      const progress: number[] = [];
      let firstRows = 0;
      const r = await indexFile(path, { workers: 2, onProgress: (d) => progress.push(d), onFirstRows: (h) => (firstRows = h.count) });
      expect(r.index.count).toBe(naive.entries.length);
      expect(r.index.endLine).toBe(naive.lineCount);
      expect(firstRows).toBeGreaterThan(0);
      expect(progress.length).toBeGreaterThan(1);
      // The parts were written into one set of shared columns and joined in place, unless they outgrew it.
      expect(r.index.columnsView().offLo.buffer instanceof SharedArrayBuffer).toBe(!('misleadingHead' in c));
      // Every row's fields; the text of a sample of rows, read back by byte range.
      for (let i = 0; i < naive.entries.length; i++) {
        const e = naive.entries[i];
        const row = r.index.row(i);
        if (row.line !== e.line || row.lineCount !== e.lineCount || row.wallMs !== e.wallMs || row.severity !== e.severity || row.component !== e.component || row.thread !== e.thread || row.utcOffset !== e.utcOffset) {
          expect(row).toMatchObject({ line: e.line, lineCount: e.lineCount, wallMs: e.wallMs, severity: e.severity, component: e.component, thread: e.thread });
        }
      }
      for (let i = 0; i < naive.entries.length; i += 997) {
        const got = entryOfRow(r.index, i, r.shape.format, r.shape, readAtSync(path, r.index.offset(i), r.index.length(i)));
        expect(got).toEqual(naive.entries[i]);
      }
    });
  }

  it('stops when cancelled and says so', async () => {
    const path = bigFile('cancel.log', enc.encode(cmtraceText(70_000)));
    const ac = new AbortController();
    ac.abort();
    const r = await indexFile(path, { signal: ac.signal });
    expect(r.cancelled).toBe(true);
  });

  it('indexes a small file in one go', async () => {
    const bytes = enc.encode(cmtraceText(100));
    const path = bigFile('small.log', bytes);
    const r = await indexFile(path);
    expect(r.index.count).toBe(parseBytes(bytes, 'small.log').entries.length);
  });
});

describe('index workers kept warm', () => {
  it('a worker that died while idle is not handed the next file', async () => {
    const path = bigFile('pool.log', enc.encode(cmtraceText(70_000)));
    const first = await indexFile(path, { workers: 2 });
    // Stop the pooled workers behind the pool's back (what a crash would do).
    await Promise.all(idleWorkersForTest().map((w) => w.terminate()));
    const again = await indexFile(path, { workers: 2 });
    expect(again.index.count).toBe(first.index.count);
    expect(again.index.count).toBe(parseBytes(enc.encode(cmtraceText(70_000)), 'pool.log').entries.length);
  });

  // An idle worker never collects its garbage (its last jobs' scanner memory and columns): kept only for a burst.
  it('idle workers end when logs close and after a while without a job; a file right after still gets live ones', async () => {
    const path = bigFile('retire.log', enc.encode(cmtraceText(70_000)));
    const first = await indexFile(path, { workers: 2 });
    expect(idleWorkersForTest()).toHaveLength(2);
    void endIdleIndexWorkers(); // as closeLogs does: not awaited, and the next open may come at once
    expect(idleWorkersForTest()).toEqual([]);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const again = await indexFile(path, { workers: 2 });
      // Fresh workers did the parts: none was handed a worker that was ending (it would fail over to this thread).
      expect(again.workerFaults).toBeUndefined();
      expect(again.index.count).toBe(first.index.count);
      expect(idleWorkersForTest()).toHaveLength(2);
      vi.advanceTimersByTime(9_000);
      expect(idleWorkersForTest()).toHaveLength(2);
      vi.advanceTimersByTime(1_000);
      expect(idleWorkersForTest()).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});
