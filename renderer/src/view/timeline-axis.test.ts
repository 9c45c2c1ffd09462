import { describe, expect, it } from 'vitest';
import { instantAt, instantLabel, isoInstant, tickLabel, ticks, xOf } from './timeline-axis';

const T0 = Date.UTC(2026, 10, 24, 15, 20, 0);

describe('timeline axis', () => {
  it('maps x to instants and back, clamped to the strip', () => {
    const span = { fromMs: T0, toMs: T0 + 70_000 };
    expect(instantAt(span, 700, 350)).toBe(T0 + 35_000);
    expect(instantAt(span, 700, -5)).toBe(T0);
    expect(instantAt(span, 700, 900)).toBe(T0 + 70_000);
    expect(xOf(span, 700, T0 + 7_000)).toBe(70);
  });

  it('puts ticks on round times of the clock shown, far enough apart for their labels', () => {
    const span = { fromMs: T0 + 3_000, toMs: T0 + 70_000 };
    const utc = ticks(span, 700, 90);
    expect(utc.step).toBe(10_000);
    expect(utc.at[0]).toBe(T0 + 10_000);
    // the writer's clock at UTC−05:00: 10:20:10 wall clock, same instants (whole minutes of offset)
    const shift = -300 * 60_000;
    expect(tickLabel(ticks(span, 700, 90, shift).at[0], 10_000, shift)).toBe('10:20:10');
    // a day: hours, with the date at midnight
    const day = { fromMs: Date.UTC(2026, 2, 9, 19), toMs: Date.UTC(2026, 2, 10, 20) };
    const d = ticks(day, 800, 90);
    expect(d.step).toBe(3 * 3_600_000);
    expect(d.at.map((t) => tickLabel(t, d.step, 0))).toContain('03-10 00:00');
  });

  it('reads the diagnosis\'s cycle times (ISO with or without an offset) as instants', () => {
    expect(isoInstant('2026-03-09T14:02:11.250-05:00')).toBe(Date.UTC(2026, 2, 9, 19, 2, 11, 250));
    expect(isoInstant('2026-03-09T14:02:11.250')).toBe(Date.UTC(2026, 2, 9, 14, 2, 11, 250));
    expect(isoInstant(null)).toBeNull();
    expect(instantLabel(Date.UTC(2026, 2, 9, 19, 2, 11), -300 * 60_000)).toBe('2026-03-09 14:02:11');
  });
});
