import { describe, expect, it } from 'vitest';
import { marksOfPositions, sliceOf, SliceMarks } from './position-marks';

describe('scrollbar slices', () => {
  it('spreads a view over the slices and keeps the first position of each', () => {
    expect(sliceOf(0, 1000, 10)).toBe(0);
    expect(sliceOf(99, 1000, 10)).toBe(0);
    expect(sliceOf(100, 1000, 10)).toBe(1);
    expect(sliceOf(999, 1000, 10)).toBe(9);
    const m = new SliceMarks(1000, 10);
    for (const i of [5, 50, 150, 151, 999]) m.add(i);
    expect(m.marks).toEqual([{ slice: 0, row: 5 }, { slice: 1, row: 150 }, { slice: 9, row: 999 }]);
  });

  it('gives a short view one slice per position when there is room', () => {
    expect(marksOfPositions([2, 0, 1, 7, 1], 3, 100).map((m) => m.row)).toEqual([0, 1, 2]);
    expect(sliceOf(2, 3, 100)).toBe(66);
  });
});
