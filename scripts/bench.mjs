// `npm run bench`: bundle the benchmark (and the index worker) with esbuild, then run it with plain node, so the
// numbers are those of built code, not of a TS loader. BENCH_QUICK=1: the 100 MiB files only.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const out = join('bench', 'out', 'js');
await build({
  entryPoints: ['bench/bench-main.ts', 'electron/backend/index/index-worker.ts'],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outdir: out,
  entryNames: '[name]',
  logLevel: 'warning',
});
const r = spawnSync(process.execPath, [join(out, 'bench-main.js')], { stdio: 'inherit' });
process.exit(r.status ?? 1);
