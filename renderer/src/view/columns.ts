// The grid's columns as data: CMTrace's four (Log Text, Component, Date/Time, Thread) plus Source for a
// merged view and Line for tickets. Order, widths and visibility are user settings.
import type { Row } from '../../../shared/api/contract';
import { formatRowTime, type TimeMode } from './time-format';

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

/** What a column says of a row, on one line (the grid draws Log Text itself: a step badge and the first line). */
export function cellText(r: Row, id: ColumnId, mode: TimeMode, logName: (logId: string) => string): string {
  switch (id) {
    case 'text': return r.text.replace(/[\t\r\n]+/g, ' ');
    case 'component': return r.component ?? '';
    case 'time': return formatRowTime(r, mode);
    case 'thread': return r.thread === null ? '' : String(r.thread);
    case 'source': return logName(r.logId);
    case 'line': return String(r.line);
  }
}

/** Columns to show in a pane: Source only makes sense when several logs are merged. */
export function shownColumns(columns: readonly ColumnSetting[], merged: boolean): ColumnSetting[] {
  return columns.filter((c) => c.visible && (c.id !== 'source' || merged));
}

/** Log Text keeps at least this width (or its set width if smaller): the other columns narrow or hide first. */
export const MIN_TEXT_WIDTH = 220;
export const SQUEEZED_COLUMN_WIDTH = 70;
/** Narrowed first, down to SQUEEZED_COLUMN_WIDTH: the columns whose values are short or repeat. */
const SQUEEZE_ORDER: readonly ColumnId[] = ['component', 'source', 'thread'];
/**
 * Then hidden, least needed first: Date/Time late, since synchronized panes are read by their times; Source (a merged
 * view only) last, since it is what tells a merged view's rows apart.
 */
const HIDE_ORDER: readonly ColumnId[] = ['line', 'thread', 'component', 'time', 'source'];

/**
 * Widths as laid out, for the columns that fit (a column left out is hidden in this pane). Log Text takes the
 * width left after the others and never less than MIN_TEXT_WIDTH: in a narrow side-by-side pane Component,
 * Source and Thread narrow, then Line, Thread, Component, Date/Time and at last Source hide.
 */
export function layoutWidths(columns: readonly ColumnSetting[], available: number, gutter: number): Map<ColumnId, number> {
  const widths = new Map(columns.map((c) => [c.id, c.width]));
  const text = columns.find((c) => c.id === 'text');
  if (!text) return widths;
  const floor = Math.min(text.width, MIN_TEXT_WIDTH);
  const others = (): number => [...widths].reduce((a, [id, w]) => a + (id === 'text' ? 0 : w), 0) + gutter;
  const over = (): number => floor + others() - available;
  for (const id of SQUEEZE_ORDER) {
    const w = widths.get(id);
    if (over() > 0 && w !== undefined) widths.set(id, Math.max(Math.min(w, SQUEEZED_COLUMN_WIDTH), w - over()));
  }
  for (const id of HIDE_ORDER) if (over() > 0) widths.delete(id);
  widths.set('text', Math.max(floor, available - others()));
  return widths;
}

/**
 * The kind of log a pane shows, for remembering its columns: the file name without a rotation stamp
 * (`WUAHandler-20261124-101500.log` is a WUAHandler.log), or "merged" for a merged view.
 */
export function columnKind(names: readonly string[]): string {
  if (names.length !== 1) return 'merged';
  return names[0].toLowerCase().replace(/-\d{8}-\d{6}(?=\.)/, '');
}
