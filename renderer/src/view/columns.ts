// The grid's columns as data: CMTrace's four (Log Text, Component, Date/Time, Thread) plus Source for a
// merged view and Line for tickets. Order, widths and visibility are user settings.
export const COLUMN_IDS = ['text', 'component', 'time', 'thread', 'source', 'line'] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

export interface ColumnSetting {
  id: ColumnId;
  width: number;
  visible: boolean;
}

export const DEFAULT_COLUMNS: readonly ColumnSetting[] = [
  { id: 'text', width: 420, visible: true },
  { id: 'component', width: 130, visible: true },
  { id: 'time', width: 180, visible: true },
  { id: 'thread', width: 76, visible: true },
  { id: 'source', width: 160, visible: true },
  { id: 'line', width: 60, visible: false },
];

export const MIN_COLUMN_WIDTH = 40;

/** Columns to show in a pane: Source only makes sense when several logs are merged. */
export function shownColumns(columns: readonly ColumnSetting[], merged: boolean): ColumnSetting[] {
  return columns.filter((c) => c.visible && (c.id !== 'source' || merged));
}

/** The Log Text column never shrinks below this to make room for the others. */
export const MIN_TEXT_WIDTH = 220;

/**
 * Widths as laid out: the Log Text column takes the pane's width left after the other columns, at least
 * MIN_TEXT_WIDTH (or its set width if smaller), so Date/Time stays in view in a narrow side-by-side pane.
 */
export function layoutWidths(columns: readonly ColumnSetting[], available: number, gutter: number): Map<ColumnId, number> {
  const others = columns.reduce((a, c) => a + (c.id === 'text' ? 0 : c.width), 0) + gutter;
  const text = columns.find((c) => c.id === 'text');
  const textWidth = text ? Math.max(Math.min(text.width, MIN_TEXT_WIDTH), available - others) : 0;
  return new Map(columns.map((c) => [c.id, c.id === 'text' ? textWidth : c.width]));
}
