// The diagnosis off the API thread: a worker thread runs the pure diagnose() on the set the backend hands it, so
// rows, search and tail keep answering while a big set is diagnosed. One job at a time; the scheduler terminates a
// worker whose job was superseded.
import { parentPort } from 'node:worker_threads';
import { diagnose } from '../../../shared/pipeline/diagnose';
import type { DiagnosisInput, DiagnosisResult } from '../../../shared/pipeline/diagnosis-types';

export interface DiagnosisJob {
  inputs: DiagnosisInput[];
}

export type DiagnosisReply = { type: 'done'; result: DiagnosisResult } | { type: 'error'; message: string };

parentPort?.on('message', (job: DiagnosisJob) => {
  let reply: DiagnosisReply;
  try {
    reply = { type: 'done', result: diagnose(job.inputs) };
  } catch (e) {
    reply = { type: 'error', message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  parentPort!.postMessage(reply);
});
