// A pane's scrollbar marks, from its view: one pass over the positions reading each row's severity from the
// columns (no text, no row objects), the first error and warning of each slice kept; bookmarks located by their
// file and line. The renderer draws at most `slices` marks per kind, whatever the view's size.
import type { ScrollMarks } from '../../../shared/api/contract';
import { SEVERITY_CODE } from '../../../shared/index/entry-index';
import { marksOfPositions, SliceMarks } from '../../../shared/index/position-marks';
import { locateInView, type NavView } from '../view-navigation';

export function scrollMarksOf(v: NavView, slices: number, bookmarks: readonly { source: string; line: number }[] = []): ScrollMarks {
  const error = new SliceMarks(v.count, slices);
  const warning = new SliceMarks(v.count, slices);
  const single = v.logOf === null ? v.logs[0]?.store : null;
  for (let i = 0; i < v.count; i++) {
    const store = single ?? v.logs[v.logOf![i]].store;
    const code = store.severityCode(v.rowOf ? v.rowOf[i] : i);
    if (code === SEVERITY_CODE.error) error.add(i);
    else if (code === SEVERITY_CODE.warning) warning.add(i);
  }
  const located = bookmarks.map((b) => locateInView(v, b.source, b.line)).filter((i): i is number => i !== null);
  return { count: v.count, slices, error: error.marks, warning: warning.marks, bookmark: marksOfPositions(located, v.count, slices) };
}
