// Issue 14 item 5: a client folder read over a slow share (every file call waits a round trip) keeps the API
// answering and reports its progress while it opens ('opening' events: the folder walk, then each log); a share
// that drops mid-tail is reported on the log, retried, and when it is back the lines written meanwhile arrive,
// none lost and none twice.
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../shared/api/contract';
import { writeNoisyFolder } from '../../bench/noisy-folder';
import { slowShare } from '../../test/support/slow-share';
import { sleep, until } from '../../test/support/wait';
import { LogService } from './log-service';

const work = mkdtempSync(join(tmpdir(), 'cmlens-share-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const client = writeNoisyFolder(join(work, 'client'), { logs: 10, bytesPerLog: 60_000 });
const logsDir = join(client, 'CCM', 'Logs');

const wua = (text: string) => `<![LOG[${text}]LOG]!><time="11:00:00.000+300" date="03-10-2026" component="WUAHandler" context="" type="1" thread="4242" file="cpp:0">\r\n`;

describe('a client folder over a slow share', () => {
  it('opens with progress, and the API answers while it does', async () => {
    const share = slowShare(25);
    const service = new LogService({ fileAccess: share });
    const events: ApiEvent[] = [];
    service.onEvent((e) => events.push(e));
    try {
      let openDone = false;
      const opening = service.api.openPaths({ paths: [client] }).then((r) => ((openDone = true), r));
      // Calls made while the folder opens answer before it is done (the backend waits on the share, not in a loop).
      const answered: number[] = [];
      while (!openDone) {
        const t0 = performance.now();
        await service.api.listLogs({});
        await service.api.lookupCode({ code: '0x80244021' });
        answered.push(performance.now() - t0);
        if (!openDone) await sleep(20);
      }
      const { logs, errors } = await opening;
      expect(errors).toEqual([]);
      expect(answered.length).toBeGreaterThan(5);
      expect(Math.max(...answered)).toBeLessThan(1000); // a liveness bound: answered, not stuck behind the share
      // Progress: first the folder walk (total 0), then each log in turn, then done.
      const progress = events.filter((e): e is Extract<ApiEvent, { type: 'opening' }> => e.type === 'opening');
      expect(progress[0]).toEqual({ type: 'opening', done: 0, total: 0, name: 'client' });
      const total = progress[1].total;
      expect(total).toBe(logs.length);
      expect(progress.slice(1).map((e) => e.done)).toEqual([...Array(total + 1).keys()]);
      expect(progress.at(-1)).toMatchObject({ done: total, total });
      expect(progress.slice(1, -1).every((e) => e.name.endsWith('.log'))).toBe(true);
      expect(share.calls.open).toBeGreaterThanOrEqual(logs.length);
    } finally {
      service.dispose();
    }
  });

  it('a share that drops mid-tail: reported on the log, retried, and nothing written meanwhile is lost', async () => {
    const share = slowShare(5);
    const service = new LogService({ tail: true, tailPollMs: 40, fileAccess: share });
    try {
      const { logs } = await service.api.openPaths({ paths: [join(logsDir, 'WUAHandler.log')] });
      const id = logs[0].id;
      const info = () => service.list().find((l) => l.id === id)!;
      const before = info().entries;
      appendFileSync(join(logsDir, 'WUAHandler.log'), wua('seq=1 before the drop'));
      await until(() => info().entries === before + 1, 'the first appended line');

      share.down = true;
      await until(() => info().messages.some((m) => m.code === 'tailFailed'), 'the drop reported on the log');
      expect(info().messages.find((m) => m.code === 'tailFailed')?.text).toMatch(/ECONNRESET/);
      // The client keeps writing while we cannot see it.
      appendFileSync(join(logsDir, 'WUAHandler.log'), wua('seq=2 during the drop') + wua('seq=3 during the drop'));
      const opensWhileDown = share.calls.open;
      await sleep(400);
      expect(info().entries).toBe(before + 1); // what was read stays; nothing new is invented
      expect(share.calls.open - opensWhileDown).toBeGreaterThan(0); // retried…
      expect(share.calls.open - opensWhileDown).toBeLessThan(60); // …at the poll's pace, not in a spin
      expect((await service.api.listLogs({})).length).toBe(1);

      share.down = false;
      await until(() => info().entries === before + 3, 'the lines written during the drop');
      expect(info().messages.some((m) => m.code === 'tailFailed')).toBe(false);
      const rows = await service.api.getRows({ logIds: [id], start: before, count: 10 });
      expect(rows.map((r) => r.text)).toEqual(['seq=1 before the drop', 'seq=2 during the drop', 'seq=3 during the drop']);
    } finally {
      service.dispose();
    }
  });
});
