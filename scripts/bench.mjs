// `npm run bench`: the benchmark (bench/bench-main.ts), bundled and run with plain node. BENCH_QUICK=1: the 100 MiB files only.
// lnav is the reference the issue names: installed from Debian when missing (root), else its column says so.
import { runBundled } from '../bench/run-bundled.mjs';
import { ensureDebianPackages } from './debian-packages.mjs';

ensureDebianPackages(['lnav'], ['lnav'], 'lnav (the benchmark\'s reference) not found');
process.exit(await runBundled('bench/bench-main.ts'));
