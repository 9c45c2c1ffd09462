// Where a log's rows live: first the columnar index of each of a big log's files (one file, or every part of a rotated
// group: X.lo_ then X.log), 21 bytes a row, fields from the columns and text decoded from the row's own bytes read by
// position when a row is shown or searched; then parsed entries: every row of a small log, the tailer's appends after
// a big log's indexed rows. Views, search, filters, the clock and tail all go through this one class, so a parsed log
// and an indexed one answer the same API the same way.
import { readAtSync } from '../index/read-at';
import { SEVERITY_CODE, type EntryIndex } from '../../../shared/index/entry-index';
import type { LogShape } from '../../../shared/index/log-shape';
import { entryOfRow, textOfRow } from '../../../shared/index/row-text';
import type { LogSource } from '../../../shared/index/search';
import { instantMs, type LogEntry } from '../../../shared/model/log-entry';
import type { LogKind } from '../../../shared/pipeline/log-kind';
import type { StepId } from '../../../shared/pipeline/steps';
import { tagEntry } from '../../../shared/pipeline/tag-steps';
import type { IndexedEntries } from '../diagnosis/diagnosis-worker';

/** One indexed file of the log: on disk (read by position), or held in memory (a zip entry, a dropped file). */
export interface IndexedPart {
  /** The file on disk; for a part held in memory, its source (shown, never read). */
  path: string;
  /** The file's bytes when they live in memory: rows are views of them, nothing is decoded whole. */
  bytes?: Buffer;
  shape: LogShape;
  index: EntryIndex;
  /** Which of LogInfo.parts the file is. */
  part: number;
}

/** Rows rowBase… of a store held as one file's index (its `source.index.count` rows). */
export interface IndexedRows {
  rowBase: number;
  source: LogSource;
}

/** A row's fields without its text (cheap for an index: no file read). */
export type RowMeta = Omit<LogEntry, 'text'>;

/** A part's bytes at a position: a view of the bytes held in memory, or read from the file (same contract as readAtSync). */
function readPart(p: Pick<IndexedPart, 'path' | 'bytes'>, offset: number, length: number, into?: Uint8Array): Buffer {
  if (!p.bytes) return readAtSync(p.path, offset, length, into);
  const end = Math.min(p.bytes.length, offset + length);
  return p.bytes.subarray(Math.min(offset, end), end);
}

/** Bytes of the file the index covers (to its last complete entry). */
function indexedBytes(ix: EntryIndex): number {
  return ix.count ? ix.offset(ix.count - 1) + ix.length(ix.count - 1) : 0;
}

/**
 * Every entry of an indexed file, decoded from one read of it: what the diagnosis reads of a pipeline log kept as an
 * index (here for the CLI's diagnosis in process, in the diagnosis worker for the pushed one).
 */
export function decodeEntries(part: Pick<IndexedPart, 'path' | 'bytes' | 'shape' | 'index'>): LogEntry[] {
  const ix = part.index;
  const file = readPart(part, 0, indexedBytes(ix));
  return Array.from({ length: ix.count }, (_, r) => entryOfRow(ix, r, part.shape.format, part.shape, file.subarray(ix.offset(r), ix.offset(r) + ix.length(r))));
}

export class LogStore {
  /** Parsed rows (after the indexed ones), each with its part (index into LogInfo.parts) and its step tag. */
  private entries: LogEntry[] = [];
  private entryParts: number[] = [];
  private steps: (StepId | null)[] = [];
  /** First row of each indexed part (parts in file order, rows concatenated). */
  private starts: number[] = [];
  private indexed = 0;
  /** Entries decoded for the diagnosis, kept until the index changes. */
  private decoded: LogEntry[] | null = null;

  /** A log kept as the index of its files (none: an empty log, e.g. while its index is built). */
  constructor(
    private parts: IndexedPart[] = [],
    /** The pipeline log this is, if any: indexed rows' steps are tagged when read, not stored. */
    private readonly kind: LogKind | null = null,
    /** A pipeline log up to this size hands the diagnosis its entries, decoded from one read of each file. */
    private readonly diagnoseUpToBytes = 0,
  ) {
    this.replaceParts(parts);
  }

  /** A small log parsed whole: every row in memory, with its part and its step tag. */
  static parsed(entries: LogEntry[], parts: number[], steps: (StepId | null)[]): LogStore {
    const s = new LogStore();
    [s.entries, s.entryParts, s.steps] = [entries, parts, steps];
    return s;
  }

  private replaceParts(parts: IndexedPart[]): void {
    this.parts = parts;
    this.starts = [];
    let n = 0;
    for (const p of parts) {
      this.starts.push(n);
      n += p.index.count;
    }
    this.indexed = n;
    this.decoded = null;
  }

  /**
   * The writer rolled `livePath` over (X.log → X.lo_, replacing the X.lo_ there). A part indexed from the live
   * file is read from `rolledPath` now; a part indexed from the X.lo_ that was replaced is gone from disk, so its
   * rows are dropped (reading them by position would show the new file's bytes). Returns how many rows were dropped.
   */
  rolledOver(livePath: string, rolledPath: string): number {
    const gone = this.parts.filter((p) => p.path === rolledPath);
    const dropped = gone.reduce((n, p) => n + p.index.count, 0);
    for (const p of this.parts) if (p.path === livePath) p.path = rolledPath;
    if (gone.length) this.replaceParts(this.parts.filter((p) => !gone.includes(p)));
    return dropped;
  }

  get count(): number {
    return this.indexed + this.entries.length;
  }

  /** Kept as an index (its rows' step tags are not held: an indexed log would have to read every row's text). */
  get isIndexed(): boolean {
    return this.parts.length > 0;
  }

  /** The part holding an indexed row (a handful of parts: a linear look). */
  private partOf(row: number): number {
    let k = this.starts.length - 1;
    while (k > 0 && this.starts[k] > row) k--;
    return k;
  }

  meta(row: number): RowMeta {
    if (row >= this.indexed) return this.entries[row - this.indexed];
    const k = this.partOf(row);
    return this.parts[k].index.row(row - this.starts[k]);
  }
  /** The row's instant (ms), with `offsetOverride` (minutes) instead of its own offset when given; null: no time. */
  instant(row: number, offsetOverride?: number | null): number | null {
    if (row >= this.indexed) return instantMs(this.entries[row - this.indexed], offsetOverride);
    // From the columns: merging or clocking millions of rows must not build a row object each.
    const k = this.partOf(row);
    const t = this.parts[k].index.instant(row - this.starts[k], offsetOverride ?? null);
    return Number.isNaN(t) ? null : t;
  }
  /** Every row's instant at once (NaN: no time), as instant() gives them. */
  instants(offsetOverride?: number | null): Float64Array {
    const out = new Float64Array(this.count);
    this.parts.forEach((p, k) => p.index.instantsInto(out, this.starts[k], offsetOverride ?? null));
    for (let r = this.indexed; r < out.length; r++) out[r] = instantMs(this.entries[r - this.indexed], offsetOverride) ?? NaN;
    return out;
  }
  text(row: number): string {
    if (row >= this.indexed) return this.entries[row - this.indexed].text;
    const k = this.partOf(row);
    const p = this.parts[k];
    const r = row - this.starts[k];
    return textOfRow(p.shape.format, p.shape, readPart(p, p.index.offset(r), p.index.length(r)), p.index.line(r));
  }
  /** The row's severity as SEVERITY_CODE (0 info, 1 warning, 2 error): from the column, no row object (timeline, marks). */
  severityCode(row: number): number {
    if (row >= this.indexed) return SEVERITY_CODE[this.entries[row - this.indexed].severity];
    const k = this.partOf(row);
    return this.parts[k].index.severityCode(row - this.starts[k]);
  }
  /** Index into LogInfo.parts of the physical file the row comes from. */
  part(row: number): number {
    return row >= this.indexed ? this.entryParts[row - this.indexed] : this.parts[this.partOf(row)].part;
  }
  step(row: number): StepId | null {
    return row >= this.indexed ? (this.steps[row - this.indexed] ?? null) : (tagEntry(this.kind, this.text(row))?.step ?? null);
  }
  /** Entries the tailer delivered, from part `part`, with their step tags. */
  append(entries: readonly LogEntry[], part: number, steps: readonly (StepId | null)[]): void {
    for (let i = 0; i < entries.length; i++) {
      this.entries.push(entries[i]);
      this.entryParts.push(part);
      this.steps.push(steps[i] ?? null);
    }
  }
  /** Re-tag every parsed row (the log's kind became known from its components). */
  retag(steps: (StepId | null)[]): void {
    this.steps = steps;
  }
  /** The raw-byte views of the indexed rows, for filtering and searching without decoding them. */
  indexedRows(): IndexedRows[] {
    return this.parts.map((p, k) => ({
      rowBase: this.starts[k],
      source: { index: p.index, shape: p.shape, readAt: (offset, length, into) => readPart(p, offset, length, into) },
    }));
  }
  /**
   * Every entry, for the diagnosis: a parsed log's; an indexed pipeline log's when small enough (a WindowsUpdate.log of
   * some tens of MiB must not drop out of the diagnosis because it was indexed), one read of each file, then each row
   * decoded from its own bytes, as on screen; null otherwise.
   */
  allEntries(): readonly LogEntry[] | null {
    if (!this.isIndexed) return this.entries;
    if (!this.diagnosed()) return null;
    this.decoded ??= this.parts.flatMap(decodeEntries);
    return this.entries.length ? [...this.decoded, ...this.entries] : this.decoded;
  }

  /** A pipeline log small enough for the diagnosis (see allEntries). */
  private diagnosed(): boolean {
    return this.kind !== null && this.parts.reduce((n, p) => n + indexedBytes(p.index), 0) <= this.diagnoseUpToBytes;
  }

  /**
   * What the diagnosis worker reads, the same entries as allEntries() without decoding them here: a parsed log's
   * entries; an indexed one's files' columns (a copy of ~21 bytes an entry crosses to the worker, which reads the text
   * from the file, or from a copy of the bytes of a part held in memory) and the entries the tailer appended since.
   * Null where allEntries() is.
   */
  diagnosisSource(): { entries: readonly LogEntry[] } | { indexed: IndexedEntries } | null {
    if (!this.isIndexed) return { entries: this.entries };
    if (!this.diagnosed()) return null;
    return { indexed: { parts: this.parts.map((p) => ({ path: p.path, bytes: p.bytes, shape: p.shape, columns: p.index.columnsView() })), appended: this.entries } };
  }
}
