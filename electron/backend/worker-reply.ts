// One job sent to a worker thread, and its answer or why none will come: its error (an uncaught throw, a heap
// overflow) or its exit. The listeners go with the answer, so a worker kept for the next job carries none of this one's.
import type { Worker } from 'node:worker_threads';

export type WorkerOutcome<T> = { reply: T } | { error: Error & { code?: string } } | { exitCode: number };

/** Posts `job`; resolves with the next message `accept` takes (stale or progress messages pass by), or the worker's failure. */
export function askWorker<T>(worker: Worker, job: unknown, accept: (m: T) => boolean = () => true): Promise<WorkerOutcome<T>> {
  return new Promise((resolve) => {
    const settle = (outcome: WorkerOutcome<T>): void => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      resolve(outcome);
    };
    const onMessage = (m: T): void => void (accept(m) && settle({ reply: m }));
    const onError = (error: Error): void => settle({ error });
    const onExit = (exitCode: number): void => settle({ exitCode });
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(job);
  });
}
