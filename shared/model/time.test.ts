import { describe, expect, it } from 'vitest';
import { formatIso, fractionToMs, wallClockMs } from './time';

describe('wallClockMs', () => {
  it('reads parts as UTC wall clock', () => {
    expect(wallClockMs(2026, 11, 24, 10, 21, 3, 123)).toBe(Date.UTC(2026, 10, 24, 10, 21, 3, 123));
    expect(wallClockMs(2024, 2, 29)).toBe(Date.UTC(2024, 1, 29));
  });
  it('refuses impossible dates and times', () => {
    expect(wallClockMs(2023, 2, 29)).toBeNull();
    expect(wallClockMs(2026, 13, 1)).toBeNull();
    expect(wallClockMs(2026, 1, 1, 24)).toBeNull();
    expect(wallClockMs(2026, 1, 1, 0, 60)).toBeNull();
  });
});

describe('fractionToMs', () => {
  it('truncates, never rounds', () => {
    expect(fractionToMs('8422964')).toBe(842);
    expect(fractionToMs('9999999')).toBe(999);
    expect(fractionToMs('5')).toBe(500);
    expect(fractionToMs('12')).toBe(120);
    expect(fractionToMs(undefined)).toBe(0);
  });
});

describe('formatIso', () => {
  const wall = Date.UTC(2026, 10, 24, 10, 21, 3, 123);
  it('writes the writer offset when known', () => {
    expect(formatIso({ wallMs: wall, utcOffset: -300 })).toBe('2026-11-24T10:21:03.123-05:00');
    expect(formatIso({ wallMs: wall, utcOffset: 330 })).toBe('2026-11-24T10:21:03.123+05:30');
    expect(formatIso({ wallMs: wall, utcOffset: 0 })).toBe('2026-11-24T10:21:03.123+00:00');
  });
  it('writes local time without offset when unknown, null without time', () => {
    expect(formatIso({ wallMs: wall, utcOffset: null })).toBe('2026-11-24T10:21:03.123');
    expect(formatIso({ wallMs: null, utcOffset: -300 })).toBeNull();
  });
  it('is a time Date.parse understands, at the right instant', () => {
    expect(Date.parse(formatIso({ wallMs: wall, utcOffset: -300 })!)).toBe(wall + 300 * 60_000);
  });
  it('formats negative sub-hour offsets', () => {
    expect(formatIso({ wallMs: wall, utcOffset: -30 })).toBe('2026-11-24T10:21:03.123-00:30');
  });
});
