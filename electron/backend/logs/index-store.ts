// A big log kept as the columnar index of each of its files (one file, or every part of a rotated group: X.lo_
// then X.log), 21 bytes a row: fields from the columns, text decoded from the row's own bytes read by position
// when a row is shown or searched. Entries the tailer appends are kept parsed after the last part's rows.
import { readAtSync } from '../index/read-at';
import type { EntryIndex } from '../../../shared/index/entry-index';
import type { LogShape } from '../../../shared/index/log-shape';
import { entryOfRow, textOfRow } from '../../../shared/index/row-text';
import type { LogEntry } from '../../../shared/model/log-entry';
import type { StepId } from '../../../shared/pipeline/steps';
import type { LogKind } from '../../../shared/pipeline/log-kind';
import { tagEntry } from '../../../shared/pipeline/tag-steps';
import { MemoryStore, type IndexedRows, type LogStore, type RowMeta } from './log-store';
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

export class IndexStore implements LogStore {
  private readonly tail = new MemoryStore([], [], []);
  /** First row of each part (parts in file order, rows concatenated). */
  private starts: number[] = [];
  private indexed = 0;

  constructor(
    private parts: IndexedPart[],
    /** The pipeline log this is, if any: its rows' steps are tagged when read, not stored. */
    private readonly kind: LogKind | null,
    /** A pipeline log up to this size hands the diagnosis its entries, decoded from one read of each file. */
    private readonly diagnoseUpToBytes = 0,
  ) {
    this.replaceParts(parts);
  }

  /** Entries decoded for the diagnosis, kept until the index changes. */
  private decoded: LogEntry[] | null = null;

  /** Swap in bigger indexes of the same files (the full ones after the first rows). */
  replaceParts(parts: IndexedPart[]): void {
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
    return this.indexed + this.tail.count;
  }

  /** The part holding an indexed row (a handful of parts: a linear look). */
  private partOf(row: number): number {
    let k = this.starts.length - 1;
    while (k > 0 && this.starts[k] > row) k--;
    return k;
  }

  meta(row: number): RowMeta {
    if (row >= this.indexed) return this.tail.meta(row - this.indexed);
    const k = this.partOf(row);
    return this.parts[k].index.row(row - this.starts[k]);
  }
  instant(row: number, offsetOverride?: number | null): number | null {
    if (row >= this.indexed) return this.tail.instant(row - this.indexed, offsetOverride);
    // From the columns: merging or clocking millions of rows must not build a row object each.
    const k = this.partOf(row);
    const ix = this.parts[k].index;
    const r = row - this.starts[k];
    const t = offsetOverride === undefined || offsetOverride === null ? ix.instant(r) : ix.wall(r) - offsetOverride * 60_000;
    return Number.isNaN(t) ? null : t;
  }
  instants(offsetOverride?: number | null): Float64Array {
    const out = new Float64Array(this.count);
    this.parts.forEach((p, k) => p.index.instantsInto(out, this.starts[k], offsetOverride ?? null));
    for (let r = this.indexed; r < out.length; r++) out[r] = this.tail.instant(r - this.indexed, offsetOverride) ?? NaN;
    return out;
  }
  text(row: number): string {
    if (row >= this.indexed) return this.tail.text(row - this.indexed);
    const k = this.partOf(row);
    const p = this.parts[k];
    const r = row - this.starts[k];
    return textOfRow(p.shape.format, p.shape, readPart(p, p.index.offset(r), p.index.length(r)), p.index.line(r));
  }
  severityCode(row: number): number {
    if (row >= this.indexed) return this.tail.severityCode(row - this.indexed);
    const k = this.partOf(row);
    return this.parts[k].index.severityCode(row - this.starts[k]);
  }
  part(row: number): number {
    return row >= this.indexed ? this.tail.part(row - this.indexed) : this.parts[this.partOf(row)].part;
  }
  step(row: number): StepId | null {
    return row >= this.indexed ? this.tail.step(row - this.indexed) : (tagEntry(this.kind, this.text(row))?.step ?? null);
  }
  append(entries: readonly LogEntry[], part: number, steps: readonly (StepId | null)[]): void {
    this.tail.append(entries, part, steps);
  }
  indexedRows(): IndexedRows[] {
    return this.parts.map((p, k) => ({
      rowBase: this.starts[k],
      source: { index: p.index, shape: p.shape, readAt: (offset, length, into) => readPart(p, offset, length, into) },
    }));
  }
  /**
   * Every entry, for the diagnosis, when this is a pipeline log small enough (a WindowsUpdate.log of some tens of MiB
   * must not drop out of the diagnosis because it was indexed); null otherwise. One read of each file, then each row
   * decoded from its own bytes, as on screen.
   */
  allEntries(): readonly LogEntry[] | null {
    if (!this.diagnosed()) return null;
    this.decoded ??= this.parts.flatMap(decodeEntries);
    return this.tail.count ? [...this.decoded, ...this.tail.allEntries()] : this.decoded;
  }

  /** A pipeline log small enough for the diagnosis (see allEntries). */
  private diagnosed(): boolean {
    return this.kind !== null && this.parts.reduce((n, p) => n + indexedBytes(p.index), 0) <= this.diagnoseUpToBytes;
  }

  /**
   * What the diagnosis worker needs to read the same entries as allEntries() gives, without decoding them here: each
   * file's columns (a copy of ~21 bytes an entry crosses to the worker, which reads the text from the file, or from
   * a copy of the bytes of a part held in memory) and the entries the tailer appended since. Null where allEntries() is.
   */
  entrySource(): IndexedEntries | null {
    if (!this.diagnosed()) return null;
    return { parts: this.parts.map((p) => ({ path: p.path, bytes: p.bytes, shape: p.shape, columns: p.index.columnsView() })), appended: this.tail.allEntries() };
  }
  residentBytes(): number {
    return this.parts.reduce((n, p) => n + p.index.residentBytes(), 0);
  }
}
