import { describe, expect, it } from 'vitest';
import { mostCommon } from './most-common';

describe('mostCommon', () => {
  it('counts, ignoring null and undefined', () => {
    expect(mostCommon([-300, null, 60, -300, undefined, 60, -300])).toBe(-300);
    expect(mostCommon<number>([null, undefined])).toBeNull();
    expect(mostCommon<number>([])).toBeNull();
  });
  it('breaks ties by first appearance, or by the order given', () => {
    expect(mostCommon([60, -300, -300, 60])).toBe(60);
    expect(mostCommon([60, -300, -300, 60], (a, b) => a - b)).toBe(-300);
    expect(mostCommon(['b', 'a', 'a', 'b', 'c'], (a, b) => a.localeCompare(b))).toBe('a');
  });
});
