// `npm run bench`: the benchmark (bench/bench-main.ts), bundled and run with plain node. BENCH_QUICK=1: the 100 MiB files only.
import { runBundled } from '../bench/run-bundled.mjs';

process.exit(await runBundled('bench/bench-main.ts'));
