// Where a log's rows live. Views, search, filters, the clock and tail all go through this one interface, so a
// parsed log (MemoryStore: LogEntry[] in memory) and a big one (IndexStore: a columnar index, text read from the
// file on demand) answer the same API the same way.
import { instantMs, type LogEntry } from '../../../shared/model/log-entry';
import type { StepId } from '../../../shared/pipeline/steps';
import type { LogSource } from '../../../shared/index/search';
import { SEVERITY_CODE } from '../../../shared/index/entry-index';

/** Rows rowBase… of a store held as one file's index (its `source.index.count` rows). */
export interface IndexedRows {
  rowBase: number;
  source: LogSource;
}

/** A row's fields without its text (cheap for an index: no file read). */
export type RowMeta = Omit<LogEntry, 'text'>;

export interface LogStore {
  readonly count: number;
  meta(row: number): RowMeta;
  /** The row's instant (ms), with `offsetOverride` (minutes) instead of its own offset when given; null: no time. */
  instant(row: number, offsetOverride?: number | null): number | null;
  /** Every row's instant at once (NaN: no time), as instant() gives them. */
  instants(offsetOverride?: number | null): Float64Array;
  text(row: number): string;
  /** The row's severity as SEVERITY_CODE (0 info, 1 warning, 2 error): from the column, no row object (timeline, marks). */
  severityCode(row: number): number;
  /** Index into LogInfo.parts of the physical file the row comes from. */
  part(row: number): number;
  step(row: number): StepId | null;
  /** Entries the tailer delivered, from part `part`, with their step tags. */
  append(entries: readonly LogEntry[], part: number, steps: readonly (StepId | null)[]): void;
  /** The raw-byte views of the indexed rows, for filtering and searching without decoding them (IndexStore only). */
  indexedRows?(): IndexedRows[];
  /** Every entry, for the diagnosis; null when the log is too big to hold (an index). */
  allEntries(): readonly LogEntry[] | null;
}

export class MemoryStore implements LogStore {
  constructor(
    private readonly entries: LogEntry[],
    private readonly partOf: number[],
    private steps: (StepId | null)[],
  ) {}

  get count(): number {
    return this.entries.length;
  }
  meta(row: number): RowMeta {
    return this.entries[row];
  }
  instant(row: number, offsetOverride?: number | null): number | null {
    return instantMs(this.entries[row], offsetOverride);
  }
  instants(offsetOverride?: number | null): Float64Array {
    return Float64Array.from(this.entries, (e) => instantMs(e, offsetOverride) ?? NaN);
  }
  text(row: number): string {
    return this.entries[row].text;
  }
  severityCode(row: number): number {
    return SEVERITY_CODE[this.entries[row].severity];
  }
  part(row: number): number {
    return this.partOf[row];
  }
  step(row: number): StepId | null {
    return this.steps[row] ?? null;
  }
  append(entries: readonly LogEntry[], part: number, steps: readonly (StepId | null)[]): void {
    for (let i = 0; i < entries.length; i++) {
      this.entries.push(entries[i]);
      this.partOf.push(part);
      this.steps.push(steps[i] ?? null);
    }
  }
  /** Re-tag every row (the log's kind became known from its components). */
  retag(steps: (StepId | null)[]): void {
    this.steps = steps;
  }
  allEntries(): readonly LogEntry[] {
    return this.entries;
  }
}
