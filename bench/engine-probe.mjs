// The engine probe (bench/engine-probe.ts), bundled as `npm run bench` bundles.
// node bench/engine-probe.mjs FILE [all|range|file|search] [reps]; NODE_ARGS="--cpu-prof" to profile.
import { runBundled } from './run-bundled.mjs';

const nodeArgs = (process.env.NODE_ARGS ?? '').split(' ').filter(Boolean);
process.exit(await runBundled('bench/engine-probe.ts', process.argv.slice(2), nodeArgs));
