// A big log kept as its columnar index (24 bytes a row): fields from the columns, text decoded from the row's own
// bytes read by position when a row is shown or searched. Entries the tailer appends are kept parsed after it.
import { readAtSync } from '../index/read-at';
import type { EntryIndex } from '../../../shared/index/entry-index';
import type { LogShape } from '../../../shared/index/log-shape';
import { entryOfRow, textOfRow } from '../../../shared/index/row-text';
import type { LogEntry } from '../../../shared/model/log-entry';
import type { StepId } from '../../../shared/pipeline/steps';
import type { LogKind } from '../../../shared/pipeline/log-kind';
import { tagEntry } from '../../../shared/pipeline/tag-steps';
import { MemoryStore, type LogStore, type RowMeta } from './log-store';
import type { LogSource } from '../../../shared/index/search';

export class IndexStore implements LogStore {
  private readonly tail = new MemoryStore([], [], []);

  constructor(
    private path: string,
    private readonly shape: LogShape,
    private index: EntryIndex,
    /** The part (of LogInfo.parts) the indexed file is. */
    private readonly indexedPart: number,
    /** The pipeline log this is, if any: its rows' steps are tagged when read, not stored. */
    private readonly kind: LogKind | null,
    /** A pipeline log up to this size hands the diagnosis its entries, decoded from one read of the file. */
    private readonly diagnoseUpToBytes = 0,
  ) {}

  /** Entries decoded for the diagnosis, kept until the index changes. */
  private decoded: LogEntry[] | null = null;

  /** Swap in a bigger index of the same file (the full one after the first rows). */
  replaceIndex(index: EntryIndex): void {
    this.index = index;
    this.decoded = null;
  }

  /** The indexed file was rolled over (X.log → X.lo_): its rows are read from there now. */
  moved(path: string): void {
    this.path = path;
  }

  get count(): number {
    return this.index.count + this.tail.count;
  }
  meta(row: number): RowMeta {
    const n = this.index.count;
    if (row >= n) return this.tail.meta(row - n);
    const r = this.index.row(row);
    return { line: r.line, lineCount: r.lineCount, wallMs: r.wallMs, utcOffset: r.utcOffset, offsetUncertain: r.offsetUncertain, component: r.component, thread: r.thread, severity: r.severity };
  }
  instant(row: number, offsetOverride?: number | null): number | null {
    const n = this.index.count;
    if (row >= n) return this.tail.instant(row - n, offsetOverride);
    // From the columns: merging or clocking millions of rows must not build a row object each.
    const t = offsetOverride === undefined || offsetOverride === null ? this.index.instant(row) : this.index.wall(row) - offsetOverride * 60_000;
    return Number.isNaN(t) ? null : t;
  }
  text(row: number): string {
    const n = this.index.count;
    if (row >= n) return this.tail.text(row - n);
    const ix = this.index;
    return textOfRow(this.shape.format, this.shape, readAtSync(this.path, ix.offset(row), ix.length(row)), ix.line(row));
  }
  entry(row: number): LogEntry {
    const n = this.index.count;
    if (row >= n) return this.tail.allEntries()[row - n];
    return entryOfRow(this.index, row, this.shape.format, this.shape, readAtSync(this.path, this.index.offset(row), this.index.length(row)));
  }
  part(row: number): number {
    return row >= this.index.count ? this.tail.part(row - this.index.count) : this.indexedPart;
  }
  step(row: number): StepId | null {
    return row >= this.index.count ? this.tail.step(row - this.index.count) : (tagEntry(this.kind, this.text(row))?.step ?? null);
  }
  append(entries: readonly LogEntry[], part: number, steps: readonly (StepId | null)[]): void {
    this.tail.append(entries, part, steps);
  }
  searchSource(): LogSource {
    const path = this.path;
    return { index: this.index, shape: this.shape, readAt: (offset, length, into) => readAtSync(path, offset, length, into) };
  }
  /**
   * Every entry, for the diagnosis, when this is a pipeline log small enough (a WindowsUpdate.log of some tens of MiB
   * must not drop out of the diagnosis because it was indexed); null otherwise. One read of the file, then each row
   * decoded from its own bytes, as on screen.
   */
  allEntries(): readonly LogEntry[] | null {
    const ix = this.index;
    const bytes = ix.count ? ix.offset(ix.count - 1) + ix.length(ix.count - 1) : 0;
    if (this.kind === null || bytes > this.diagnoseUpToBytes) return null;
    if (!this.decoded) {
      const file = readAtSync(this.path, 0, bytes);
      this.decoded = Array.from({ length: ix.count }, (_, r) => entryOfRow(ix, r, this.shape.format, this.shape, file.subarray(ix.offset(r), ix.offset(r) + ix.length(r))));
    }
    return this.tail.count ? [...this.decoded, ...this.tail.allEntries()] : this.decoded;
  }
  residentBytes(): number {
    return this.index.residentBytes();
  }
}
