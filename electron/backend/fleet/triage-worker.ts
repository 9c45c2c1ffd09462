// Worker entry: triage one client's set per message and send back its record (a few hundred bytes). The set's
// bytes, entries and diagnosis live and die in this thread, so the main thread's memory stays flat however many
// clients a fleet has (triage-pool.ts).
import { parentPort } from 'node:worker_threads';
import { unreadableRecord, type SetRef } from '../../../shared/fleet/triage-record';
import { triageSet, type SetTriage } from './set-triage';

export interface TriageJob {
  type: 'job';
  id: number;
  set: SetRef;
}

export interface TriageReply {
  type: 'done';
  id: number;
  triage: SetTriage;
}

parentPort!.on('message', (m: TriageJob) => {
  // Never throws: whatever breaks while reading a set makes it unreadable, with the reason.
  void triageSet(m.set)
    .catch((e: unknown): SetTriage => ({ record: unreadableRecord(m.set, e instanceof Error ? e.message : String(e)), problems: [] }))
    .then((triage) => parentPort!.postMessage({ type: 'done', id: m.id, triage } satisfies TriageReply));
});
