// Bundles a benchmark entry with the index worker (esbuild) and runs it with plain node, so the numbers are
// those of built code, not of a TS loader. Used by `npm run bench` and bench/engine-probe.mjs.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { basename, join } from 'node:path';

export async function runBundled(entry, args = [], nodeArgs = []) {
  const name = basename(entry, '.ts');
  const out = join('bench', 'out', name);
  await build({
    entryPoints: [entry, 'electron/backend/index/index-worker.ts', 'electron/backend/fleet/triage-worker.ts', 'electron/backend/diagnosis/diagnosis-worker.ts', 'bench/diagnosis-bench.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outdir: out,
    entryNames: '[name]',
    logLevel: 'warning',
  });
  // The backend's environment (electron/backend/host/backend-env.ts: MALLOC_ARENA_MAX=2): what the bench measures
  // is backend code, so it runs as it does there. A value set by hand wins (to compare).
  const env = { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' };
  const r = spawnSync(process.execPath, [...nodeArgs, join(out, `${name}.js`), ...args], { stdio: 'inherit', env });
  return r.status ?? 1;
}
