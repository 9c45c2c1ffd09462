// Worker entry: index one byte range of a file and send the columns back (transferred, not copied).
import { closeSync, openSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { LogShape } from '../../../shared/index/log-shape';
import { indexRange } from './index-range';

export interface WorkerJob {
  path: string;
  shape: LogShape;
  from: number;
  to: number;
  /** Shared flag: the indexing loop is synchronous, so a message could not reach it; 1 = stop. */
  cancel: Int32Array;
}

const job = workerData as WorkerJob;
const fd = openSync(job.path, 'r');
try {
  const index = indexRange(fd, job.shape, job.from, job.to, {
    onChunk: (done) => parentPort!.postMessage({ type: 'progress', done }),
    cancelled: () => Atomics.load(job.cancel, 0) === 1,
  });
  const cols = index.toColumns();
  const transfer = [cols.offLo, cols.line, cols.wall, cols.severity, cols.zone, cols.component, cols.thread].map((a) => a.buffer as ArrayBuffer);
  parentPort!.postMessage({ type: 'done', cols }, transfer);
} catch (e) {
  parentPort!.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) });
} finally {
  closeSync(fd);
}
