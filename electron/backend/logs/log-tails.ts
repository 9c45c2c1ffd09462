// The live tails of the open logs, and what they bring: one FileTailer per log whose current part is a file on disk.
// Appended entries are stored like the rest (with their physical part, tagged with their pipeline step; a roll makes
// a new part and may drop indexed rows whose file is gone). A fault (the file or its folder gone, access denied) is
// the log's message until it reads again, passed on at once, paused or not: it is news for the user, not rows. While
// paused (CMTrace's Ctrl+U) the tailers keep reading and their batches wait here, so resuming loses nothing and no
// byte position has to be remembered.
import type { FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import { logMessage, problem, sameMessage, type LogMessage } from '../../../shared/api/messages';
import type { LogShape } from '../../../shared/index/log-shape';
import { logKind } from '../../../shared/pipeline/log-kind';
import type { StepId } from '../../../shared/pipeline/steps';
import { tagEntry } from '../../../shared/pipeline/tag-steps';
import { FileTailer, rolledName, type TailBatch, type TailStatus } from '../tail/tail-service';
import type { OpenLog } from './open-log';

/** Where live tail takes over from a log's initial read. */
export interface TailStart {
  path: string;
  startAt: number;
  startLine: number;
  shape: LogShape;
}

/** What a batch did to its log: rows from `before` on are new; `rowsMoved`: a roll dropped earlier rows (views rebuild). */
export interface TailIngest {
  before: number;
  rowsMoved: boolean;
  entries: number;
  /** The newest pipeline step in the batch: the pane showing this log follows it. */
  step?: StepId;
}

export interface TailListener {
  appended(log: OpenLog, batch: TailIngest): void;
  /** The log's tail fault came (its message) or went (undefined). */
  status(log: OpenLog, fault: LogMessage | undefined): void;
}

export class LogTails {
  private readonly tailers = new Map<OpenLog, FileTailer>();
  private readonly held: { log: OpenLog; batch: TailBatch }[] = [];
  private paused = false;

  constructor(
    private readonly on: TailListener,
    private readonly pollMs = 250,
    /** How tailers open files (default: read-only fs open; tests inject a share that drops). */
    private readonly openFile?: (path: string) => Promise<FileHandle>,
  ) {}

  /** Follows the log from where its initial read ended; a log without a tailStart is not tailed. */
  async start(log: OpenLog): Promise<void> {
    const s = log.tailStart;
    if (!s) return;
    log.info = { ...log.info, tailing: true };
    const t = new FileTailer(s.path, {
      pollMs: this.pollMs,
      startAt: s.startAt,
      startLine: s.startLine,
      shape: s.shape,
      openFile: this.openFile,
      onBatch: (batch) => {
        if (!this.tailers.has(log)) return;
        if (this.paused) this.held.push({ log, batch });
        else this.deliver(log, batch);
      },
      onStatus: (status) => {
        if (this.tailers.has(log)) this.on.status(log, applyTailStatus(log, status));
      },
    });
    this.tailers.set(log, t);
    await t.start();
  }

  setPaused(paused: boolean): void {
    this.paused = paused;
    if (paused) return;
    for (const h of this.held.splice(0)) if (this.tailers.has(h.log)) this.deliver(h.log, h.batch);
  }

  stop(log: OpenLog): void {
    this.tailers.get(log)?.stop();
    this.tailers.delete(log);
  }

  stopAll(): void {
    for (const log of [...this.tailers.keys()]) this.stop(log);
    this.held.length = 0;
  }

  private deliver(log: OpenLog, batch: TailBatch): void {
    if (batch.entries.length) this.on.appended(log, ingestTailBatch(log, batch));
  }
}

/** A tail fault: the log keeps what was read and says why no more comes; the message goes when it reads again. */
function applyTailStatus(log: OpenLog, st: TailStatus): LogMessage | undefined {
  const was = log.tailFault;
  const messages = log.info.messages.filter((m) => !was || !sameMessage(m, was));
  log.tailFault = st.state === 'ok' || !st.problem ? undefined : logMessage(st.problem, log.info.name);
  if (log.tailFault) messages.push(log.tailFault);
  log.info = { ...log.info, messages };
  return log.tailFault;
}

/** Entries the writer appended: stored like the rest (with their physical part), tagged. */
function ingestTailBatch(log: OpenLog, b: TailBatch): TailIngest {
  const before = log.store.count;
  let rowsMoved = false;
  const live = log.tailStart!.path;
  if (b.generation !== log.tailGeneration) {
    // A new incarnation of the file: the old one now lives at X.lo_ when rolled over; new rows are a new part.
    const parts = [...log.info.parts];
    if (b.reset === 'rotated') {
      parts[parts.length - 1] = rolledName(parts[parts.length - 1]);
      // Indexed rows are read from their file by position: the rolled file's move there, the replaced X.lo_'s go.
      const dropped = log.store.rolledOver(live, rolledName(live));
      if (dropped) {
        rowsMoved = true;
        const note = logMessage(problem('rolledAway', { rolled: basename(rolledName(live)), count: dropped }), log.info.name);
        log.info = { ...log.info, messages: [...log.info.messages, note] };
      }
    }
    parts.push(live);
    log.info = { ...log.info, parts };
    log.tailGeneration = b.generation;
  }
  const part = log.info.parts.length - 1;
  // A log known by its entries' component (sampled from the first 500) may become known as entries arrive. Only a
  // log of unknown kind asks for its entries: for an indexed pipeline log that would decode (then copy) every row.
  const held = log.kind === null ? log.store.allEntries() : null;
  const retagAll = held !== null && held.length < 500 && (log.kind = logKind(log.info.name, [...held, ...b.entries], log.info.format)) !== null;
  const steps = b.entries.map((e) => tagEntry(log.kind, e.text)?.step ?? null);
  log.store.append(b.entries, part, steps);
  if (retagAll) log.store.retag(held.map((e) => tagEntry(log.kind, e.text)?.step ?? null));
  log.info = { ...log.info, entries: log.store.count };
  return { before, rowsMoved, entries: b.entries.length, step: steps.findLast((x) => x !== null) ?? undefined };
}
