// When the open set changes, the diagnosis is computed again in a worker thread (diagnosis-worker.ts) and pushed:
// changes that come in a burst (a folder's logs, a tail batch) are diagnosed once, after DEBOUNCE_MS of quiet; a
// newer request supersedes a run in flight (its worker is terminated, so its result never arrives and its CPU goes
// to the new run). The inputs are read on the API thread when a run starts: the pipeline logs' entries (a structured
// copy), or for a log kept as an index its columns, decoded by the worker; the other logs never leave the backend.
import { Worker } from 'node:worker_threads';
import type { DiagnosisResult } from '../../../shared/pipeline/diagnosis-types';
import { workerScriptBeside, type WorkerScript } from '../worker-script';
import { askWorker } from '../worker-reply';
import type { DiagnosisJob, DiagnosisLog, DiagnosisReply } from './diagnosis-worker';

/** Quiet time after the last change before the set is diagnosed again. */
const DEBOUNCE_MS = 300;
/** A set that never goes quiet (a busy tail) is still diagnosed this long after its first unserved change. */
const MAX_WAIT_MS = 2000;

export interface DiagnosisSchedulerOptions {
  /** The set as it is now: read when a run starts. */
  inputs: () => DiagnosisLog[];
  /** A run's result, only if no newer request came while it ran. */
  onResult: (result: DiagnosisResult) => void;
  onError: (message: string) => void;
  debounceMs?: number;
  /** Tests inject a slow or failing worker. */
  script?: WorkerScript;
}

/** One job on `worker`: its reply, or the worker's failure. */
async function runOn(worker: Worker, inputs: DiagnosisLog[]): Promise<DiagnosisReply> {
  const o = await askWorker<DiagnosisReply>(worker, { logs: inputs } satisfies DiagnosisJob);
  if ('reply' in o) return o.reply;
  return { type: 'error', message: 'error' in o ? o.error.message : `the diagnosis worker exited with code ${o.exitCode}` };
}

export class DiagnosisScheduler {
  private readonly script: WorkerScript;
  private timer: NodeJS.Timeout | null = null;
  /** The worker of the run in flight, if any: a run whose worker is no longer this one was superseded or disposed. */
  private busy: Worker | null = null;
  /** A worker kept between runs (starting one loads the rules and tables again). */
  private idle: Worker | null = null;
  private last: DiagnosisResult | null = null;
  /** When the oldest change not yet diagnosed came (null: none waiting). */
  private waitingSince: number | null = null;
  private disposed = false;

  constructor(private readonly opts: DiagnosisSchedulerOptions) {
    this.script = opts.script ?? workerScriptBeside(__dirname, 'diagnosis-worker');
  }

  /** The latest result pushed (a page that connects late is handed it). */
  latest(): DiagnosisResult | null {
    return this.last;
  }

  /** The latest result when nothing changed since it was computed; null while a change waits or runs. */
  current(): DiagnosisResult | null {
    return this.waitingSince === null && !this.timer && !this.busy ? this.last : null;
  }

  /** The set changed: diagnose it again once it is quiet; a run in flight is stale from now on. */
  request(): void {
    if (this.disposed) return;
    if (this.busy) {
      void this.busy.terminate();
      this.busy = null;
    }
    if (this.timer) clearTimeout(this.timer);
    const now = Date.now();
    this.waitingSince ??= now;
    const delay = Math.min(this.opts.debounceMs ?? DEBOUNCE_MS, Math.max(0, this.waitingSince + MAX_WAIT_MS - now));
    this.timer = setTimeout(() => void this.run(), delay).unref();
  }

  private async run(): Promise<void> {
    this.timer = null;
    let inputs: DiagnosisLog[];
    try {
      inputs = this.opts.inputs();
    } catch (e) {
      return this.opts.onError(e instanceof Error ? e.message : String(e));
    }
    const worker = this.idle ?? new Worker(this.script.file, { eval: this.script.eval });
    this.idle = null;
    worker.ref();
    this.busy = worker;
    const reply = await runOn(worker, inputs);
    if (this.busy !== worker) return; // superseded or disposed: its worker was terminated
    this.busy = null;
    if (reply.type === 'error') {
      void worker.terminate();
      return this.opts.onError(`the diagnosis failed: ${reply.message}`);
    }
    worker.unref();
    this.idle = worker;
    this.waitingSince = null;
    this.last = reply.result;
    this.opts.onResult(reply.result);
  }

  /** Stops the timer and every worker: nothing keeps the process alive afterwards. */
  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const w of [this.busy, this.idle]) if (w) void w.terminate();
    this.busy = this.idle = null;
  }
}
