// The columnar entry index: one row per log entry, about 21 bytes resident, no message text.
// Text is decoded on demand from the file by byte range (lnav's habit: a stateless readAt(offset, length)),
// so a 1 GiB log with 4 M entries costs ~100 MB here instead of gigabytes of JS strings (docs/decisions.md, Index budget).
//
// Per row:  offLo Uint32 (4) + line step Uint8 (1, line-column.ts: + 4 bytes per 64 rows) + wall Float64 (8)
//         + severity Uint8 (1) + zone Uint8 (1) + component Uint16 (2) + thread Uint32 (4) ≈ 21.06 bytes.
// (The budget is 160 MB for a 1 GiB log; a 1 GiB server log has ~7 M rows, so 24 bytes a row would not do.)
// Offsets past 4 GiB: rows are in file order, so offsets only grow; `highStarts[k]` is the first row whose
// offset is >= (k+1) * 2^32 (a tiny table: one number per 4 GiB of file).
// lineCount and byte length are not stored: they are the gap to the next row (or to `endLine`/`endOffset`).
import { SEVERITIES, type LogEntry, type Severity } from '../model/log-entry';
import { LineColumn, lineRoom, marksFor, type LineParts } from './line-column';

export const NO_THREAD = 0xffffffff;
export const NO_COMPONENT = 0xffff;
/** Severity as stored: its index in SEVERITIES. */
export const SEVERITY_CODE: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** A writer offset as carried by entries; zone 0 is always "none". */
export interface ZoneInfo {
  utcOffset: number | null;
  offsetUncertain: boolean;
}

/** The fixed-width columns (the line column is line-column.ts's). */
export interface Columns {
  offLo: Uint32Array;
  wall: Float64Array;
  severity: Uint8Array;
  zone: Uint8Array;
  component: Uint16Array;
  thread: Uint32Array;
}
type ColumnName = keyof Columns;
type Column = Columns[ColumnName];
interface ColumnType {
  new (length: number): Column;
  new (buffer: ArrayBufferLike, byteOffset: number, length: number): Column;
  readonly BYTES_PER_ELEMENT: number;
}
const COLUMN_TYPES: Record<ColumnName, ColumnType> = { offLo: Uint32Array, wall: Float64Array, severity: Uint8Array, zone: Uint8Array, component: Uint16Array, thread: Uint32Array };
const COLUMN_NAMES = Object.keys(COLUMN_TYPES) as ColumnName[];

/** Every column made by `make` from its name and element type. */
export function makeColumns(make: (name: ColumnName, type: ColumnType) => Column): Columns {
  const c = {} as Record<ColumnName, Column>;
  for (const k of COLUMN_NAMES) c[k] = make(k, COLUMN_TYPES[k]);
  return c as Columns;
}

/** The columns as plain data: what a worker transfers and what merges into a bigger index. */
export interface EntryColumns extends Columns {
  count: number;
  highStarts: number[];
  lines: LineParts;
  components: string[];
  zones: ZoneInfo[];
  /** Byte just past the last complete entry. */
  endOffset: number;
  /** Number of physical lines the complete entries cover (the last entry ends on this line). */
  endLine: number;
}

/** The fields of one row, as the index holds them (text comes from the file). */
export interface IndexedRow extends Omit<LogEntry, 'text'> {
  offset: number;
  length: number;
}

const TWO32 = 0x1_0000_0000;
const MAX_ZONES = 256;

export class EntryIndex {
  count = 0;
  endOffset = 0;
  endLine = 0;
  private cap: number;
  private c: Columns;
  /** The offset column also as a field of its own: offset() is the hot call of search and views (one load less). */
  private offLo!: Uint32Array;
  /** highStarts[k]: the first row at or past (k + 1) * 2^32 (its length: the 4 GiB steps reached so far). */
  private highStarts: number[] = [];
  private readonly lines: LineColumn;
  readonly components: string[] = [];
  private readonly componentIds = new Map<string, number>();
  readonly zones: ZoneInfo[] = [{ utcOffset: null, offsetUncertain: false }];
  private readonly zoneIds = new Map<string, number>([['n', 0]]);

  /**
   * `region`: write the rows into rows [start, limit) of columns shared with the other parts of the file (see
   * SharedColumns), so that joining the parts moves rows within memory already written instead of copying them
   * into fresh memory. A part that outgrows its region continues in columns of its own.
   */
  constructor(capacity = 1024, region?: ColumnRegion) {
    const n = (this.cap = region ? region.limit - region.start : Math.max(16, capacity));
    this.lines = new LineColumn(region ? 0 : n);
    if (region) {
      const { lines, ...c } = regionViews(region, n);
      this.c = c;
      this.lines.adopt(lines, 0, n);
    } else this.c = makeColumns((_k, T) => new T(n));
    this.offLo = this.c.offLo;
  }

  /** Dictionary id of a component name (NO_COMPONENT for null). Ids past 65534 collapse to the last one: see componentOverflow. */
  componentId(name: string | null): number {
    if (name === null) return NO_COMPONENT;
    let id = this.componentIds.get(name);
    if (id === undefined) {
      // 65 534 distinct components in one log is not a real ConfigMgr log; keep the row rather than throw.
      if (this.components.length >= NO_COMPONENT - 1) return NO_COMPONENT - 1;
      id = this.components.length;
      this.components.push(name);
      this.componentIds.set(name, id);
    }
    return id;
  }

  zoneId(utcOffset: number | null, offsetUncertain: boolean): number {
    if (utcOffset === null) return 0;
    const key = `${utcOffset}${offsetUncertain ? 'u' : ''}`;
    let id = this.zoneIds.get(key);
    if (id === undefined) {
      if (this.zones.length >= MAX_ZONES) return 0;
      id = this.zones.length;
      this.zones.push({ utcOffset, offsetUncertain });
      this.zoneIds.set(key, id);
    }
    return id;
  }

  /** Append one row; ids come from componentId/zoneId. wallMs NaN = no time; thread NO_THREAD = none. */
  push(offset: number, line: number, wallMs: number, severity: number, zone: number, component: number, thread: number): void {
    if (this.count === this.cap) this.grow(this.cap * 2);
    const i = this.count++;
    const high = Math.floor(offset / TWO32);
    while (high > this.highStarts.length) this.highStarts.push(i);
    const c = this.c;
    c.offLo[i] = offset >>> 0;
    this.lines.push(line);
    c.wall[i] = wallMs;
    c.severity[i] = severity;
    c.zone[i] = zone;
    c.component[i] = component;
    c.thread[i] = thread;
  }

  /** Declare where the complete entries end (call after the rows of a chunk are pushed). */
  setEnd(endOffset: number, endLine: number): void {
    this.endOffset = endOffset;
    this.endLine = endLine;
  }

  offset(row: number): number {
    const hs = this.highStarts;
    let high = 0;
    while (high < hs.length && hs[high] <= row) high++;
    return high * TWO32 + this.offLo[row];
  }

  /** Byte length of the row: up to the next row, or to endOffset for the last one. */
  length(row: number): number {
    return (row + 1 < this.count ? this.offset(row + 1) : this.endOffset) - this.offset(row);
  }

  line(row: number): number {
    return this.lines.line(row);
  }

  lineCount(row: number): number {
    return row + 1 < this.count ? this.lines.gap(row) : this.endLine + 1 - this.lines.line(row);
  }

  /**
   * The true instant (ms since epoch); NaN when no time. Logs without an offset count their wall clock (as
   * written, read as UTC) as the instant; `offsetOverride` (minutes east) stands in for the row's own offset.
   */
  instant(row: number, offsetOverride: number | null = null): number {
    const off = offsetOverride ?? this.zones[this.c.zone[row]].utcOffset;
    return off === null ? this.c.wall[row] : this.c.wall[row] - off * 60_000;
  }

  /**
   * Every row's instant into out[at…] (NaN: no time), as instant() gives it, or with `offsetOverride` (minutes east)
   * in place of the rows' own offsets: one pass over the columns, for clocks over millions of rows.
   */
  instantsInto(out: Float64Array, at: number, offsetOverride: number | null = null): void {
    const zoneMs = Float64Array.from(this.zones, (z) => (offsetOverride !== null ? offsetOverride : (z.utcOffset ?? 0)) * 60_000);
    const { wall, zone } = this.c;
    for (let r = 0; r < this.count; r++) out[at + r] = wall[r] - zoneMs[zone[r]];
  }

  severityCode(row: number): number {
    return this.c.severity[row];
  }

  componentCode(row: number): number {
    return this.c.component[row];
  }

  threadValue(row: number): number {
    return this.c.thread[row];
  }

  /** The row's fields, in LogEntry's order (entryOfRow keeps it: entries are serialised as they come). */
  row(row: number): IndexedRow {
    const z = this.zones[this.c.zone[row]];
    const w = this.c.wall[row];
    const c = this.c.component[row];
    const t = this.c.thread[row];
    return {
      offset: this.offset(row),
      length: this.length(row),
      line: this.lines.line(row),
      lineCount: this.lineCount(row),
      wallMs: Number.isNaN(w) ? null : w,
      utcOffset: z.utcOffset,
      offsetUncertain: z.offsetUncertain,
      component: c === NO_COMPONENT ? null : this.components[c],
      thread: t === NO_THREAD ? null : t,
      severity: SEVERITIES[this.c.severity[row]],
    };
  }

  /** Resident bytes of the columns (capacity, not count: what the process really holds). */
  residentBytes(): number {
    // Whole buffers: adopted columns may be views of a worker's larger allocation.
    return COLUMN_NAMES.reduce((n, k) => n + this.c[k].buffer.byteLength, 0) + this.lines.residentBytes() + this.highStarts.length * 8;
  }

  /** Drop spare capacity once the index is complete (a tail grows it again as needed). */
  trim(): void {
    const n = Math.max(16, this.count);
    if (this.cap > n || this.c.offLo.buffer.byteLength > n * 4) this.grow(n);
  }

  /**
   * The used part of the columns as views of this index's own buffers, no copy: what a worker transfers when
   * it is done with its index (a 1 GiB log's columns are ~120 MB; a copy into fresh pages costs tens of ms).
   */
  columnsView(): EntryColumns {
    const n = this.count;
    return {
      count: n,
      ...makeColumns((k) => this.c[k].subarray(0, n)),
      highStarts: this.highStarts.slice(),
      lines: this.lines.parts(),
      components: this.components.slice(),
      zones: this.zones.map((z) => ({ ...z })),
      endOffset: this.endOffset,
      endLine: this.endLine,
    };
  }

  /**
   * One index over the parts of a file, in file order (each part's lines counted from 1). The first part's
   * columns are adopted as they are when their buffers have room for every row (a worker told the expected row
   * count allocates so), the others copied in after; else all are copied once into columns of the exact size.
   */
  static fromParts(parts: readonly EntryColumns[]): EntryIndex {
    const total = parts.reduce((n, p) => n + p.count, 0);
    const first = parts[0];
    const adopt = first !== undefined && first.count >= 16 && roomOf(first) >= total;
    const index = new EntryIndex(adopt ? 0 : total);
    if (adopt) index.adopt(first, roomOf(first));
    let lineBase = index.endLine;
    for (const p of adopt ? parts.slice(1) : parts) {
      // A later part written further on in the same shared columns moves down in place; any other is copied in.
      if (adopt && p.offLo.buffer === first.offLo.buffer && p.offLo.byteOffset / 4 >= index.count) index.appendMoved(p, lineBase);
      else index.appendColumns(p, lineBase);
      lineBase = index.endLine;
    }
    // Room well past the rows (the expected count was high) is given back.
    if (index.cap - index.count > index.count / 20) index.trim();
    return index;
  }

  /** Take over a part's arrays (ids as the part numbers them), as views of `capacity` rows of their buffers. */
  private adopt(part: EntryColumns, capacity: number): void {
    this.c = makeColumns((k, T) => new T(part[k].buffer, part[k].byteOffset, capacity));
    this.offLo = this.c.offLo;
    this.lines.adopt(part.lines, part.count, capacity);
    this.count = part.count;
    this.cap = capacity;
    this.highStarts = part.highStarts.slice();
    for (const c of part.components) this.componentId(c);
    for (const z of part.zones.slice(1)) this.zoneId(z.utcOffset, z.offsetUncertain);
    this.endOffset = part.endOffset;
    this.endLine = part.endLine;
  }

  /**
   * Append the rows of another part of the same file that starts where this index ends (a worker's slice).
   * `lineBase` is added to its line numbers (the slice counted from 1); component and zone ids are remapped.
   */
  appendColumns(part: EntryColumns, lineBase: number): void {
    const n = part.count;
    if (this.count + n > this.cap) this.grow(Math.max(this.count + n, this.cap * 2));
    for (const k of COLUMN_NAMES) this.c[k].set(part[k], this.count);
    this.joinPart(part, lineBase);
  }

  /**
   * appendColumns for a part that lies further on in this index's own (shared) columns: its rows move down to
   * follow this index's rows (copyWithin: memory already written).
   */
  private appendMoved(part: EntryColumns, lineBase: number): void {
    const from = part.offLo.byteOffset / 4;
    if (from !== this.count) for (const k of COLUMN_NAMES) this.c[k].copyWithin(this.count, from, from + part.count);
    this.joinPart(part, lineBase);
  }

  /** The part's rows, already in the columns past this index's, become its own: ids remapped in place, lines, ends. */
  private joinPart(part: EntryColumns, lineBase: number): void {
    const n = part.count;
    const base = this.count;
    // Nothing to remap where the ids are the same (the first part, or one with the same components in the same order).
    const compMap = part.components.map((c) => this.componentId(c));
    const zoneMap = part.zones.map((z) => this.zoneId(z.utcOffset, z.offsetUncertain));
    if (!zoneMap.every((z, i) => z === i)) remapZones(this.c.zone, zoneMap, base, base + n);
    if (!compMap.every((c, i) => c === i)) remapComponents(this.c.component, compMap, base, base + n);
    // part.highStarts[L-1] is the part's first row at or past L * 2^32 (offsets are the file's, not the part's).
    const hs = this.highStarts;
    while (hs.length < part.highStarts.length) hs.push(base + part.highStarts[hs.length]);
    this.lines.append(part.lines, n, lineBase);
    this.count += n;
    this.endOffset = part.endOffset;
    this.endLine = part.endLine + lineBase;
  }

  private grow(cap: number): void {
    const n = this.count;
    this.c = makeColumns((k, T) => {
      const b = new T(cap);
      b.set(this.c[k].subarray(0, n));
      return b;
    });
    this.offLo = this.c.offLo;
    this.lines.grow(cap);
    this.cap = cap;
  }

  /**
   * Append `n` rows given as columns and their lines (a scanner's batch, e.g. the WebAssembly CMTrace scanner's).
   * offLo holds each row's offset modulo 2^32 and firstOffset the first row's full offset; a batch spans less than
   * 4 GiB, so an offLo that falls below its predecessor marks the next 4 GiB. Ids are this index's own.
   */
  appendRows(n: number, firstOffset: number, line: Uint32Array, cols: Columns): void {
    if (n <= 0) return;
    if (this.count + n > this.cap) this.grow(Math.max(this.count + n, this.cap * 2));
    const base = this.count;
    const high = Math.floor(firstOffset / TWO32);
    while (high > this.highStarts.length) this.highStarts.push(base);
    const offLo = cols.offLo;
    if (offLo[n - 1] < offLo[0]) {
      for (let i = 1; i < n; i++) if (offLo[i] < offLo[i - 1]) this.highStarts.push(base + i);
    }
    for (const k of COLUMN_NAMES) this.c[k].set(cols[k].subarray(0, n), base);
    for (let i = 0; i < n; i++) this.lines.push(line[i]);
    this.count += n;
  }
}

/** Rows every column of a part's buffers can hold (its arrays may be views of bigger allocations). */
function roomOf(part: EntryColumns): number {
  const room = (a: Column): number => (a.buffer.byteLength - a.byteOffset) / a.BYTES_PER_ELEMENT;
  return Math.min(...COLUMN_NAMES.map((k) => room(part[k])), lineRoom(part.lines));
}

/** Columns for a whole file's rows that the workers indexing its parts write into, each in its own region. */
export interface SharedColumns extends Record<ColumnName, SharedArrayBuffer> {
  rows: number;
  lineStep: SharedArrayBuffer;
  lineMark: SharedArrayBuffer;
}

/** Rows [start, limit) of shared columns; start a multiple of 64 (the line column's block). */
export interface ColumnRegion {
  columns: SharedColumns;
  start: number;
  limit: number;
}

/**
 * A part a worker wrote in its region, as views of this thread's own objects for the shared columns (a
 * SharedArrayBuffer arrives from another thread as a new object over the same memory, so fromParts could not tell
 * that two parts share columns). A part that outgrew its region (columns of its own) is returned as it is.
 */
export function inRegion(part: EntryColumns, region: ColumnRegion): EntryColumns {
  if (!(part.offLo.buffer instanceof SharedArrayBuffer)) return part;
  const views = regionViews(region, part.count);
  return { ...part, ...views, lines: { ...views.lines, exact: part.lines.exact } };
}

/** Views of rows [start, start + n) of shared columns (the line column's without its side table). */
function regionViews({ columns: c, start }: ColumnRegion, n: number): Columns & { lines: LineParts } {
  return {
    ...makeColumns((k, T) => new T(c[k], start * T.BYTES_PER_ELEMENT, n)),
    lines: { step: new Uint8Array(c.lineStep, start, n), mark: new Uint32Array(c.lineMark, (start / 64) * 4, marksFor(n)), exact: [] },
  };
}

export function sharedColumns(rows: number): SharedColumns {
  const sab = (bytes: number): SharedArrayBuffer => new SharedArrayBuffer(bytes);
  const columns = Object.fromEntries(COLUMN_NAMES.map((k) => [k, sab(rows * COLUMN_TYPES[k].BYTES_PER_ELEMENT)])) as Record<ColumnName, SharedArrayBuffer>;
  return { rows, ...columns, lineStep: sab(rows), lineMark: sab(marksFor(rows) * 4) };
}

// The id remaps loop over a whole part's rows: each in a function of its own, so the loop keeps its optimized code
// (inside joinPart it was deoptimized whenever joinPart met a new part shape, and ran unoptimized for ~5 ms).
function remapZones(zone: Uint8Array, map: readonly number[], from: number, to: number): void {
  for (let i = from; i < to; i++) zone[i] = map[zone[i]];
}

function remapComponents(component: Uint16Array, map: readonly number[], from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const c = component[i];
    component[i] = c === NO_COMPONENT ? NO_COMPONENT : map[c];
  }
}
