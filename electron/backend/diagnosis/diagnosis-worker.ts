// The diagnosis off the API thread: a worker thread runs the pure diagnose() on the set the backend hands it, so
// rows, search and tail keep answering while a big set is diagnosed. A log kept as an index comes as its files'
// columns and is decoded here, from the file, so the backend's thread neither decodes nor copies its entries. One job
// at a time; the scheduler terminates a worker whose job was superseded.
import { parentPort } from 'node:worker_threads';
import { EntryIndex, type EntryColumns } from '../../../shared/index/entry-index';
import type { LogShape } from '../../../shared/index/log-shape';
import type { LogEntry } from '../../../shared/model/log-entry';
import { diagnose } from '../../../shared/pipeline/diagnose';
import type { DiagnosisInput, DiagnosisResult } from '../../../shared/pipeline/diagnosis-types';
import { decodeEntries } from '../logs/log-store';

/** An indexed log's entries as the worker reads them: each file's columns, then the entries appended since. */
export interface IndexedEntries {
  /** `bytes`: a part held in memory (a zip entry), copied across; else read from `path`. */
  parts: { path: string; bytes?: Uint8Array; shape: LogShape; columns: EntryColumns }[];
  appended: readonly LogEntry[];
}

/** A log of the set as the worker gets it: its entries, or where to read them. */
export type DiagnosisLog = Omit<DiagnosisInput, 'entries'> & ({ entries: readonly LogEntry[] } | { indexed: IndexedEntries });

export interface DiagnosisJob {
  logs: DiagnosisLog[];
}

export type DiagnosisReply = { type: 'done'; result: DiagnosisResult } | { type: 'error'; message: string };

function inputOf(log: DiagnosisLog): DiagnosisInput {
  if ('entries' in log) return log;
  const { indexed, ...rest } = log;
  const read = indexed.parts.flatMap((p) =>
    decodeEntries({ path: p.path, bytes: p.bytes && Buffer.from(p.bytes.buffer, p.bytes.byteOffset, p.bytes.byteLength), shape: p.shape, index: EntryIndex.fromParts([p.columns]) }),
  );
  return { ...rest, entries: indexed.appended.length ? [...read, ...indexed.appended] : read };
}

parentPort?.on('message', (job: DiagnosisJob) => {
  let reply: DiagnosisReply;
  try {
    reply = { type: 'done', result: diagnose(job.logs.map(inputOf)) };
  } catch (e) {
    reply = { type: 'error', message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  parentPort!.postMessage(reply);
});
