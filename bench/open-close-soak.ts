// Issue 14 item 4: open and close a 300 MB client folder 50 times in one backend (LogService, tailing on as in
// the app). RSS after each close must come back within 10 % of its first plateau, and no file descriptor may be
// left open (/proc/self/fd). The folder: the failing scan set, 100 noisy 2.5 MB logs (parsed into memory) and one
// 50 MB log (above the 32 MiB threshold: indexed by workers). Written once into bench/out/soak-client.
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LogService } from '../electron/backend/log-service';
import { openUseClose, plateau, type SoakCycle } from '../test/support/open-close-soak';
import { noisyLogText } from './noisy-folder';
import type { BenchRow } from './regex-engines';

const MB = 1e6;

export async function benchOpenCloseSoak(out: string, cycles: number, push: (r: BenchRow) => void, results: Record<string, unknown>): Promise<void> {
  const folder = join(out, 'soak-client');
  const big = join(folder, 'CCM', 'Logs', 'ClientNoiseBig.log');
  if (!existsSync(big)) {
    // The bundled failing set from the repository root (the bench runs there; a bundle has no source __dirname).
    cpSync(join('assets', 'samples'), folder, { recursive: true });
    for (let k = 0; k < 100; k++) writeFileSync(join(folder, 'CCM', 'Logs', `ClientNoise${String(k + 1).padStart(3, '0')}.log`), noisyLogText(2.5 * MB, 7000 + k));
    writeFileSync(big, noisyLogText(50 * MB, 77));
  }
  const service = new LogService({ tail: true });
  const runs: SoakCycle[] = [];
  try {
    for (let i = 0; i < cycles; i++) {
      const c = await openUseClose(service, [folder]);
      runs.push(c);
      // One line a cycle on stderr: a long soak shows where it is, and a cut-short run still tells its numbers.
      console.error(`soak ${i + 1}/${cycles}: ${c.logs} logs, open ${(c.openRss / 2 ** 20).toFixed(0)} MiB, closed ${(c.closedRss / 2 ** 20).toFixed(0)} MiB, ${c.fds} fds, ${(c.ms / 1000).toFixed(1)} s`);
    }
  } finally {
    service.dispose();
  }
  const flat = plateau(runs);
  const last = runs[runs.length - 1];
  const growth = last.closedRss / flat - 1;
  const mib = (b: number): string => `${(b / (1 << 20)).toFixed(0)} MiB`;
  results.openCloseSoak = { cycles, logs: runs[0].logs, plateauRss: flat, lastClosedRss: last.closedRss, growth, peakOpenRss: Math.max(...runs.map((r) => r.openRss)), fds: runs.map((r) => r.fds), closedRss: runs.map((r) => r.closedRss), ms: runs.map((r) => r.ms) };
  const name = `client folder, ${runs[0].logs} logs (~300 MB)`;
  push({ file: name, metric: `open+use+close x${cycles}: RSS after close, last vs first plateau`, ours: `${mib(last.closedRss)} vs ${mib(flat)} (${(growth * 100).toFixed(1)} %)`, reference: `open peak ${mib(Math.max(...runs.map((r) => r.openRss)))}`, target: '≤ +10 %' });
  push({ file: name, metric: `open+use+close x${cycles}: file descriptors after close`, ours: `first ${runs[1].fds}, last ${last.fds}`, reference: `cycle ${(runs.reduce((n, r) => n + r.ms, 0) / runs.length / 1000).toFixed(1)} s on average`, target: 'no growth' });
}
