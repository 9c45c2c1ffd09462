// Bundle bench/engine-probe.ts and the index worker (as npm run bench does) and run the probe with the given args.
// node bench/engine-probe.mjs FILE [all|range|file|search] [reps]; NODE_ARGS="--cpu-prof" to profile.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const out = join('bench', 'out', 'probe');
await build({
  entryPoints: ['bench/engine-probe.ts', 'electron/backend/index/index-worker.ts'],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outdir: out,
  entryNames: '[name]',
  logLevel: 'warning',
});
const extra = (process.env.NODE_ARGS ?? '').split(' ').filter(Boolean);
const r = spawnSync(process.execPath, [...extra, join(out, 'engine-probe.js'), ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
