import { describe, expect, it } from 'vitest';
import { offsetIso, offsetLabel } from './utc-offset';

describe('offsetIso', () => {
  it('is the ISO 8601 suffix with an ASCII sign', () => {
    expect(offsetIso(60)).toBe('+01:00');
    expect(offsetIso(-330)).toBe('-05:30');
    expect(offsetIso(-30)).toBe('-00:30');
    expect(offsetIso(0)).toBe('+00:00');
    expect(offsetIso(840)).toBe('+14:00');
  });
  it('is what Date.parse reads', () => {
    expect(Date.parse(`2026-11-24T10:00:00.000${offsetIso(-300)}`)).toBe(Date.UTC(2026, 10, 24, 15));
  });
});

describe('offsetLabel', () => {
  it('is UTC and the offset with a typographic minus', () => {
    expect(offsetLabel(240)).toBe('UTC+04:00');
    expect(offsetLabel(-300)).toBe('UTC−05:00');
    expect(offsetLabel(-30)).toBe('UTC−00:30');
    expect(offsetLabel(0)).toBe('UTC+00:00');
  });
  it('is empty for a log without an offset', () => {
    expect(offsetLabel(null)).toBe('');
  });
});
