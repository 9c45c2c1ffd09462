// Index workers kept warm between files: starting a worker (a fresh V8 isolate loading the indexer) costs ~70 ms
// here, a third of a 100 MiB file's whole index build. Idle workers are unref'd, so they never keep the process
// alive; a worker that fails or exits is dropped, never reused. Warm for a burst only: an idle worker never collects
// its garbage (each job leaves its scanner's memory, read buffers and the file's shared columns behind, ~15 MiB
// for a 50 MB log), so idle workers end IDLE_MS after their last job, or at once when logs close
// (endIdleIndexWorkers): the open/close soak's RSS swung by ~100 MiB while they lived.
import { Worker } from 'node:worker_threads';
import type { EntryColumns } from '../../../shared/index/entry-index';
import type { WorkerJob } from './index-worker';
import type { WorkerScript } from '../worker-script';
import { askWorker } from '../worker-reply';

/** At most this many idle workers are kept (one per core of the machines we target). */
const MAX_IDLE = 2;
/** How long a worker waits idle for the next file of a burst (a folder's big logs) before it ends. */
const IDLE_MS = 10_000;
const idle = new Map<string, Worker[]>();
/** Each idle worker's timer to end it. */
const retire = new Map<Worker, NodeJS.Timeout>();

type WorkerMessage = { type: 'progress'; done: number } | { type: 'done'; cols: EntryColumns } | { type: 'error'; message: string };

/** Run one index job on a pooled worker; `onProgress` gets the bytes done in the job's range. */
export async function runIndexJob(script: WorkerScript, job: WorkerJob, onProgress: (done: number) => void): Promise<EntryColumns> {
  const warm = idle.get(script.file)?.at(-1);
  const w = warm ? unlist(warm) : spawn(script);
  w.ref();
  const out = await askWorker<WorkerMessage>(w, { type: 'job', job }, (m) => {
    if (m.type !== 'progress') return true;
    onProgress(m.done);
    return false;
  });
  if (!('reply' in out)) {
    void w.terminate();
    throw 'error' in out ? out.error : new Error(`index worker exited with code ${out.exitCode}`);
  }
  release(script, w);
  const reply = out.reply as Exclude<WorkerMessage, { type: 'progress' }>;
  if (reply.type === 'error') throw new Error(reply.message);
  return reply.cols;
}

function spawn(script: WorkerScript): Worker {
  const w = new Worker(script.file, { eval: script.eval });
  // A worker that dies while idle must not be handed a job it would never answer.
  w.once('exit', () => void unlist(w));
  return w;
}

/** Takes an idle worker off the pool (it is ending, or was handed a job). */
function unlist(w: Worker): Worker {
  clearTimeout(retire.get(w));
  retire.delete(w);
  for (const list of idle.values()) {
    const at = list.indexOf(w);
    if (at !== -1) list.splice(at, 1);
  }
  return w;
}

function release(script: WorkerScript, w: Worker): void {
  const list = idle.get(script.file) ?? [];
  if (list.length >= MAX_IDLE) {
    void w.terminate();
    return;
  }
  w.unref();
  list.push(w);
  idle.set(script.file, list);
  retire.set(w, setTimeout(() => void unlist(w).terminate(), IDLE_MS).unref());
}

/** Ends every idle worker (logs closed: what their last jobs left goes back to the system); busy ones finish. */
export async function endIdleIndexWorkers(): Promise<void> {
  await Promise.all([...idle.values()].flat().map((w) => unlist(w).terminate()));
}

/** The idle workers (tests: to stop them behind the pool's back). */
export function idleWorkersForTest(): Worker[] {
  return [...idle.values()].flat();
}
