// Each row's physical line number in about one byte a row (the entry index's budget is 24 bytes a row, and a 1 GiB
// server log has 7 M rows): the step from the row before (an entry's line count, almost always small), the exact
// line at the start of every block of 64 rows, and a side table for the rare step that does not fit a byte.
// A row's line is its block's mark plus at most 63 steps: cheap for rows on screen, search hits and decoding.

/** The line column as plain data: what a worker transfers and what appends to a bigger index. */
export interface LineParts {
  /** line(r) - line(r-1) per row; OVER: see exact. step[0] is unused. */
  step: Uint8Array;
  /** line of row b * BLOCK. */
  mark: Uint32Array;
  /** Rows whose step is OVER, as [row, line] pairs. */
  exact: number[];
}

const SHIFT = 6;
const BLOCK = 1 << SHIFT;
const OVER = 255;

export class LineColumn {
  private step: Uint8Array;
  private mark: Uint32Array;
  private exact = new Map<number, number>();
  private n = 0;
  private last = 0;

  constructor(capacity: number) {
    this.step = new Uint8Array(capacity);
    this.mark = new Uint32Array(marksFor(capacity));
  }

  /** Append the next row's line (the caller has made room: grow). */
  push(line: number): void {
    const i = this.n++;
    const d = line - this.last;
    if (i === 0) this.step[0] = 0;
    else if (d >= 0 && d < OVER) this.step[i] = d;
    else {
      this.step[i] = OVER;
      this.exact.set(i, line);
    }
    if ((i & (BLOCK - 1)) === 0) this.mark[i >>> SHIFT] = line;
    this.last = line;
  }

  line(row: number): number {
    const step = this.step;
    const start = (row >>> SHIFT) << SHIFT;
    let acc = 0;
    for (let k = row; k > start; k--) {
      const s = step[k];
      if (s === OVER) return this.exact.get(k)! + acc;
      acc += s;
    }
    return this.mark[row >>> SHIFT] + acc;
  }

  /** line(row + 1) - line(row), for a row that has a next one. */
  gap(row: number): number {
    const s = this.step[row + 1];
    return s !== OVER ? s : this.exact.get(row + 1)! - this.line(row);
  }

  /** Room for `capacity` rows (never below the rows held). */
  grow(capacity: number): void {
    const step = new Uint8Array(capacity);
    step.set(this.step.subarray(0, this.n));
    const mark = new Uint32Array(marksFor(capacity));
    mark.set(this.mark.subarray(0, marksFor(this.n)));
    this.step = step;
    this.mark = mark;
  }

  residentBytes(): number {
    return this.step.buffer.byteLength + this.mark.buffer.byteLength + this.exact.size * 16;
  }

  /** The used part, as views of these buffers. */
  parts(): LineParts {
    return { step: this.step.subarray(0, this.n), mark: this.mark.subarray(0, marksFor(this.n)), exact: [...this.exact].flat() };
  }

  /** Take over `count` rows' parts (no copy), as views of `capacity` rows of their buffers (see lineRoom). */
  adopt(p: LineParts, count: number, capacity = count): void {
    this.step = new Uint8Array(p.step.buffer, p.step.byteOffset, capacity);
    this.mark = new Uint32Array(p.mark.buffer, p.mark.byteOffset, marksFor(capacity));
    this.exact = pairsToMap(p.exact);
    this.n = count;
    this.last = count ? this.line(count - 1) : 0;
  }

  /** Append `count` rows of another part whose lines are counted from `lineBase` + 1 (room made by grow). */
  append(p: LineParts, count: number, lineBase: number): void {
    if (count === 0) return;
    const base = this.n;
    const exact = pairsToMap(p.exact);
    this.step.set(p.step.subarray(0, count), base);
    let line = p.mark[0] + lineBase;
    // The part's first row steps from this column's last row.
    this.n = base;
    this.push(line);
    // Steps are read from where they were just copied: p may be a later region of these same (shared) buffers,
    // partly overwritten by that copy.
    const step = this.step;
    for (let j = 1; j < count; j++) {
      const s = step[base + j];
      if (s === OVER) {
        line = exact.get(j)! + lineBase;
        this.exact.set(base + j, line);
      } else line += s;
      if (((base + j) & (BLOCK - 1)) === 0) this.mark[(base + j) >>> SHIFT] = line;
    }
    this.n = base + count;
    this.last = line;
  }
}

export const marksFor = (rows: number): number => (rows + BLOCK - 1) >>> SHIFT;

/** Rows the buffers under a part's views can hold. */
export function lineRoom(p: LineParts): number {
  return Math.min(p.step.buffer.byteLength - p.step.byteOffset, ((p.mark.buffer.byteLength - p.mark.byteOffset) >>> 2) << SHIFT);
}

function pairsToMap(pairs: readonly number[]): Map<number, number> {
  const m = new Map<number, number>();
  for (let i = 0; i < pairs.length; i += 2) m.set(pairs[i], pairs[i + 1]);
  return m;
}
