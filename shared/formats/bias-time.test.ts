import { describe, expect, it } from 'vitest';
import { biasTimeText, parseBiasTime, parseUsDate, usDateText } from './bias-time';

describe('parseBiasTime', () => {
  it.each([
    // [attribute, ms, utcOffset, uncertain]
    ['10:21:03.123+300', 123, -300, false],
    ['19:33:19.766-330', 766, 330, false],
    ['04:20:47.594-60', 594, 60, false],
    ['16:52:13.000+000', 0, 0, false],
    ['14:03:03.331+00', 331, 0, false],
    ['01:52:13.827+480', 827, -480, false],
    ['10:22:50.8422964', 842, null, false],
    ['10:00:00.000120', 0, -120, true],
    ['10:00:00.000+-240', 0, 240, true],
  ] as const)('%s', (s, ms, off, unc) => {
    const t = parseBiasTime(s);
    expect(t).not.toBeNull();
    expect(t!.ms).toBe(ms);
    expect(t!.utcOffset).toBe(off);
    expect(Object.is(t!.utcOffset, -0)).toBe(false);
    expect(t!.offsetUncertain).toBe(unc);
  });
  it('refuses what is no time', () => {
    expect(parseBiasTime('')).toBeNull();
    expect(parseBiasTime('ten past ten')).toBeNull();
  });
});

describe('parseUsDate', () => {
  it('reads padded and unpadded month-day-year', () => {
    expect(parseUsDate('11-24-2026')).toEqual({ year: 2026, month: 11, day: 24 });
    expect(parseUsDate('1-2-2015')).toEqual({ year: 2015, month: 1, day: 2 });
    expect(parseUsDate('2015-01-02')).toBeNull();
  });
});

describe('biasTimeText and usDateText', () => {
  it('write what parseBiasTime and parseUsDate read back', () => {
    const wall = Date.UTC(2026, 0, 2, 3, 4, 5, 6);
    expect(biasTimeText(wall, -240)).toBe('03:04:05.006-240');
    expect(biasTimeText(wall, 300)).toBe('03:04:05.006+300');
    expect(usDateText(wall)).toBe('01-02-2026');
    expect(parseBiasTime(biasTimeText(wall, 300))).toMatchObject({ hour: 3, minute: 4, second: 5, ms: 6, utcOffset: -300 });
    expect(parseUsDate(usDateText(wall))).toEqual({ year: 2026, month: 1, day: 2 });
  });
});
