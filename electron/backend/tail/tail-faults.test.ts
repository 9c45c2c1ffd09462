// Faults while tailing: the file deleted and not re-created, its folder removed or renamed, permission denied
// mid-tail. The tailer must report each once (with the file's name), keep polling at its pace (no busy loop),
// throw nothing out of its timers, and resume when the file is back without losing or doubling an entry.
import { appendFileSync, mkdirSync, mkdtempSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LogEntry } from '../../../shared/model/log-entry';
import { FileTailer, type TailStatus } from './tail-service';
import { sleep, until } from '../../../test/support/wait';

const dir = mkdtempSync(join(tmpdir(), 'cmlens-tail-faults-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));


const line = (seq: number): string =>
  `<![LOG[seq=${seq} OnSearchComplete]LOG]!><time="10:21:03.000+300" date="11-24-2026" component="WUAHandler" context="" type="1" thread="4000" file="x.cpp:1">\r\n`;
const seqs = (entries: LogEntry[]): number[] => entries.map((e) => Number(/seq=(\d+)/.exec(e.text)?.[1] ?? -1));

function tailer(path: string, extra: Partial<ConstructorParameters<typeof FileTailer>[1]> = {}) {
  const got: LogEntry[] = [];
  const statuses: TailStatus[] = [];
  const t = new FileTailer(path, { pollMs: 40, startAt: 0, onBatch: (b) => got.push(...b.entries), onStatus: (s) => statuses.push(s), ...extra });
  return { t, got, statuses };
}

describe('FileTailer faults', () => {
  it('the file deleted and not re-created: reported once as gone, what was read stays; re-created: read again', async () => {
    const folder = join(dir, 'deleted');
    mkdirSync(folder);
    const path = join(folder, 'WUAHandler.log');
    writeFileSync(path, line(0) + line(1));
    const { t, got, statuses } = tailer(path);
    await t.start();
    try {
      await until(() => got.length === 2, 'the first entries');
      unlinkSync(path);
      await until(() => statuses.length === 1, 'the fault');
      expect(statuses[0]).toEqual({ state: 'gone', problem: { code: 'tailFileGone', params: {} } });
      expect(t.status).toBe('gone');
      await sleep(300);
      expect(statuses).toHaveLength(1); // once, not on every poll
      writeFileSync(path, line(2) + line(3));
      await until(() => got.length === 4, 'the entries of the re-created file');
      expect(seqs(got)).toEqual([0, 1, 2, 3]);
      expect(statuses.map((s) => s.state)).toEqual(['gone', 'ok']);
    } finally {
      t.stop();
    }
  });

  for (const how of ['removed', 'renamed'] as const) {
    it(`its folder ${how}: reported as a gone folder; the folder back: the tail resumes`, async () => {
      const folder = join(dir, `folder-${how}`);
      mkdirSync(folder);
      const path = join(folder, 'WUAHandler.log');
      writeFileSync(path, line(0));
      const { t, got, statuses } = tailer(path);
      await t.start();
      try {
        await until(() => got.length === 1, 'the first entry');
        if (how === 'removed') rmSync(folder, { recursive: true });
        else renameSync(folder, `${folder}-moved`);
        await until(() => statuses.length === 1, 'the fault');
        expect(statuses[0]).toEqual({ state: 'folder-gone', problem: { code: 'tailFolderGone', params: {} } });
        if (how === 'removed') {
          mkdirSync(folder);
          writeFileSync(path, line(1) + line(2));
        } else {
          // The share comes back with the same file, grown meanwhile: read on from where the tail stopped.
          appendFileSync(join(`${folder}-moved`, 'WUAHandler.log'), line(1) + line(2));
          renameSync(`${folder}-moved`, folder);
        }
        await until(() => got.length === 3, 'the entries after the folder came back');
        expect(seqs(got)).toEqual([0, 1, 2]);
        expect(statuses.map((s) => s.state)).toEqual(['folder-gone', 'ok']);
        // Its watch was renewed: an append is seen (the poll would see it too; either way exactly once).
        appendFileSync(path, line(3));
        await until(() => got.length === 4, 'an append after the recovery');
        expect(seqs(got)).toEqual([0, 1, 2, 3]);
      } finally {
        t.stop();
      }
    });
  }

  it('any other read error (a stale share handle): reported with its cause, and the tail goes on after it', async () => {
    const path = join(dir, 'stale', 'WUAHandler.log');
    mkdirSync(join(dir, 'stale'));
    writeFileSync(path, line(0));
    let failing = true;
    const openFile = (p: string) =>
      failing ? Promise.reject(Object.assign(new Error(`ESTALE: stale file handle, open '${p}'`), { code: 'ESTALE' })) : open(p, 'r');
    const { t, got, statuses } = tailer(path, { openFile });
    await t.start(); // a file unreadable from the start: start() resolves all the same
    try {
      expect(statuses).toEqual([{ state: 'failed', problem: { code: 'tailFailed', params: { why: `ESTALE: stale file handle, open '${path}'` } } }]);
      failing = false;
      await until(() => got.length === 1, 'the entry once readable');
      expect(statuses.map((s) => s.state)).toEqual(['failed', 'ok']);
    } finally {
      t.stop();
    }
  });

  it('permission denied mid-tail: reported at once, polled at its pace, nothing lost when access returns', async () => {
    const path = join(dir, 'denied', 'WUAHandler.log');
    mkdirSync(join(dir, 'denied'));
    writeFileSync(path, line(0));
    let denied = false;
    let opens = 0;
    // Tests run as root, where chmod does not deny: the open is where the fault is injected.
    const openFile = (p: string) => {
      opens++;
      if (denied) return Promise.reject(Object.assign(new Error(`EACCES: permission denied, open '${p}'`), { code: 'EACCES' }));
      return open(p, 'r');
    };
    const statuses: TailStatus[] = [];
    const { t, got } = tailer(path, {
      openFile,
      onStatus: (s) => {
        statuses.push(s);
        throw new Error('a listener that fails must not stop the tail');
      },
    });
    await t.start();
    try {
      await until(() => got.length === 1, 'the first entry');
      denied = true;
      await until(() => t.status === 'denied', 'the fault');
      const at = opens;
      appendFileSync(path, line(1) + line(2));
      await sleep(500);
      // Polled every 40 ms (and on watch events): a few dozen opens at most, not a spin.
      expect(opens - at).toBeLessThan(60);
      expect(got).toHaveLength(1);
      denied = false;
      await until(() => got.length === 3, 'the entries written while denied');
      expect(seqs(got)).toEqual([0, 1, 2]);
      expect(t.status).toBe('ok');
      expect(statuses).toEqual([
        { state: 'denied', problem: { code: 'tailDenied', params: {} } },
        { state: 'ok' },
      ]);
    } finally {
      t.stop();
    }
  });
});
