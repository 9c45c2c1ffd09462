import { describe, expect, it } from 'vitest';
import { DEFAULT_COLUMNS, MIN_TEXT_WIDTH, SQUEEZED_COLUMN_WIDTH, SQUEEZED_TEXT_WIDTH, layoutWidths, shownColumns } from './columns';

describe('column layout', () => {
  const cols = shownColumns(DEFAULT_COLUMNS, false);
  const others = cols.filter((c) => c.id !== 'text').reduce((a, c) => a + c.width, 0) + 18;
  it('Log Text fills a wide pane', () => {
    expect(layoutWidths(cols, 1600, 18).get('text')).toBe(1600 - others);
  });
  it('Log Text shrinks in a narrow pane so Date/Time stays in view, down to a floor', () => {
    expect(layoutWidths(cols, others + 300, 18).get('text')).toBe(300);
    expect(layoutWidths(cols, others + MIN_TEXT_WIDTH, 18).get('text')).toBe(MIN_TEXT_WIDTH);
  });
  it('a side-by-side pane squeezes Component, then Log Text, so Date/Time stays in view', () => {
    const w = layoutWidths(cols, 480, 18);
    expect(w.get('component')).toBe(SQUEEZED_COLUMN_WIDTH);
    expect(w.get('text')).toBe(SQUEEZED_TEXT_WIDTH);
    // Date/Time ends inside the pane.
    expect(w.get('text')! + w.get('component')! + w.get('time')! + 18).toBeLessThanOrEqual(480);
    // A little narrowing only costs Component what it must.
    expect(layoutWidths(cols, others + MIN_TEXT_WIDTH - 30, 18).get('component')).toBe(130 - 30);
    // Never below the floors, however narrow.
    const tiny = layoutWidths(cols, 100, 18);
    expect([tiny.get('text'), tiny.get('component')]).toEqual([SQUEEZED_TEXT_WIDTH, SQUEEZED_COLUMN_WIDTH]);
  });
  it('Source shows only in a merged view', () => {
    expect(shownColumns(DEFAULT_COLUMNS, false).map((c) => c.id)).not.toContain('source');
    expect(shownColumns(DEFAULT_COLUMNS, true).map((c) => c.id)).toContain('source');
  });
});
