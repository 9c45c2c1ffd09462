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

/** The Log Text column never shrinks below this to make room for the others, unless the pane is narrower still. */
export const MIN_TEXT_WIDTH = 220;
/** In a pane too narrow for that (side by side), Component and Source give way first, then Log Text down to this. */
export const SQUEEZED_TEXT_WIDTH = 140;
export const SQUEEZED_COLUMN_WIDTH = 70;
const SQUEEZABLE: readonly ColumnId[] = ['component', 'source'];

/**
 * Widths as laid out: the Log Text column takes the pane's width left after the other columns, at least
 * MIN_TEXT_WIDTH (or its set width if smaller). In a narrow side-by-side pane Component and Source are squeezed,
 * then Log Text, so Date/Time stays in view: synchronized panes are read by their times.
 */
export function layoutWidths(columns: readonly ColumnSetting[], available: number, gutter: number): Map<ColumnId, number> {
  const widths = new Map(columns.map((c) => [c.id, c.width]));
  const text = columns.find((c) => c.id === 'text');
  const others = (): number => [...widths].reduce((a, [id, w]) => a + (id === 'text' ? 0 : w), 0) + gutter;
  if (!text) return widths;
  let floor = Math.min(text.width, MIN_TEXT_WIDTH);
  let over = floor + others() - available;
  for (const id of SQUEEZABLE) {
    const w = widths.get(id);
    if (over <= 0 || w === undefined) continue;
    const cut = Math.min(over, Math.max(0, w - SQUEEZED_COLUMN_WIDTH));
    widths.set(id, w - cut);
    over -= cut;
  }
  if (over > 0) floor = Math.max(Math.min(text.width, SQUEEZED_TEXT_WIDTH), floor - over);
  widths.set('text', Math.max(floor, available - others()));
  return widths;
}
