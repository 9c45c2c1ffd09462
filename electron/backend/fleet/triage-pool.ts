// Many clients at once: sets are triaged by N worker threads (default: one per core), one set per worker at a
// time, each worker's heap capped, so memory is bounded by N sets, not by the fleet. A worker that dies (a set
// too big for its heap) costs that set alone: it gets an unreadable record and a fresh worker takes the rest.
// Not the index's warm pool (index/worker-pool.ts): a triage owns its workers for its whole run and ends them.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { unreadableRecord, type SetRef } from '../../../shared/fleet/triage-record';
import { workerScriptBeside, type WorkerScript } from '../worker-script';
import { askWorker } from '../worker-reply';
import type { SetTriage } from './set-triage';
import type { TriageJob, TriageReply } from './triage-worker';

/** Heap of one worker: a client's pipeline logs parse to far less; what does not fit is not one client's logs. */
const WORKER_HEAP_MB = 1024;

export interface TriagePoolOptions {
  /** Worker threads (default: the machine's cores). */
  jobs?: number;
  /** Called as each set is done, in completion order; `index` is the set's place in the input. */
  onDone?: (index: number, t: SetTriage) => void;
  signal?: AbortSignal;
  /** Tests inject a worker that fails. */
  script?: WorkerScript;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** Set `id` triaged on `worker`: its record, or an unreadable one saying why the worker died. */
async function triageOn(worker: Worker, id: number, set: SetRef): Promise<{ triage: SetTriage; died: boolean }> {
  const o = await askWorker<TriageReply>(worker, { type: 'job', id, set } satisfies TriageJob, (m) => m.id === id);
  if ('reply' in o) return { triage: o.reply.triage, died: false };
  const why =
    'exitCode' in o
      ? `triage worker stopped (exit code ${o.exitCode})`
      : o.error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? `too big to triage: more than ${WORKER_HEAP_MB} MB of entries`
        : `triage failed: ${o.error.message}`;
  return { triage: { record: unreadableRecord(set, why), problems: [] }, died: true };
}

/** Resolves with one SetTriage per set, in the sets' order. Never rejects for a set's sake. */
export async function triageFleet(sets: readonly SetRef[], opts: TriagePoolOptions = {}): Promise<SetTriage[]> {
  const script = opts.script ?? workerScriptBeside(__dirname, 'triage-worker');
  const results: SetTriage[] = new Array(sets.length);
  let next = 0;
  /** One worker's run: the next set not yet taken, until none is left. */
  const lane = async (): Promise<void> => {
    let worker: Worker | null = null;
    while (next < sets.length) {
      const i = next++;
      let t: SetTriage;
      // Sets not started when the triage is cancelled are reported as not read: still one record per set.
      if (opts.signal?.aborted) t = { record: unreadableRecord(sets[i], 'triage cancelled'), problems: [] };
      else {
        worker ??= new Worker(script.file, { eval: script.eval, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
        const r = await triageOn(worker, i, sets[i]);
        if (r.died) {
          void worker.terminate();
          worker = null;
        }
        t = r.triage;
      }
      results[i] = t;
      opts.onDone?.(i, t);
    }
    void worker?.terminate();
  };
  await Promise.all(Array.from({ length: Math.min(opts.jobs ?? defaultJobs(), sets.length) }, lane));
  return results;
}
