import { describe, expect, it } from 'vitest';
import { formatElapsed, formatRowTime, parseWallTime } from './time-format';

// 2021-07-13 10:21:03.123 as written by a writer at UTC+04:00: instant 06:21:03.123Z.
const wall = Date.UTC(2021, 6, 13, 10, 21, 3, 123);
const row = { wallMs: wall, instantMs: wall - 240 * 60_000 };

describe('time format', () => {
  it('shows the writer wall clock by default and the true instant in UTC mode', () => {
    expect(formatRowTime(row, 'writer')).toBe('2021-07-13 10:21:03.123');
    expect(formatRowTime(row, 'utc')).toBe('2021-07-13 06:21:03.123');
  });
  it('local mode follows the viewer zone (the test process zone)', () => {
    const d = new Date(row.instantMs);
    expect(formatRowTime(row, 'local')).toContain(`${String(d.getHours()).padStart(2, '0')}:21:03.123`);
  });
  it('leaves entries without a time blank', () => {
    expect(formatRowTime({ wallMs: null, instantMs: null }, 'writer')).toBe('');
    expect(formatRowTime({ wallMs: null, instantMs: null }, 'utc')).toBe('');
  });
  it('formats elapsed times', () => {
    expect(formatElapsed(1234)).toBe('1.234s');
    expect(formatElapsed(-(62 * 60_000 + 3456))).toBe('1h 02m 03.456s');
    expect(formatElapsed(61_000)).toBe('1m 01.000s');
  });
  it('parses typed times for go to time', () => {
    expect(parseWallTime('2021-07-13 10:21:03.123', null)).toBe(wall);
    expect(parseWallTime('10:21:03.123', Date.UTC(2021, 6, 13))).toBe(wall);
    expect(parseWallTime('10:21', null)).toBeNull();
    expect(parseWallTime('yesterday', 0)).toBeNull();
  });
});
