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
  { id: 'thread', width: 60, visible: true },
  { id: 'source', width: 160, visible: true },
  { id: 'line', width: 60, visible: false },
];

export const MIN_COLUMN_WIDTH = 40;

/** Columns to show in a pane: Source only makes sense when several logs are merged. */
export function shownColumns(columns: readonly ColumnSetting[], merged: boolean): ColumnSetting[] {
  return columns.filter((c) => c.visible && (c.id !== 'source' || merged));
}

/** Widths as laid out: the Log Text column takes whatever room the pane has beyond the set widths. */
export function layoutWidths(columns: readonly ColumnSetting[], available: number, gutter: number): Map<ColumnId, number> {
  const total = columns.reduce((a, c) => a + c.width, 0) + gutter;
  const extra = Math.max(0, available - total);
  return new Map(columns.map((c) => [c.id, c.width + (c.id === 'text' ? extra : 0)]));
}
