// A pane's scrollbar marks, as OneTrace and klogg draw them: errors, warnings, find hits and bookmarks beside
// the scrollbar, one mark per slice of the view (a slice every few pixels of the track), and a click on one
// selects that row. Error, warning and bookmark positions come from the backend (api.scrollMarks, counted over
// the view's columns); hits are the positions the backend's search already returned, grouped the same way.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { marksOfPositions } from '../../../shared/index/position-marks';
import { api } from '../api/client';
import { selectIndex } from '../actions/navigate';
import { nonEmpty, useView, viewArgs, type Pane } from '../store/view-store';
import { useAnswer } from './use-answer';

/** One slice every this many pixels of the track. */
const SLICE_PX = 3;

export function ScrollMarks({ pane, count, trackHeight, revision }: { pane: Pane; count: number; trackHeight: number; revision: string }) {
  const { t } = useTranslation();
  const filter = useView((s) => s.filter);
  const hits = useView((s) => s.paneState[pane.id]?.hits);
  const bookmarks = useView((s) => s.bookmarks);
  const mine = useMemo(() => bookmarks.filter((b) => pane.logIds.includes(b.logId)).map((b) => ({ source: b.source, line: b.line })), [bookmarks, pane.logIds]);
  const slices = Math.max(10, Math.min(2000, Math.floor(trackHeight / SLICE_PX)));
  const marks = useAnswer(
    count ? () => api.scrollMarks({ ...viewArgs(pane.logIds, filter), slices, ...(mine.length ? { bookmarks: mine } : {}) }) : null,
    [pane.logIds.join(','), JSON.stringify(nonEmpty(filter) ?? null), count, slices, revision, JSON.stringify(mine)],
    120,
  );

  const hitMarks = useMemo(() => (hits?.length && count ? marksOfPositions(hits, count, slices) : []), [hits, count, slices]);
  if (!marks || marks.count !== count || !count) return null;
  // drawn in this order: a later kind's mark lies over an earlier one's
  const byKind = { error: marks.error, warning: marks.warning, hit: hitMarks, bookmark: marks.bookmark };
  return (
    <div className="scroll-marks" aria-label={t('marks.title')}>
      {Object.entries(byKind).map(([kind, list]) =>
        list.map((m) => (
          <div
            key={`${kind}${m.slice}`}
            className={`scroll-mark mark-${kind}`}
            data-mark={kind}
            data-row={m.row}
            title={t(`marks.${kind}`, { row: (m.row + 1).toLocaleString() })}
            style={{ top: `${(m.slice / marks.slices) * 100}%` }}
            onMouseDown={(e) => e.stopPropagation()}
            onClick={() => void selectIndex(pane.id, m.row)}
          />
        )),
      )}
    </div>
  );
}
