// One log (or several merged by time) as a virtualized grid: fixed-height rows fetched a page at a time,
// never all at once. Past ~360 k rows the scroll position is scaled (view/scroll-mapping.ts) so 10 M rows
// fit under the browser's element-height cap.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Row } from '../../../shared/api/contract';
import { selectIndex, syncFrom } from '../actions/navigate';
import { openSets, setLabel, useLogs } from '../store/logs-store';
import { useSettings } from '../store/settings-store';
import { ask } from '../store/toasts-store';
import { bookmarkKey, nonEmpty, useView, viewArgs, type Pane } from '../store/view-store';
import { cellText, columnKind, layoutWidths, shownColumns } from '../view/columns';
import { compileRules, highlightColor } from '../view/highlight-rules';
import { isScaled, scrollTopFor, scrollTopToReveal, spacerHeight, visibleWindow, contentOffsetAt, type ScrollGeometry } from '../view/scroll-mapping';
import { stepColor } from '../view/step-style';
import { ColumnMenu, GridHeader } from './GridHeader';
import { listen } from './listen';
import { atEnd, useFollowNewestStep, useKeepPlace } from './pane-place';
import { ScrollMarks } from './ScrollMarks';
import { useAnswer } from './use-answer';
import { useClientSize } from './use-client-size';
import { ExportRowsButton } from './ExportMenu';

const ROW_HEIGHT = 22;
const PAGE = 200;
const GUTTER = 18;

export function LogPane({ pane }: { pane: Pane }) {
  const { t } = useTranslation();
  const logs = useLogs((s) => s.logs);
  const revision = useLogs((s) => pane.logIds.map((id) => s.revision[id] ?? 0).join(','));
  const filter = useView((s) => s.filter);
  const st = useView((s) => s.paneState[pane.id]);
  const isActive = useView((s) => s.activePaneId === pane.id);
  const timeMode = useSettings((s) => s.timeMode);
  const paneLogs = pane.logIds.map((id) => logs.find((l) => l.id === id));
  const names = pane.logIds.map((id, i) => paneLogs[i]?.name ?? id);
  const kind = columnKind(names);
  const columnsSetting = useSettings((s) => s.columnsFor(kind));
  const rules = useSettings((s) => s.highlightRules);
  const tailPaused = useLogs((s) => s.tailPaused);
  const merged = pane.logIds.length > 1;
  const columns = shownColumns(columnsSetting, merged);
  const label = names.join(' + ');
  // two clients open: a pane says whose log it shows (CcmMessaging.log of PC042, not just CcmMessaging.log)
  const manySets = openSets(logs).length > 1;
  const paneSets = openSets(paneLogs.filter((l) => l !== undefined));

  const [scrollTop, setScrollTop] = useState(0);
  const [scrollLeft, setScrollLeft] = useState(0);
  const [menu, setMenu] = useState<{ x: number; y: number } | null>(null);
  const [, bump] = useState(0);
  const scrollRef = useRef<HTMLDivElement>(null);
  const { height: viewport, width: paneWidth } = useClientSize(scrollRef, { width: 800, height: 400 });
  const follow = useRef(true);
  const viewKey = `${pane.logIds.join(',')}|${JSON.stringify(nonEmpty(filter) ?? null)}`;
  // A log's zone changed (set by hand, or borrowed from the set): same rows, other instants; refetch in place.
  const zoneKey = paneLogs.map((l) => `${l?.utcOffset}/${l?.offsetSource}`).join(',');
  /** The rows fetched (a page at a time) for this view and zone; another starts afresh, and a late answer lands in the old one. */
  const rowsFor = `${viewKey}#${zoneKey}`;
  // counted on open and whenever lines are appended to one of the logs
  const count = useAnswer(() => ask('countRows', viewArgs(pane.logIds, filter)), [viewKey, revision]) ?? 0;
  const cache = useRef({ key: rowsFor, count, pages: new Map<number, Row[]>(), pending: new Set<number>() });
  if (cache.current.key !== rowsFor) cache.current = { key: rowsFor, count, pages: new Map(), pending: new Set() };
  if (cache.current.count !== count) {
    // the last page may have been partial: fetch it again
    cache.current.pages.delete(Math.floor(Math.max(0, cache.current.count - 1) / PAGE) * PAGE);
    cache.current.count = count;
  }

  const g: ScrollGeometry = { rowCount: count, rowHeight: ROW_HEIGHT, viewportHeight: viewport };
  const win = visibleWindow(g, scrollTop, 6);
  useKeepPlace(scrollRef, g, paneWidth, st?.selected ?? st?.syncRow ?? null, follow);
  useFollowNewestStep(pane.id, pane.logIds, scrollRef, follow);

  // a new view starts at the top
  useEffect(() => {
    follow.current = true;
    setScrollTop(0);
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [viewKey]);

  // tail: follow new lines while the user is at the bottom and the tail is not paused
  useEffect(() => {
    const el = scrollRef.current;
    if (!el || !count || tailPaused || !follow.current || revision.split(',').every((r) => r === '0')) return;
    el.scrollTop = el.scrollHeight;
  }, [count]);

  // fetch the pages the window needs
  useEffect(() => {
    const c = cache.current;
    if (!count) return;
    for (let p = Math.floor(win.first / PAGE) * PAGE; p < win.end; p += PAGE) {
      if (c.pages.has(p) || c.pending.has(p)) continue;
      c.pending.add(p);
      void ask('getRows', { ...viewArgs(pane.logIds, filter), start: p, count: PAGE }).then((rows) => {
        c.pending.delete(p);
        if (!rows) return;
        c.pages.set(p, rows);
        if (c === cache.current) bump((n) => n + 1);
      });
    }
  });

  const rowAtIndex = (i: number): Row | undefined => cache.current.pages.get(Math.floor(i / PAGE) * PAGE)?.[i % PAGE];

  // scaled views: one wheel notch moves rows, not (huge content / spacer) rows
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      const geo = { rowCount: count, rowHeight: ROW_HEIGHT, viewportHeight: el.clientHeight };
      if (!isScaled(geo) || e.deltaY === 0 || e.ctrlKey) return;
      e.preventDefault();
      const px = e.deltaMode === 1 ? e.deltaY * ROW_HEIGHT : e.deltaMode === 2 ? e.deltaY * el.clientHeight : e.deltaY;
      el.scrollTop = scrollTopFor(geo, contentOffsetAt(geo, el.scrollTop) + px);
    };
    return listen(el, { wheel: onWheel }, { passive: false });
  }, [count]);

  // reveal requests (selection from keys, sync from another pane, find, evidence)
  useEffect(() => {
    const el = scrollRef.current;
    if (!el || !st?.reveal) return;
    const geo = { rowCount: Math.max(count, st.reveal.row + 1), rowHeight: ROW_HEIGHT, viewportHeight: el.clientHeight };
    const top = scrollTopToReveal(geo, el.scrollTop, st.reveal.row, true);
    if (top !== null) el.scrollTop = top;
    follow.current = false;
  }, [st?.reveal?.seq, count > 0]);

  const onScroll = () => {
    const el = scrollRef.current!;
    setScrollTop(el.scrollTop);
    setScrollLeft(el.scrollLeft);
    follow.current = atEnd(el);
  };

  const onRowClick = (e: React.MouseEvent, index: number) => {
    const row = rowAtIndex(index) ?? null;
    const second = e.shiftKey || e.ctrlKey || e.metaKey;
    useView.getState().select(pane.id, index, row, second);
    if (!second) void syncFrom(pane.id, row);
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    const per = Math.max(1, Math.floor(viewport / ROW_HEIGHT) - 1);
    const cur = st?.selected ?? -1;
    const moves: Record<string, number> = { ArrowDown: cur + 1, ArrowUp: cur - 1, PageDown: cur + per, PageUp: cur - per, Home: 0, End: count - 1 };
    if (!(e.key in moves) || e.ctrlKey || e.altKey || !count) return;
    e.preventDefault();
    void selectIndex(pane.id, Math.min(count - 1, Math.max(0, moves[e.key])));
  };

  const compiled = useMemo(() => compileRules(rules), [rules]);
  const hitSet = useMemo(() => new Set(st?.hits ?? []), [st?.hits]);
  const bookmarks = useView((s) => s.bookmarks);
  const bookmarkSet = useMemo(() => new Set(bookmarks.map(bookmarkKey)), [bookmarks]);
  const widths = layoutWidths(columns, paneWidth, GUTTER);
  const laidOut = columns.filter((c) => widths.has(c.id)).map((c) => ({ ...c, width: widths.get(c.id)! }));
  const rowWidth = laidOut.reduce((a, c) => a + c.width, 0) + GUTTER;
  const logName = (id: string) => {
    const l = logs.find((x) => x.id === id);
    return !l ? id : manySets ? `${l.name} (${setLabel(l.set)})` : l.name;
  };

  const rendered = [];
  for (let i = win.first; i < win.end; i++) {
    const r = rowAtIndex(i);
    const color = r ? highlightColor(compiled, r.text) : null;
    const cls = [
      'log-row',
      `sev-${r?.severity ?? 'info'}`,
      st?.selected === i && 'selected',
      st?.second === i && 'second',
      st?.syncRow === i && 'sync-target',
      hitSet.has(i) && 'find-hit',
      color && 'highlighted',
      !r && 'loading',
    ].filter(Boolean).join(' ');
    rendered.push(
      <div
        role="row"
        key={i}
        aria-rowindex={i + 1}
        aria-selected={st?.selected === i}
        className={cls}
        data-index={i}
        style={{ top: (i - win.first) * ROW_HEIGHT, height: ROW_HEIGHT, width: rowWidth, ...(color ? { background: color } : {}) }}
        onClick={(e) => onRowClick(e, i)}
      >
        <span className="cell gutter" aria-hidden="true">{r && bookmarkSet.has(bookmarkKey(r)) ? '◆' : ''}</span>
        {laidOut.map((c) => (
          <span role="gridcell" key={c.id} className={`cell col-${c.id}`} style={{ width: c.width }}>
            {!r ? '' : c.id !== 'text' ? cellText(r, c.id, timeMode, logName) : (
              <>
                {r.step && <span className="step-badge" style={{ background: stepColor(r.step) }} title={t('pipeline.stepTitle', { step: r.step })}>{r.step}</span>}
                {r.text.split('\n')[0]}
                {r.text.includes('\n') && <span className="more-lines"> ⏎</span>}
              </>
            )}
          </span>
        ))}
      </div>,
    );
  }

  const info = paneLogs[0];
  return (
    <section className={`log-pane${isActive ? ' active' : ''}`} onMouseDown={() => useView.setState({ activePaneId: pane.id })} data-pane={pane.id}>
      <div className="pane-title">
        <span className="pane-name" title={paneLogs.map((l, i) => l?.source ?? pane.logIds[i]).join('\n')}>
          {merged ? `${t('pane.merged')}: ${label}` : label}
        </span>
        {manySets && paneSets.map((ps) => (
          <span key={ps.id} className="pane-set" title={t('sets.paneSet', { set: setLabel(ps) })}>{setLabel(ps)}</span>
        ))}
        <span className="pane-count">{t('pane.rows', { count, n: count.toLocaleString() })}</span>
        {info && !merged && info.state === 'indexing' && <span className="pane-state">{t('pane.indexing')}</span>}
        <ExportRowsButton logIds={pane.logIds} />
        <button className="icon-btn" title={t('pane.columns')} aria-label={t('pane.columns')} onClick={(e) => setMenu({ x: e.clientX, y: e.clientY })}>☰</button>
        <button className="icon-btn" title={t('pane.close')} aria-label={t('pane.close')} onClick={() => useView.getState().closePane(pane.id)}>✕</button>
      </div>
      <GridHeader columns={laidOut} kind={kind} scrollLeft={scrollLeft} onMenu={(x, y) => setMenu({ x, y })} />
      <div className="grid-body">
      <div
        role="grid"
        aria-label={label}
        aria-rowcount={count}
        aria-multiselectable="true"
        tabIndex={0}
        ref={scrollRef}
        className="grid-scroll"
        onScroll={onScroll}
        onKeyDown={onKeyDown}
      >
        <div className="grid-spacer" style={{ height: spacerHeight(g), width: rowWidth }}>
          <div className="grid-rows" style={{ top: Math.max(0, scrollTop) + win.firstTop, width: rowWidth }}>
            {rendered}
          </div>
        </div>
        {count === 0 && <div className="grid-empty">{nonEmpty(filter) ? t('pane.emptyFiltered') : t('pane.empty')}</div>}
      </div>
      <ScrollMarks pane={pane} count={count} trackHeight={viewport} revision={revision} />
      </div>
      {menu && <ColumnMenu x={menu.x} y={menu.y} kind={kind} onClose={() => setMenu(null)} />}
    </section>
  );
}
