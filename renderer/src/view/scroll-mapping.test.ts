import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_SPACER_PX, contentOffsetAt, isScaled, scrollTopFor, scrollTopToReveal, spacerHeight, visibleWindow } from './scroll-mapping';

const ROW = 22;
const VIEW = 660; // 30 rows

describe('scroll mapping', () => {
  it('is the identity for a small log (no scaling)', () => {
    const g = { rowCount: 1000, rowHeight: ROW, viewportHeight: VIEW };
    expect(isScaled(g)).toBe(false);
    expect(spacerHeight(g)).toBe(22_000);
    expect(contentOffsetAt(g, 440)).toBe(440);
    expect(visibleWindow(g, 440, 0)).toEqual({ first: 20, end: 20 + 31, firstTop: 0 });
  });

  it('keeps a 10 M-row view under the browser height cap and reaches both ends', () => {
    const g = { rowCount: 10_000_000, rowHeight: ROW, viewportHeight: VIEW };
    expect(isScaled(g)).toBe(true);
    expect(spacerHeight(g)).toBe(MAX_SPACER_PX);
    expect(spacerHeight(g)).toBeLessThan(16_000_000);
    expect(visibleWindow(g, 0).first).toBe(0);
    const bottom = spacerHeight(g) - VIEW;
    const w = visibleWindow(g, bottom, 0);
    // the last row is fully visible at the bottom: 30 rows fill the 660 px viewport exactly
    expect(w.first).toBe(10_000_000 - 30);
    expect(w.end).toBe(10_000_000);
    // the middle of the thumb's travel is the middle of the content
    const mid = visibleWindow(g, bottom / 2, 0).first;
    expect(Math.abs(mid - (10_000_000 - 30) / 2)).toBeLessThan(2);
  });

  it('scrollTopFor inverts contentOffsetAt, scaled or not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (rows, frac) => {
        const g = { rowCount: rows, rowHeight: ROW, viewportHeight: VIEW };
        const range = Math.max(0, rows * ROW - VIEW);
        const off = frac * range;
        const back = contentOffsetAt(g, scrollTopFor(g, off));
        expect(Math.abs(back - off)).toBeLessThan(1e-3 * Math.max(1, range / MAX_SPACER_PX));
      }),
    );
  });

  it('reveals any row of a 10 M-row view: after scrolling to it, it is in the rendered window', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999 }), (row) => {
        const g = { rowCount: 10_000_000, rowHeight: ROW, viewportHeight: VIEW };
        const top = scrollTopToReveal(g, 0, row) ?? 0;
        const w = visibleWindow(g, top, 0);
        expect(row).toBeGreaterThanOrEqual(w.first);
        expect(row).toBeLessThan(w.end);
      }),
    );
  });

  it('renders nothing for an empty view', () => {
    expect(visibleWindow({ rowCount: 0, rowHeight: ROW, viewportHeight: VIEW }, 0)).toEqual({ first: 0, end: 0, firstTop: 0 });
  });
});
