// Builds everything into dist/: main, preload, CLI and the index worker with esbuild (fast, one bundle each, no
// runtime TS loader needed), the renderer with Vite. `--no-renderer` skips Vite for quick CLI rebuilds.
import { build } from 'esbuild';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, logLevel: 'warning', absWorkingDir: root };

const t0 = Date.now();
await Promise.all([
  build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.cjs', external: ['electron'] }),
  build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs', external: ['electron'] }),
  build({ ...common, entryPoints: ['electron/cli/cmlens.ts'], outfile: 'dist/cli/cmlens.cjs' }),
  // The backend process (backend.cjs: Electron's utilityProcess, browser mode's fork) and the index and diagnosis
  // workers it starts from beside its own bundle: one copy of each beside the CLI, one beside main.
  ...['dist/cli', 'dist/electron'].flatMap((out) => [
    build({ ...common, entryPoints: ['electron/backend/host/backend-entry.ts'], outfile: `${out}/backend.cjs` }),
    build({ ...common, entryPoints: ['electron/backend/index/index-worker.ts'], outfile: `${out}/index-worker.js` }),
    build({ ...common, entryPoints: ['electron/backend/diagnosis/diagnosis-worker.ts'], outfile: `${out}/diagnosis-worker.js` }),
    build({ ...common, entryPoints: ['electron/backend/fleet/triage-worker.ts'], outfile: `${out}/triage-worker.js` }),
  ]),
]);
console.log(`built main, preload, cli, backend, workers in ${Date.now() - t0} ms`);

if (!process.argv.includes('--no-renderer')) {
  const r = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  console.log('built renderer');
}
