// Scrollbar marks: a view's positions grouped into as many slices as the pane's scroll track has room for (one
// slice every few pixels), with the first position of each kind in each slice, so a 10 M-row pane draws a few
// hundred marks and a click on one lands on a real row of that kind (OneTrace's and klogg's overview bars).

/** One mark: the slice it is drawn in and the first position of its kind there (where a click jumps). */
export interface PositionMark {
  slice: number;
  row: number;
}

/** The slice of position `i` in a view of `count` positions split into `slices` equal runs. */
export function sliceOf(i: number, count: number, slices: number): number {
  return Math.min(slices - 1, Math.floor((i * slices) / Math.max(1, count)));
}

/** Collects the first position per slice of one kind; positions must be added in ascending order. */
export class SliceMarks {
  readonly marks: PositionMark[] = [];
  private last = -1;

  constructor(
    private readonly count: number,
    private readonly slices: number,
  ) {}

  add(i: number): void {
    const s = sliceOf(i, this.count, this.slices);
    if (s === this.last) return;
    this.last = s;
    this.marks.push({ slice: s, row: i });
  }
}

/** Marks for positions already known (search hits, located bookmarks): sorted and grouped by slice. */
export function marksOfPositions(positions: readonly number[], count: number, slices: number): PositionMark[] {
  const m = new SliceMarks(count, slices);
  for (const i of [...positions].sort((a, b) => a - b)) if (i >= 0 && i < count) m.add(i);
  return m.marks;
}
