// Issue 14 item 4, the light run (the bench's soak row opens a 300 MB folder 50 times): a client folder opened and
// closed ten times in one backend, tailing on, with parsed logs, indexed ones (worker threads) and a zip. After
// every close no file descriptor is left open (/proc/self/fd back to its count after the first cycle), nothing is
// listed, and no tailer's timer is left (process.getActiveResourcesInfo).
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildZip } from '../../test/support/zip-writer';
import { openFds, openUseClose, type SoakCycle } from '../../test/support/open-close-soak';
import { noisyLogText, writeNoisyFolder } from '../../bench/noisy-folder';
import { LogService } from './log-service';

const work = mkdtempSync(join(tmpdir(), 'cmlens-soak-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('open and close soak (light)', () => {
  it.runIf(process.platform === 'linux')('leaves no file descriptor open after ten open/use/close cycles of a client folder', async () => {
    const folder = writeNoisyFolder(join(work, 'client'), { logs: 6, bytesPerLog: 300_000 });
    // Two logs above the index threshold (1 MiB here): indexed by workers, rows read by position.
    writeFileSync(join(folder, 'CCM', 'Logs', 'BigNoise1.log'), noisyLogText(3_000_000, 11));
    writeFileSync(join(folder, 'CCM', 'Logs', 'BigNoise2.log'), noisyLogText(2_000_000, 12));
    cpSync(join(folder, 'CCM', 'Logs', 'WUAHandler.log'), join(folder, 'CCM', 'Logs', 'WUAHandler.lo_'));
    const zip = join(work, 'sent-by-customer.zip');
    writeFileSync(zip, buildZip([{ name: 'Logs/ScanAgent.log', data: Buffer.from(noisyLogText(200_000, 13)) }]));

    const service = new LogService({ tail: true, tailPollMs: 50, indexAboveBytes: 1 << 20 });
    try {
      const cycles: SoakCycle[] = [];
      for (let i = 0; i < 10; i++) cycles.push(await openUseClose(service, [folder, zip]));
      expect(cycles[0].logs).toBeGreaterThan(10);
      expect(new Set(cycles.map((c) => c.logs)).size).toBe(1); // the same folder opens the same way every time
      // The first cycle opens what stays (idle index workers, the error log): the count after it is the baseline.
      const baseline = cycles[0].fds;
      expect(baseline).toBeGreaterThan(0);
      expect(cycles.map((c) => c.fds)).toEqual(cycles.map(() => baseline));
      // No tailer, timer or watcher outlives its log: what keeps the loop busy does not grow with the cycles (idle
      // index and diagnosis workers come and go, so the first two cycles set the ceiling).
      const ceiling = Math.max(cycles[0].activeResources, cycles[1].activeResources);
      expect(cycles.slice(2).map((c) => c.activeResources).filter((n) => n > ceiling)).toEqual([]);
    } finally {
      service.dispose();
    }
    expect(openFds()).toBeGreaterThan(0);
  });
});
