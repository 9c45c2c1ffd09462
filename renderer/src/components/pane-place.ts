// A pane keeps its place: when its size changes (side by side ↔ stacked, a pane closed,
// the window resized) the selected row stays in view, or the rows at the top stay at the top; and while a scan
// runs, the pane holding the log that got the newest step follows the end, as CMTrace's auto-scroll does, until
// the user scrolls away. Hooks over the pane's scroll element, so LogPane's own scrolling stays as it is.
import { useEffect, useLayoutEffect, useRef, type MutableRefObject, type RefObject } from 'react';
import { useLogs } from '../store/logs-store';
import { useView } from '../store/view-store';
import { listen } from './listen';
import { contentOffsetAt, scrollTopFor, scrollTopToReveal, type ScrollGeometry } from '../view/scroll-mapping';

/** Scrolled to the end (within 2 px: scroll positions are rounded). */
export const atEnd = (el: HTMLElement): boolean => el.scrollTop + el.clientHeight >= el.scrollHeight - 2;

/**
 * After a size change: a pane following the tail stays at the end; the anchor row (the selection, else the row
 * another pane synced this one to), if it was in view, back in view, centred if it left it; else the same content
 * at the top as before.
 */
export function useKeepPlace(
  scrollRef: RefObject<HTMLDivElement | null>,
  g: ScrollGeometry,
  width: number,
  anchorRow: number | null,
  follow: MutableRefObject<boolean>,
): void {
  const top = useRef(0);
  const size = useRef({ h: 0, w: 0 });
  const geo = useRef(g);
  geo.current = g;
  const anchor = useRef(anchorRow);
  anchor.current = anchorRow;
  /** The anchor row was in view at the last scroll the user saw (a reveal or their own). */
  const anchorSeen = useRef(false);
  /** The pane was at its end at the last scroll (with `follow`: it follows the tail). */
  const wasAtEnd = useRef(false);
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const onScroll = () => {
      // a scroll the browser made because the pane changed size (clamping) is not where the user is
      if (el.clientHeight !== size.current.h || el.clientWidth !== size.current.w || el.clientHeight === 0) return;
      const now = { ...geo.current, viewportHeight: el.clientHeight };
      top.current = contentOffsetAt(now, el.scrollTop);
      anchorSeen.current = anchor.current !== null && scrollTopToReveal(now, el.scrollTop, anchor.current) === null;
      wasAtEnd.current = atEnd(el);
    };
    return listen(el, { scroll: onScroll });
  }, [scrollRef]);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el || el.clientHeight === 0) return;
    const first = size.current.h === 0;
    size.current = { h: el.clientHeight, w: el.clientWidth };
    if (first || g.rowCount === 0) return;
    const now = { ...g, viewportHeight: el.clientHeight };
    if (follow.current && wasAtEnd.current) {
      el.scrollTop = el.scrollHeight;
    } else if (anchorRow !== null && anchorRow < g.rowCount && anchorSeen.current) {
      if (scrollTopToReveal(now, el.scrollTop, anchorRow) !== null) el.scrollTop = scrollTopToReveal(now, el.scrollTop, anchorRow, true)!;
    } else {
      el.scrollTop = scrollTopFor(now, top.current);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on size changes only: a new selection scrolls by itself
  }, [g.viewportHeight, width]);
}

/**
 * Tail follow by step: when a step arrives in one of this pane's logs (and no earlier pane shows that log), the
 * pane goes to the end and stays there as lines arrive. `follow` is LogPane's own "stick to the bottom" flag.
 */
export function useFollowNewestStep(
  paneId: string,
  logIds: readonly string[],
  scrollRef: RefObject<HTMLDivElement | null>,
  follow: MutableRefObject<boolean>,
): void {
  const step = useLogs((s) => s.tailStep);
  const away = useRef(false);
  const touched = useRef(false);
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    // only the user's own wheel, drag or keys count as scrolling away; our reveals and follows do not
    const touch = () => (touched.current = true);
    const onScroll = () => {
      if (!touched.current) return;
      away.current = !atEnd(el);
      touched.current = false;
    };
    return listen(el, { wheel: touch, pointerdown: touch, keydown: touch, scroll: onScroll }, { passive: true });
  }, [scrollRef]);
  useEffect(() => {
    const el = scrollRef.current;
    if (!el || !step || !logIds.includes(step.logId) || away.current) return;
    const holder = useView.getState().panes.find((p) => p.logIds.includes(step.logId));
    if (holder?.id !== paneId) return;
    follow.current = true;
    el.scrollTop = el.scrollHeight;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per new step, not when the pane re-renders
  }, [step?.seq]);
}
