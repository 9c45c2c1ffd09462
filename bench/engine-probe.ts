// A small driver for profiling the engine (node --cpu-prof): one file, index in-thread (one core) and with two
// workers, then the benchmark's searches. Run: node scripts-free build, see bench/engine-probe.mjs.
import { closeSync, openSync, statSync } from 'node:fs';
import { indexFile } from '../electron/backend/index/file-indexer';
import { indexRange } from '../electron/backend/index/index-range';
import { readFdAt } from '../electron/backend/index/read-at';
import { HEAD_BYTES, sniffLog } from '../shared/index/log-shape';
import { searchLog, type SearchQuery } from '../shared/index/search';

async function main(): Promise<void> {
  const [path, what = 'all', repsArg = '3'] = process.argv.slice(2);
  const reps = Number(repsArg);
  const size = statSync(path).size;
  const gibps = (t: number): string => `${(size / 2 ** 30 / (t / 1000)).toFixed(2)} GiB/s`;
  const fd = openSync(path, 'r');
  const shape = sniffLog(readFdAt(fd, 0, Math.min(size, HEAD_BYTES)), path);
  if (what === 'all' || what === 'range') {
    for (let r = 0; r < reps; r++) {
      const t0 = performance.now();
      const ix = indexRange(fd, shape, shape.dataStart, size - ((size - shape.dataStart) % shape.unitSize));
      const t = performance.now() - t0;
      console.log(`in-thread ${t.toFixed(1)} ms ${gibps(t)} rows ${ix.count}`);
    }
  }
  let index = null as Awaited<ReturnType<typeof indexFile>> | null;
  if (what === 'all' || what === 'file' || what === 'search') {
    for (let r = 0; r < (what === 'search' ? 1 : reps); r++) {
      const t0 = performance.now();
      index = await indexFile(path, { workers: 2 });
      const t = performance.now() - t0;
      console.log(`indexFile ${t.toFixed(1)} ms ${gibps(t)} rows ${index.index.count}`);
    }
  }
  if (index && (what === 'all' || what === 'search')) {
    const src = { index: index.index, shape: index.shape, readAt: (o: number, n: number, into?: Uint8Array) => readFdAt(fd, o, n, into) };
    const qs: SearchQuery[] = [
      { query: '0x80244021', regex: false, matchCase: true },
      { query: 'error', regex: false, matchCase: false },
    ];
    for (const q of qs) {
      for (let r = 0; r < reps; r++) {
        const t0 = performance.now();
        const hits = searchLog(src, q).length;
        console.log(`search ${JSON.stringify(q.query)} ${q.matchCase ? 'case' : 'any'} ${(performance.now() - t0).toFixed(1)} ms hits ${hits}`);
      }
    }
  }
  closeSync(fd);
}
void main();
