import { describe, expect, it } from 'vitest';
import { DEFAULT_COLUMNS, MIN_TEXT_WIDTH, layoutWidths, shownColumns } from './columns';

describe('column layout', () => {
  const cols = shownColumns(DEFAULT_COLUMNS, false);
  const others = cols.filter((c) => c.id !== 'text').reduce((a, c) => a + c.width, 0) + 18;
  it('Log Text fills a wide pane', () => {
    expect(layoutWidths(cols, 1600, 18).get('text')).toBe(1600 - others);
  });
  it('Log Text shrinks in a narrow pane so Date/Time stays in view, down to a floor', () => {
    expect(layoutWidths(cols, others + 300, 18).get('text')).toBe(300);
    expect(layoutWidths(cols, 200, 18).get('text')).toBe(MIN_TEXT_WIDTH);
  });
  it('Source shows only in a merged view', () => {
    expect(shownColumns(DEFAULT_COLUMNS, false).map((c) => c.id)).not.toContain('source');
    expect(shownColumns(DEFAULT_COLUMNS, true).map((c) => c.id)).toContain('source');
  });
});
