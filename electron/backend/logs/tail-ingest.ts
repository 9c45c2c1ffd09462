// What the live tail brings to an open log: appended entries (stored with their physical part, tagged with their
// pipeline step; a roll makes a new part and may drop indexed rows whose file is gone) and faults (the file or its
// folder gone, access denied), shown as the log's message until it reads again. LogService announces the results.
import { basename } from 'node:path';
import { logMessage, problem, sameMessage, type LogMessage } from '../../../shared/api/messages';
import { logKind } from '../../../shared/pipeline/log-kind';
import { tagEntry } from '../../../shared/pipeline/tag-steps';
import type { StepId } from '../../../shared/pipeline/steps';
import { rolledName, type TailBatch, type TailStatus } from '../tail/tail-service';
import { IndexStore } from './index-store';
import { MemoryStore } from './log-store';
import type { OpenLog } from './open-log';

/** Where the batch's rows start, and whether earlier rows moved (a roll dropped some): views then rebuild. */
export interface TailIngest {
  before: number;
  rowsMoved: boolean;
  /** The newest pipeline step in the batch: the pane showing this log follows it. */
  step?: StepId;
}

/** A tail fault: the log keeps what was read and says why no more comes; the message goes when it reads again. */
export function applyTailStatus(log: OpenLog, st: TailStatus): LogMessage | undefined {
  const was = log.tailFault;
  const messages = log.info.messages.filter((m) => !was || !sameMessage(m, was));
  log.tailFault = st.state === 'ok' || !st.problem ? undefined : logMessage(st.problem, log.info.name);
  if (log.tailFault) messages.push(log.tailFault);
  log.info = { ...log.info, messages };
  return log.tailFault;
}

/** Entries the writer appended: stored like the rest (with their physical part), tagged, announced. */
export function ingestTailBatch(log: OpenLog, b: TailBatch): TailIngest {
  const before = log.store.count;
  let rowsMoved = false;
  if (b.generation !== log.tailGeneration) {
    // A new incarnation of the file: the old one now lives at X.lo_ when rolled over; new rows are a new part.
    const parts = [...log.info.parts];
    if (b.reset === 'rotated') {
      parts[parts.length - 1] = rolledName(parts[parts.length - 1]);
      // Indexed rows are read from their file by position: the rolled file's move there, the replaced X.lo_'s go.
      if (log.store instanceof IndexStore) {
        const dropped = log.store.rolledOver(log.tailStart!.path, rolledName(log.tailStart!.path));
        if (dropped) {
          rowsMoved = true;
          const note = logMessage(problem('rolledAway', { rolled: basename(rolledName(log.tailStart!.path)), count: dropped }), log.info.name);
          log.info = { ...log.info, messages: [...log.info.messages, note] };
        }
      }
    }
    parts.push(log.tailStart!.path);
    log.info = { ...log.info, parts };
    log.tailGeneration = b.generation;
  }
  const part = log.info.parts.length - 1;
  // A log known by its entries' component (sampled from the first 500) may become known as entries arrive.
  const held = log.store.allEntries();
  const retagAll = held !== null && log.kind === null && held.length < 500 && (log.kind = logKind(log.info.name, [...held, ...b.entries], log.info.format)) !== null;
  const steps = b.entries.map((e) => tagEntry(log.kind, e.text)?.step ?? null);
  log.store.append(b.entries, part, steps);
  if (retagAll && log.store instanceof MemoryStore) log.store.retag(held.map((e) => tagEntry(log.kind, e.text)?.step ?? null));
  log.info = { ...log.info, entries: log.store.count, tailing: true };
  return { before, rowsMoved, step: steps.findLast((x) => x !== null) ?? undefined };
}
