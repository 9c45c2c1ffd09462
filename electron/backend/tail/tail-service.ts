// Live tail of one log file: appended entries within a fraction of a second, on local disks (fs.watch) and on
// SMB/UNC shares where change notifications are unreliable (a poll every 250 ms as well), through the writer's
// rotation, truncation and re-creation, with no entry lost or shown twice.
//
// How (klogg's habit): the first bytes of the file (its head) and its inode are remembered. On each check:
//  - same head, same inode, bigger: appended → read [pos, size);
//  - different inode or head: replaced. If the old file was renamed X.log → X.lo_ (ConfigMgr's rollover), the
//    rest of it is read from X.lo_ first, then the new X.log from 0;
//  - same file, smaller than what was read: truncated in place → read from 0.
// Never locks the file: each look opens it read-only, reads by position and closes it again. On Windows Node
// opens files with FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, so the writer can keep writing,
// renaming and deleting it while we read.
// A partially written last entry is held (the indexer does not consume it) until it is complete: for CMTrace
// until `]LOG]!><…>` and its line end close it, for line formats until the newline.
// Faults (the file deleted and not re-created, its folder or share gone, permission denied, a read error) are
// reported once through onStatus, never thrown out of a timer; what was read stays, the poll goes on at its pace,
// and when the file comes back the tail resumes (the same file: where it stopped; another: as a new generation).
import { watch, type FSWatcher } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { problem, type Problem } from '../../../shared/api/messages';
import type { ChunkIndexer } from '../../../shared/index/chunk-indexer';
import { EntryIndex } from '../../../shared/index/entry-index';
import { indexerFor } from '../../../shared/index/indexer-for';
import { bomLength, toUnits } from '../../../shared/index/log-encoding';
import { detectEncoding } from '../../../shared/formats/encoding';
import { HEAD_BYTES, sniffLog, type LogShape } from '../../../shared/index/log-shape';
import { entryOfRow } from '../../../shared/index/row-text';
import type { LogEntry } from '../../../shared/model/log-entry';
import { readHandleAt } from '../index/read-at';

/** Bytes of the head compared to tell an append from a replacement. */
const HEAD_DIGEST_BYTES = 1024;
const READ_CHUNK = 8 << 20;
/** Quiet time after which a line format's last entry is taken as complete (see releaseQuiet). */
const QUIET_MS = 150;
/** A missing file is reported only after this long: a rollover leaves X.log missing for a moment. */
const GONE_GRACE_MS = 1000;

/** Why the tail cannot read the file now; 'ok' when it reads again. */
export type TailState = 'ok' | 'gone' | 'folder-gone' | 'denied' | 'failed';

export interface TailStatus {
  state: TailState;
  /** Why, as a message about the file (none for 'ok'). */
  problem?: Problem;
}

export interface TailBatch {
  /** Which incarnation of the file the entries come from (0, then +1 on each rotation, truncation or re-creation). */
  generation: number;
  /** Why a new generation started, on its first batch. */
  reset?: 'rotated' | 'truncated' | 'replaced';
  entries: LogEntry[];
}

export interface TailOptions {
  pollMs?: number;
  /** Byte offset to start at: where the initial read (parse or index) stopped. */
  startAt: number;
  /** Line number of the line at startAt (default 1). */
  startLine?: number;
  /** The log's shape if already known (else sniffed from the head). */
  shape?: LogShape;
  onBatch: (b: TailBatch) => void;
  /** The tail's state when it changes (a fault, or reading again after one). Never called from inside a throw. */
  onStatus?: (s: TailStatus) => void;
  /** Opens the file read-only (tests inject faults here; default fs/promises open). */
  openFile?: (path: string) => Promise<FileHandle>;
}

interface Generation {
  ino: number;
  head: Buffer;
  /** File offset up to which the indexer consumed (the rest is an incomplete entry, fed again next time). */
  pos: number;
  /** Bytes kept in memory from keepBase: every row not emitted yet lies there (even after the file is gone). */
  keep: Buffer;
  keepBase: number;
  indexer: ChunkIndexer;
  index: EntryIndex;
  emitted: number;
  /** Read to its end and flushed (rotated away, truncated or deleted). */
  done: boolean;
  /** When the file last grew, and the size at which a quiet line-format entry was last let out. */
  grewAt: number;
  releasedAt: number;
}

/** ConfigMgr's rollover name: WUAHandler.log → WUAHandler.lo_. */
export function rolledName(path: string): string {
  return join(dirname(path), basename(path).slice(0, -1) + '_');
}

export class FileTailer {
  private gen: Generation | null = null;
  private generation = 0;
  private shape: LogShape | null;
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private again = false;
  private stopped = false;
  private pendingReset: TailBatch['reset'];
  /** 'ok' unless a fault is being reported. */
  status: TailState = 'ok';
  /** Since when the file has been missing (for GONE_GRACE_MS), or 0. */
  private missingSince = 0;

  constructor(
    readonly path: string,
    private readonly opts: TailOptions,
  ) {
    this.shape = opts.shape ?? null;
  }

  /** Never rejects: a file that cannot be read at start is a fault like any other, and the poll waits for it. */
  async start(): Promise<void> {
    this.running = true;
    await this.guardedCheck();
    this.running = false;
    this.rewatch();
    this.timer = setInterval(() => this.kick(), this.opts.pollMs ?? 250);
    this.timer.unref?.();
  }

  stop(): void {
    this.stopped = true;
    this.unwatch();
    if (this.timer) clearInterval(this.timer);
  }

  /** A directory watch also sees the rename and re-creation of the file. Unreliable on SMB: the poll stays. */
  private rewatch(): void {
    this.unwatch();
    if (this.stopped) return;
    try {
      const stem = basename(this.path).slice(0, -1);
      const w = watch(dirname(this.path), { persistent: false }, (_ev, name) => {
        if (!name || String(name).startsWith(stem)) this.kick();
      });
      // A watch on a folder that goes away errors or falls silent: drop it; the poll notices, and rewatches.
      w.on('error', () => {
        w.close();
        if (this.watcher === w) this.watcher = null;
      });
      this.watcher = w;
    } catch {
      this.watcher = null;
    }
  }

  private unwatch(): void {
    this.watcher?.close();
    this.watcher = null;
  }

  /** Run a check now (coalesced: one at a time, one more if asked meanwhile). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    void this.guardedCheck().finally(() => {
      this.running = false;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  /** One check whose every failure becomes a status: nothing escapes into a timer or an unhandled rejection. */
  private async guardedCheck(): Promise<void> {
    try {
      await this.check();
    } catch (e) {
      await this.setFault(e).catch(() => undefined);
    }
  }

  private async setFault(e: unknown): Promise<void> {
    const code = (e as NodeJS.ErrnoException | null)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      this.missingSince ||= Date.now();
      if (Date.now() - this.missingSince < GONE_GRACE_MS) return;
      const folderGone = await stat(dirname(this.path)).then((s) => !s.isDirectory(), () => true);
      if (folderGone) return this.report('folder-gone', problem('tailFolderGone'));
      return this.report('gone', problem('tailFileGone'));
    }
    this.missingSince = 0;
    if (code === 'EACCES' || code === 'EPERM') return this.report('denied', problem('tailDenied'));
    const why = e instanceof Error ? e.message : String(e);
    this.report('failed', problem('tailFailed', { why }));
  }

  private report(state: TailState, why?: Problem): void {
    const was = this.status;
    this.status = state;
    if (state === 'ok') this.missingSince = 0;
    if (state === was) return;
    // A folder that went away and came back is a new folder: watch it anew.
    if (was === 'folder-gone' && state === 'ok') this.rewatch();
    if (state === 'folder-gone') this.unwatch();
    try {
      this.opts.onStatus?.({ state, ...(why ? { problem: why } : {}) });
    } catch {
      // A listener's failure must not stop the tail.
    }
  }

  private async check(): Promise<void> {
    // One handle per look: stat, head and new bytes all come from the same file, even if the writer renames it
    // meanwhile (a path-based stat then read could mix two files).
    let fh: FileHandle;
    const g = this.gen;
    try {
      fh = await (this.opts.openFile ?? ((p: string) => open(p, 'r')))(this.path);
    } catch (e) {
      // Renamed away and not re-created yet: drain the rolled file now, then wait for the new one.
      if (g && !g.done && (await this.drainRolled(g))) this.pendingReset = 'rotated';
      throw e;
    }
    // Readable (again): said before any rows it brings.
    this.report('ok');
    try {
      const st = await fh.stat();
      const head = await readHandleAt(fh, 0, Math.min(st.size, HEAD_DIGEST_BYTES));
      if (!g) {
        this.gen = await this.newGeneration(fh, st.ino, head, this.opts.startAt, this.opts.startLine ?? 1);
        await this.readNew(fh, st.size);
        return;
      }
      const n = Math.min(head.length, g.head.length);
      const sameHead = head.subarray(0, n).equals(g.head.subarray(0, n));
      const readTo = g.keepBase + g.keep.length;
      if (!g.done && st.ino === g.ino && sameHead && st.size >= readTo) {
        if (head.length > g.head.length) g.head = head;
        if (st.size > readTo) await this.readNew(fh, st.size);
        else this.releaseQuiet(g, readTo);
        return;
      }
      if (g.done && st.ino === g.ino) return; // the rolled generation, seen again before the new file exists
      // Replaced, rotated or truncated: finish the old generation, then read the new file from its start.
      let reason: TailBatch['reset'] = this.pendingReset ?? 'replaced';
      if (!g.done) {
        if (st.ino === g.ino) reason = 'truncated';
        else if (await this.drainRolled(g)) reason = 'rotated';
        this.finish(g);
      }
      this.generation++;
      this.gen = await this.newGeneration(fh, st.ino, head, 0, 1);
      this.pendingReset = reason;
      await this.readNew(fh, st.size);
    } finally {
      await fh.close();
    }
  }

  /**
   * Line formats (SMS, WindowsUpdate, CBS…) end an entry only when the next one starts, so the last entry would
   * wait for the next write. Once the file has been quiet for QUIET_MS with only whole lines held, let it out and
   * go on with a fresh parser: a continuation line written later becomes an entry of its own (never a duplicate).
   * CMTrace entries are never let out early: `]LOG]!>` says when they are complete.
   */
  private releaseQuiet(g: Generation, readTo: number): void {
    const shape = this.shape!;
    if (shape.format === 'cmtrace' || g.releasedAt === readTo || Date.now() - g.grewAt < QUIET_MS) return;
    const rest = g.keep.subarray(g.pos - g.keepBase);
    if (rest.length > 0 && rest[rest.length - 1] !== 10) return; // a partial line: wait for its LF
    g.releasedAt = readTo;
    const next = g.indexer.nextLine;
    g.indexer.feed(toUnits(rest, shape.encoding), g.pos, true);
    this.emit(g);
    g.pos = readTo;
    g.indexer = indexerFor(shape.format, g.index, shape.unitSize, Math.max(next, g.indexer.nextLine));
  }

  /** If the generation now lives at X.lo_ (same inode, or same head), read its rest and flush. True if found. */
  private async drainRolled(g: Generation): Promise<boolean> {
    const fh = await open(rolledName(this.path), 'r').catch(() => null);
    if (!fh) return false;
    try {
      const st = await fh.stat();
      if (st.ino !== g.ino) {
        const head = await readHandleAt(fh, 0, g.head.length);
        if (!head.equals(g.head)) return false;
      }
      await this.readNew(fh, st.size);
      this.finish(g);
      return true;
    } finally {
      await fh.close();
    }
  }

  /** No more bytes will come for this generation: what is held is complete as it stands. */
  private finish(g: Generation): void {
    if (g.done) return;
    g.done = true;
    g.indexer.feed(toUnits(g.keep.subarray(g.pos - g.keepBase), this.shape!.encoding), g.pos, true);
    this.emit(g);
  }

  private async newGeneration(fh: FileHandle, ino: number, head: Buffer, pos: number, line: number): Promise<Generation> {
    if (!this.shape) this.shape = sniffLog(await readHandleAt(fh, 0, HEAD_BYTES), this.path);
    const index = new EntryIndex();
    // Each incarnation of the file may or may not start with a BOM (a re-created file may lack its predecessor's).
    const start = Math.max(pos, bomLength(detectEncoding(head), head));
    return {
      ino,
      head,
      pos: start,
      keep: Buffer.alloc(0),
      keepBase: start,
      indexer: indexerFor(this.shape.format, index, this.shape.unitSize, line),
      index,
      emitted: 0,
      done: false,
      grewAt: Date.now(),
      releasedAt: -1,
    };
  }

  /** Read what `file` has past the kept bytes, feed the indexer from its position, emit complete entries. */
  private async readNew(file: FileHandle, size: number): Promise<void> {
    const g = this.gen!;
    const us = this.shape!.unitSize;
    let readTo = g.keepBase + g.keep.length;
    while (readTo < size) {
      const fresh = await readHandleAt(file, readTo, Math.min(size - readTo, READ_CHUNK));
      if (fresh.length === 0) break;
      g.keep = g.keep.length ? Buffer.concat([g.keep, fresh]) : fresh;
      readTo += fresh.length;
      g.grewAt = Date.now();
      const from = g.pos - g.keepBase;
      const avail = g.keep.length - from;
      const units = toUnits(g.keep.subarray(from, from + avail - (avail % us)), this.shape!.encoding);
      g.pos += g.indexer.feed(units, g.pos, false) * us;
      this.emit(g);
      // Keep only what rows still to come may need.
      const keepFrom = Math.min(g.pos, g.index.count ? g.index.endOffset : g.keepBase);
      if (keepFrom > g.keepBase) {
        g.keep = Buffer.from(g.keep.subarray(keepFrom - g.keepBase));
        g.keepBase = keepFrom;
      }
    }
  }

  private emit(g: Generation): void {
    const n = g.index.count;
    if (n === g.emitted) return;
    const shape = this.shape!;
    const entries: LogEntry[] = [];
    for (let r = g.emitted; r < n; r++) {
      const o = g.index.offset(r) - g.keepBase;
      entries.push(entryOfRow(g.index, r, shape.format, shape, g.keep.subarray(o, o + g.index.length(r))));
    }
    g.emitted = n;
    const reset = this.pendingReset;
    this.pendingReset = undefined;
    this.opts.onBatch({ generation: this.generation, reset, entries });
  }
}
