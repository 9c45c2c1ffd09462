// Issue 14 item 4, the light run (the bench's soak row opens a 300 MB folder 50 times): a client folder opened and
// closed ten times in one backend, tailing on and listened to (the set's diagnosis runs in its worker, as in the
// app), with parsed logs, indexed ones (worker threads) and a zip. After every close no file descriptor and no
// thread is left (/proc/self/fd, /proc/self/status: an idle index or diagnosis worker kept after a close holds what
// its last job left, since an idle worker never collects its garbage), nothing is listed, and no tailer's timer is
// left (process.getActiveResourcesInfo).
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildZip } from '../../test/support/zip-writer';
import { openFds, openUseClose, soakVerdict, threadCount, type SoakCycle } from '../../test/support/open-close-soak';
import { noisyLogText, writeNoisyFolder } from '../../bench/noisy-folder';
import { idleWorkersForTest } from './index/worker-pool';
import { LogService } from './log-service';

const work = mkdtempSync(join(tmpdir(), 'cmlens-soak-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('open and close soak (light)', () => {
  it.runIf(process.platform === 'linux')('leaves no file descriptor, thread or timer behind after ten open/use/close cycles of a client folder', async () => {
    const folder = writeNoisyFolder(join(work, 'client'), { logs: 6, bytesPerLog: 300_000 });
    // Two logs above the index threshold (1 MiB here), one above IN_THREAD_BYTES (8 MiB): indexed by workers.
    writeFileSync(join(folder, 'CCM', 'Logs', 'BigNoise1.log'), noisyLogText(10_000_000, 11));
    writeFileSync(join(folder, 'CCM', 'Logs', 'BigNoise2.log'), noisyLogText(2_000_000, 12));
    cpSync(join(folder, 'CCM', 'Logs', 'WUAHandler.log'), join(folder, 'CCM', 'Logs', 'WUAHandler.lo_'));
    const zip = join(work, 'sent-by-customer.zip');
    writeFileSync(zip, buildZip([{ name: 'Logs/ScanAgent.log', data: Buffer.from(noisyLogText(200_000, 13)) }]));

    const service = new LogService({ tail: true, tailPollMs: 50, indexAboveBytes: 1 << 20 });
    try {
      await stat(folder); // libuv's file threads are started before the threads are counted
      const threads = threadCount();
      const cycles: SoakCycle[] = [];
      for (let i = 0; i < 10; i++) cycles.push(await openUseClose(service, [folder, zip], { baselineThreads: threads }));
      expect(cycles[0].logs).toBeGreaterThan(10);
      expect(new Set(cycles.map((c) => c.logs)).size).toBe(1); // the same folder opens the same way every time
      // The index workers and the set's diagnosis worker ran, and every one of them ended with the close.
      expect(Math.max(...cycles.map((c) => c.openThreads))).toBeGreaterThan(threads);
      expect(cycles.map((c) => c.threads)).toEqual(cycles.map(() => threads));
      expect(idleWorkersForTest()).toEqual([]);
      // The first cycle opens what stays (the error log): the count after it is the baseline.
      const baseline = cycles[0].fds;
      expect(baseline).toBeGreaterThan(0);
      expect(cycles.map((c) => c.fds)).toEqual(cycles.map(() => baseline));
      // No tailer, timer or watcher outlives its log: what keeps the loop busy does not grow with the cycles.
      const ceiling = Math.max(cycles[0].activeResources, cycles[1].activeResources);
      expect(cycles.slice(2).map((c) => c.activeResources).filter((n) => n > ceiling)).toEqual([]);
    } finally {
      service.dispose();
    }
    expect(openFds()).toBeGreaterThan(0);
  }, 120_000); // a thread left behind makes each closed reading wait SETTLE_MAX_MS for it: the assertion then says so
});

describe('the soak verdict (the bench row)', () => {
  const MiB = 1 << 20;
  const cycles = (rss: number[]): SoakCycle[] =>
    rss.map((r) => ({ logs: 1, openRss: 0, openThreads: 0, closed: { rss: r * MiB, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 }, fds: 0, threads: 0, activeResources: 0, ms: 0 }));
  const flat = (n: number, at = 100): number[] => Array.from({ length: n }, () => at);

  // Issue 4: "cancel when the user closes the log". A log closed while its index is built stops its workers and
  // stays closed (before, the finished load put it back in the list).
  it('a log closed while it is indexed stays closed, and its index stops', async () => {
    const big = join(work, 'BigWhileIndexed.log');
    writeFileSync(big, noisyLogText(60_000_000, 21));
    const service = new LogService({ indexAboveBytes: 1 << 20 });
    const progress: number[] = [];
    let closedAt = -1;
    const off = service.onEvent((e) => {
      if (e.type !== 'progress') return;
      progress.push(e.doneBytes);
      if (closedAt < 0) {
        closedAt = progress.length;
        void service.api.closeLogs({ logIds: [e.logId] });
      }
    });
    try {
      const { logs, errors } = await service.api.openPaths({ paths: [big] });
      expect(closedAt).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      expect(logs).toEqual([]);
      expect(await service.api.listLogs({})).toEqual([]);
      // The workers stopped: the last progress reported is short of the whole file.
      expect(Math.max(...progress)).toBeLessThan(60_000_000);
    } finally {
      off();
      await service.api.closeLogs({ logIds: (await service.api.listLogs({})).map((l) => l.id) });
    }
  });

  it('the first plateau is the median of cycles 2-5; flat readings meet it', () => {
    const v = soakVerdict(cycles([60, 98, 104, 100, 101, ...flat(45)]));
    expect(v.plateau / MiB).toBe(100.5);
    expect(v.met).toBe(true);
  });

  it('an end state over +10 % fails, and so does a steady climb that ends just under it', () => {
    expect(soakVerdict(cycles([60, ...flat(48), 111])).met).toBe(false);
    const climbing = cycles([60, ...flat(4), ...Array.from({ length: 45 }, (_, k) => 100 + (k * 9.5) / 44)]);
    expect(soakVerdict(climbing).last / MiB).toBeLessThan(110);
    expect(soakVerdict(climbing).met).toBe(false);
  });

  it('a lone high reading is reported, not failed', () => {
    const v = soakVerdict(cycles([60, ...flat(20), 130, ...flat(28)]));
    expect([v.met, v.max / MiB, v.maxCycle, v.over]).toEqual([true, 130, 22, 1]);
  });
});
