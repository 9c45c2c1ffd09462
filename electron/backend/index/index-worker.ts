// Worker entry: index byte ranges of files and send the columns back (transferred, not copied). A worker serves
// job after job (worker-pool.ts keeps it warm); a job given as workerData runs at start-up.
import { closeSync, openSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { ColumnRegion } from '../../../shared/index/entry-index';
import type { LogShape } from '../../../shared/index/log-shape';
import { indexRange } from './index-range';

export interface WorkerJob {
  path: string;
  shape: LogShape;
  from: number;
  to: number;
  /** Shared flag: the indexing loop is synchronous, so a message could not reach it; 1 = stop. */
  cancel: Int32Array;
  /** The region of the file's shared columns this part writes its rows into (EntryIndex). */
  region?: ColumnRegion;
}

const PROGRESS_MS = 100;

function run(job: WorkerJob): void {
  let lastProgress = performance.now();
  let fd = -1;
  try {
    fd = openSync(job.path, 'r');
    const index = indexRange(fd, job.shape, job.from, job.to, {
      // Progress a few times a second is all a bar needs; a message per chunk costs both threads more.
      onChunk: (done) => {
        const now = performance.now();
        if (now - lastProgress < PROGRESS_MS) return;
        lastProgress = now;
        parentPort!.postMessage({ type: 'progress', done });
      },
      cancelled: () => Atomics.load(job.cancel, 0) === 1,
      region: job.region,
    });
    // Views, not copies: the buffers move to the main thread, which copies each part once into the whole index.
    const cols = index.columnsView();
    // Columns in the shared region are already the main thread's; a part that outgrew it moves its own.
    const transfer = [cols.offLo, cols.lines.step, cols.lines.mark, cols.wall, cols.severity, cols.zone, cols.component, cols.thread]
      .map((a) => a.buffer)
      .filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
    parentPort!.postMessage({ type: 'done', cols }, transfer);
  } catch (e) {
    parentPort!.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  } finally {
    if (fd !== -1) closeSync(fd);
  }
}

if (workerData) run(workerData as WorkerJob);
parentPort!.on('message', (m: { type: string; job: WorkerJob }) => {
  if (m.type === 'job') run(m.job);
});
