// Issue 14 item 4: open and close a 300 MB client folder 50 times in one backend (LogService, tailing on and a
// listener, as in the app: the set's diagnosis runs in its worker). No file descriptor and no thread may be left
// behind, and RSS after each close must come back within 10 % of its first plateau. The readings (soakVerdict):
// each closed RSS is taken once the ended workers' threads are gone and the backend idled 6 s, after two full
// collections 100 ms apart (SoakReading says why); the first plateau is the median of cycles 2-5 (cycle 1 warms
// code, caches and thread pools); the verdict is met when the last reading is within +10 % and the least-squares
// line through cycles 2-50 climbs less than 10 % of the plateau; the highest reading from cycle 6 on is shown with
// how many were over +10 % (a lone high reading is a transient, a climb is a leak).
// The folder: the failing scan set, 100 noisy 2.5 MB logs and one 50 MB log (all indexed, it is a big set: the
// 50 MB one by the index workers). Written once into bench/out/soak-client.
import { cpSync, existsSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { LogService } from '../electron/backend/log-service';
import { openFds, openUseClose, soakVerdict, threadCount, type SoakCycle } from '../test/support/open-close-soak';
import { noisyLogText } from './noisy-folder';
import type { BenchRow } from './regex-engines';

const MB = 1e6;
/** The backend idles this long after each close before the reading (SoakReading.idleMs: V8's young generation). */
const IDLE_MS = 6000;

export async function benchOpenCloseSoak(out: string, cycles: number, push: (r: BenchRow) => void, results: Record<string, unknown>): Promise<void> {
  const folder = join(out, 'soak-client');
  const big = join(folder, 'CCM', 'Logs', 'ClientNoiseBig.log');
  if (!existsSync(big)) {
    // The bundled failing set from the repository root (the bench runs there; a bundle has no source __dirname).
    cpSync(join('assets', 'samples'), folder, { recursive: true });
    for (let k = 0; k < 100; k++) writeFileSync(join(folder, 'CCM', 'Logs', `ClientNoise${String(k + 1).padStart(3, '0')}.log`), noisyLogText(2.5 * MB, 7000 + k));
    writeFileSync(big, noisyLogText(50 * MB, 77));
  }
  const mib = (b: number): string => `${(b / (1 << 20)).toFixed(0)} MiB`;
  const service = new LogService({ tail: true });
  const runs: SoakCycle[] = [];
  await stat(big); // libuv's file threads start before the baseline is counted
  const before = { fds: openFds(), threads: threadCount() };
  try {
    for (let i = 0; i < cycles; i++) {
      const c = await openUseClose(service, [folder], { baselineThreads: before.threads, idleMs: IDLE_MS });
      runs.push(c);
      // One line a cycle on stderr: a long soak shows where it is, and a cut-short run still tells its numbers.
      const m = c.closed;
      console.error(
        `soak ${i + 1}/${cycles}: ${c.logs} logs, open ${mib(c.openRss)}, closed ${mib(m.rss)} (heap ${mib(m.heapUsed)}, external ${mib(m.external)}, array buffers ${mib(m.arrayBuffers)}), ${c.fds} fds, ${c.threads} threads, ${(c.ms / 1000).toFixed(1)} s`,
      );
    }
  } finally {
    service.dispose();
  }
  const v = soakVerdict(runs);
  const last = runs[runs.length - 1];
  const pct = (b: number): string => `${b >= v.plateau ? '+' : ''}${((b / v.plateau - 1) * 100).toFixed(1)} %`;
  const peakOpen = Math.max(...runs.map((r) => r.openRss));
  const env = `MALLOC_ARENA_MAX=${process.env.MALLOC_ARENA_MAX ?? '(glibc default)'}`;
  results.openCloseSoak = {
    cycles,
    logs: runs[0].logs,
    env,
    verdict: v,
    before,
    peakOpenRss: peakOpen,
    fds: runs.map((r) => r.fds),
    threads: runs.map((r) => r.threads),
    closed: runs.map((r) => r.closed),
    ms: runs.map((r) => r.ms),
  };
  const name = `client folder, ${runs[0].logs} logs (~300 MB)`;
  push({
    file: name,
    metric: `open+use+close x${cycles}: RSS after close vs first plateau (median of cycles 2-5)`,
    ours: `plateau ${mib(v.plateau)}, last ${mib(v.last)} (${pct(v.last)}), max ${mib(v.max)} (${pct(v.max)}, cycle ${v.maxCycle}; ${v.over} over +10 %), trend ${(v.slope / (1 << 20)).toFixed(2)} MiB/cycle (${(v.climb * 100).toFixed(1)} % over the run): ${v.met ? 'met' : 'NOT met'}`,
    reference: `open peak ${mib(peakOpen)}; ${env}`,
    target: 'last ≤ +10 %, no climb ≥ 10 %',
  });
  push({
    file: name,
    // The first open starts what stays for the process's life (libuv's inotify instance, /dev/null): after cycle 1 is the baseline.
    metric: `open+use+close x${cycles}: file descriptors and threads, before the first open / after cycle 1 / after the last close`,
    ours: `fds ${before.fds} / ${runs[0].fds} / ${last.fds}, threads ${before.threads} / ${runs[0].threads} / ${last.threads}`,
    reference: `cycle ${(runs.reduce((n, r) => n + r.ms, 0) / runs.length / 1000).toFixed(1)} s on average`,
    target: 'no growth',
  });
}
