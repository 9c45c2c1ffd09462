import { describe, expect, it } from 'vitest';
import type { Row } from '../../../shared/api/contract';
import { COLUMN_IDS, DEFAULT_COLUMNS, MIN_TEXT_WIDTH, SQUEEZED_COLUMN_WIDTH, cellText, columnKind, layoutWidths, shownColumns } from './columns';

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
  it('a side-by-side pane narrows, then hides the other columns before Log Text goes under its minimum', () => {
    const w = layoutWidths(cols, 480, 18);
    expect(w.get('text')).toBeGreaterThanOrEqual(MIN_TEXT_WIDTH);
    // Thread and Component gave way; Date/Time stays, and ends inside the pane
    expect([...w.keys()].sort()).toEqual(['text', 'time']);
    expect(w.get('text')! + w.get('time')! + 18).toBe(480);
    // A little narrowing only costs Component what it must, and hides nothing.
    const slight = layoutWidths(cols, others + MIN_TEXT_WIDTH - 30, 18);
    expect([slight.get('component'), slight.get('text'), slight.has('thread')]).toEqual([130 - 30, MIN_TEXT_WIDTH, true]);
    // Four panes side by side (about 200 px each): Log Text alone, at its minimum.
    const tiny = layoutWidths(cols, 200, 18);
    expect([...tiny]).toEqual([['text', MIN_TEXT_WIDTH]]);
  });
  it('a merged view gives way with Source too, narrowing it before hiding it', () => {
    const merged = shownColumns(DEFAULT_COLUMNS, true);
    const w = layoutWidths(merged, 600, 18);
    expect(w.get('source')).toBe(SQUEEZED_COLUMN_WIDTH);
    expect(w.get('text')).toBeGreaterThanOrEqual(MIN_TEXT_WIDTH);
    // two panes side by side: a merged view keeps Source (what tells its rows apart) after Date/Time is gone
    expect([...layoutWidths(merged, 415, 18).keys()].sort()).toEqual(['source', 'text']);
  });
  it('column choices are kept per kind of log, a rotated file counting as its log', () => {
    expect(columnKind(['WUAHandler-20261124-101500.log'])).toBe('wuahandler.log');
    expect(columnKind(['WUAHandler.log'])).toBe('wuahandler.log');
    expect(columnKind(['A.log', 'B.log'])).toBe('merged');
  });
  it('Source shows only in a merged view', () => {
    expect(shownColumns(DEFAULT_COLUMNS, false).map((c) => c.id)).not.toContain('source');
    expect(shownColumns(DEFAULT_COLUMNS, true).map((c) => c.id)).toContain('source');
  });
  it('a cell says its column of a row on one line, as the grid shows it and Ctrl+C copies it', () => {
    const row: Row = {
      index: 0, logId: 'log1', source: '/logs/WUAHandler.log', line: 12, wallMs: Date.UTC(2026, 2, 10, 9, 15, 0, 5), utcOffset: -300,
      instantMs: Date.UTC(2026, 2, 10, 14, 15, 0, 5), component: null, thread: null, severity: 'error', text: 'Scan failed\twith\r\n0x80244021', step: null,
    };
    const name = (id: string) => `name of ${id}`;
    expect(COLUMN_IDS.map((id) => cellText(row, id, 'writer', name))).toEqual(['Scan failed with 0x80244021', '', '2026-03-10 09:15:00.005', '', 'name of log1', '12']);
    expect(cellText({ ...row, component: 'WUAHandler', thread: 4120 }, 'thread', 'utc', name)).toBe('4120');
    expect(cellText(row, 'time', 'utc', name)).toBe('2026-03-10 14:15:00.005');
  });
});
