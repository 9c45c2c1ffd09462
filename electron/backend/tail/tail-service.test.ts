// A writer appends (sometimes half an entry at a time), rolls X.log to X.lo_ and starts a new X.log, truncates
// and re-creates the file; the tailer must deliver every entry exactly once, in order, with its parsed fields.
import { appendFileSync, existsSync, mkdtempSync, renameSync, rmSync, statSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LogEntry } from '../../../shared/model/log-entry';
import { FileTailer, rolledName, type TailBatch } from './tail-service';

const dir = mkdtempSync(join(tmpdir(), 'cmlens-tail-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function cmtrace(seq: number): string {
  const ms = String(seq % 1000).padStart(3, '0');
  const text = seq % 10 === 3 ? `seq=${seq} first line\r\nsecond line of ${seq}` : `seq=${seq} Scan failed with error = 0x80244021`;
  return `<![LOG[${text}]LOG]!><time="10:21:03.${ms}+300" date="11-24-2026" component="WUAHandler" context="" type="${seq % 3 + 1}" thread="${4000 + (seq % 7)}" file="x.cpp:1">\r\n`;
}

function sms(seq: number): string {
  return `seq=${seq} Sync failed  $$<SMS_WSUS_SYNC_MANAGER><11-24-2026 10:22:00.000+300><thread=5000 (0x1388)>\r\n`;
}

async function until(cond: () => boolean, ms = 10_000): Promise<void> {
  const t = Date.now();
  while (!cond()) {
    if (Date.now() - t > ms) throw new Error('timed out waiting for the tailer');
    await sleep(10);
  }
}

function seqs(entries: LogEntry[]): number[] {
  return entries.map((e) => Number(/seq=(\d+)/.exec(e.text)?.[1] ?? -1));
}

describe('FileTailer', () => {
  for (const [name, make] of [
    ['WUAHandler.log', cmtrace],
    ['WSyncMgr.log', sms],
  ] as const) {
    it(`${name}: appends, partial entries, rollover to .lo_, truncation and re-creation: 0 lost, 0 doubled`, async () => {
      const path = join(dir, name);
      let seq = 0;
      // The file exists with some history; tailing starts at its end.
      writeFileSync(path, '\ufeff' + Array.from({ length: 20 }, () => make(seq++)).join(''));
      const startSeq = seq;
      const got: LogEntry[] = [];
      const batches: TailBatch[] = [];
      const t = new FileTailer(path, { pollMs: 40, startAt: statSync(path).size, onBatch: (b) => (batches.push(b), got.push(...b.entries)) });
      await t.start();
      const write = (s: string): void => appendFileSync(path, s);
      const caughtUp = (): Promise<void> => until(() => got.length === seq - startSeq);
      try {
        for (let round = 0; round < 3; round++) {
          for (let i = 0; i < 30; i++) {
            const e = make(seq++);
            if (i % 7 === 0) {
              // Half an entry now, the rest later: the half must be held, not shown.
              const cut = Math.floor(e.length / 2);
              write(e.slice(0, cut));
              await sleep(60);
              write(e.slice(cut));
            } else write(e);
            if (i % 5 === 0) await sleep(5);
          }
          // ConfigMgr's rollover: X.lo_ replaced by X.log, new X.log; entries written just before it
          // must be read from X.lo_.
          write(make(seq++) + make(seq++));
          if (existsSync(rolledName(path))) unlinkSync(rolledName(path));
          renameSync(path, rolledName(path));
          await sleep(30);
          writeFileSync(path, '\ufeff' + make(seq++));
          await caughtUp();
        }
        // Truncation in place, then new content.
        truncateSync(path, 0);
        await sleep(100);
        write(make(seq++) + make(seq++));
        await caughtUp();
        // Re-creation: delete and create anew (after the tailer has caught up: a deleted file's unread bytes are gone).
        unlinkSync(path);
        writeFileSync(path, make(seq++) + make(seq++) + make(seq++));
        await caughtUp();
      } finally {
        t.stop();
      }
      const want = Array.from({ length: seq - startSeq }, (_, i) => startSeq + i);
      expect(seqs(got)).toEqual(want);
      expect(batches.filter((b) => b.reset === 'rotated').length).toBe(3);
      expect(batches.some((b) => b.reset === 'truncated')).toBe(true);
      // A re-created file may get the old inode number back (ext4, tmpfs): then it reads as a truncation.
      expect(batches.filter((b) => b.reset === 'truncated' || b.reset === 'replaced').length).toBe(2);
      // Fields come through: multi-line text, severity, thread.
      const multi = got.find((e) => e.text.includes('second line'));
      if (name === 'WUAHandler.log') {
        expect(multi?.text).toMatch(/^seq=\d+ first line\nsecond line of \d+$/);
        expect(got[0]).toMatchObject({ component: 'WUAHandler', utcOffset: -300 });
      } else expect(got[0]).toMatchObject({ component: 'SMS_WSUS_SYNC_MANAGER', thread: 5000, severity: 'error' });
    });
  }
});
