// Many clients at once: sets are triaged by N worker threads (default: one per core), one set per worker at a
// time, each worker's heap capped, so memory is bounded by N sets, not by the fleet. A worker that dies (a set
// too big for its heap) costs that set alone: it gets an unreadable record and a fresh worker takes the rest.
// Not the index's warm pool (index/worker-pool.ts): a triage owns its workers for its whole run and ends them.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { unreadableRecord, type SetRef } from '../../../shared/fleet/triage-record';
import { workerScriptBeside, type WorkerScript } from '../worker-script';
import type { SetTriage } from './set-triage';
import type { TriageJob } from './triage-worker';

/** Heap of one worker: a client's pipeline logs parse to far less; what does not fit is not one client's logs. */
const WORKER_HEAP_MB = 1024;

export interface TriagePoolOptions {
  /** Worker threads (default: the machine's cores). */
  jobs?: number;
  heapMb?: number;
  /** Called as each set is done, in completion order; `index` is the set's place in the input. */
  onDone?: (index: number, t: SetTriage) => void;
  signal?: AbortSignal;
  /** Tests inject a worker that fails. */
  script?: WorkerScript;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

type Reply = { type: 'done'; id: number; triage: SetTriage };

/** Resolves with one SetTriage per set, in the sets' order. Never rejects for a set's sake. */
export function triageFleet(sets: readonly SetRef[], opts: TriagePoolOptions = {}): Promise<SetTriage[]> {
  const script = opts.script ?? workerScriptBeside(__dirname, 'triage-worker');
  const jobs = Math.max(1, Math.min(opts.jobs ?? defaultJobs(), sets.length || 1));
  const results: SetTriage[] = new Array(sets.length);
  let next = 0;
  let finished = 0;
  const workers = new Set<Worker>();

  return new Promise((resolve) => {
    if (sets.length === 0) return resolve([]);
    const stopAll = (): void => {
      for (const w of workers) void w.terminate();
      workers.clear();
    };
    const complete = (i: number, t: SetTriage): void => {
      results[i] = t;
      finished++;
      opts.onDone?.(i, t);
      if (finished === sets.length) {
        stopAll();
        resolve(results);
      }
    };
    const aborted = (): boolean => {
      if (!opts.signal?.aborted) return false;
      // Sets not started are reported as not read, so the caller still has one record per set.
      while (next < sets.length) {
        const i = next++;
        complete(i, { record: unreadableRecord(sets[i], 'triage cancelled'), problems: [] });
      }
      return true;
    };
    const start = (): void => {
      const w = new Worker(script.file, { eval: script.eval, resourceLimits: { maxOldGenerationSizeMb: opts.heapMb ?? WORKER_HEAP_MB } });
      workers.add(w);
      let current = -1;
      const feed = (): void => {
        if (aborted() || next >= sets.length) {
          workers.delete(w);
          void w.terminate();
          return;
        }
        current = next++;
        w.postMessage({ type: 'job', id: current, set: sets[current] } satisfies TriageJob);
      };
      w.on('message', (m: Reply) => {
        if (m.id !== current) return;
        current = -1;
        complete(m.id, m.triage);
        feed();
      });
      const died = (why: string): void => {
        if (!workers.has(w)) return;
        workers.delete(w);
        void w.terminate();
        if (current !== -1) {
          const i = current;
          current = -1;
          complete(i, { record: unreadableRecord(sets[i], why), problems: [] });
        }
        if (next < sets.length) start();
      };
      w.on('error', (e: Error & { code?: string }) =>
        died(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `too big to triage: more than ${opts.heapMb ?? WORKER_HEAP_MB} MB of entries` : `triage failed: ${e.message}`),
      );
      w.on('exit', (code) => died(`triage worker stopped (exit code ${code})`));
      feed();
    };
    for (let k = 0; k < jobs; k++) start();
  });
}
