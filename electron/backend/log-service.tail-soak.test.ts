// Tail soak, the CI-sized cut (the benchmark has the long one; docs/decisions.md, Tail soak sizes): a writer at ~2 000 lines/s for ~3 s
// rolls the log 4 times (X.log → X.lo_, a new X.log) while LogService tails it; every line written becomes exactly
// one row: 0 lost, 0 doubled, counted by the distinct sequence numbers in the rows.
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LogService } from './log-service';
import { sleep, until as untilEvery } from '../../test/support/wait';

const until = (cond: () => boolean, what: string, ms = 10_000): Promise<void> => untilEvery(cond, what, ms, 20);

const dir = mkdtempSync(join(tmpdir(), 'cmlens-soak-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));


const entry = (seq: number): string =>
  `<![LOG[seq=${seq} Update (Missing): 2026-03 Cumulative Update (ContentType=${seq % 7})]LOG]!><time="11:00:${String(Math.floor(seq / 1000) % 60).padStart(2, '0')}.${String(seq % 1000).padStart(3, '0')}+300" date="03-10-2026" component="WUAHandler" context="" type="1" thread="${4000 + (seq % 5)}" file="cpp:0">\r\n`;

const LINES_PER_TICK = 20; // every 10 ms: ~2 000 lines/s
const TICKS = 300; // ~3 s
const ROLL_EVERY = 70; // ticks: 4 rollovers

describe('tail soak', () => {
  it('~2 000 lines/s for ~3 s with 4 rollovers: 0 lost, 0 doubled', async () => {
    const root = join(dir, 'logs');
    mkdirSync(root);
    const path = join(root, 'WUAHandler.log');
    const lo = join(root, 'WUAHandler.lo_');
    let seq = 0;
    writeFileSync(path, Array.from({ length: 100 }, () => entry(seq++)).join(''));
    const svc = new LogService({ tail: true, tailPollMs: 50 });
    try {
      const { logs } = await svc.openPaths([root]);
      const id = logs[0].id;
      const count = (): number => svc.list().find((l) => l.id === id)!.entries;
      expect(count()).toBe(100);
      let rolls = 0;
      for (let tick = 1; tick <= TICKS; tick++) {
        let chunk = '';
        for (let i = 0; i < LINES_PER_TICK; i++) chunk += entry(seq++);
        // Now and then an entry split across two writes: the tailer must hold its first half.
        if (tick % 9 === 0) {
          const cut = chunk.length - 37;
          appendFileSync(path, chunk.slice(0, cut));
          await sleep(5);
          appendFileSync(path, chunk.slice(cut));
        } else appendFileSync(path, chunk);
        if (tick % ROLL_EVERY === 0) {
          // ConfigMgr's rollover: the old .lo_ goes, the log becomes the .lo_, a new log starts.
          if (existsSync(lo)) unlinkSync(lo);
          renameSync(path, lo);
          writeFileSync(path, '');
          rolls++;
        }
        await sleep(10);
      }
      expect(rolls).toBe(4);
      await until(() => count() >= seq, `all ${seq} rows (have ${count()})`);
      await sleep(200); // a doubled batch would arrive after the count was reached
      const rows = await svc.api.getRows({ logIds: [id], start: 0, count: seq + 1000 });
      const seqs = rows.map((r) => Number(/^seq=(\d+) /.exec(r.text)?.[1] ?? -1));
      expect(rows).toHaveLength(seq);
      expect(new Set(seqs).size).toBe(seq);
      expect(seqs).toEqual(Array.from({ length: seq }, (_, i) => i));
      // Each row names the file it was read from: four generations rolled to .lo_, the last still the .log.
      expect(rows[rows.length - 1].source).toBe(path);
      expect(svc.list().find((l) => l.id === id)!.parts.filter((p) => p === lo)).toHaveLength(4);
      // A rollover leaves X.log missing for a moment: that is no fault to report.
      expect(svc.list().find((l) => l.id === id)!.messages).toEqual([]);
    } finally {
      svc.dispose();
    }
  });
});
