// Fixed-height rows on a scroll range the browser can hold. Browsers cap an element's height near
// 16.7 M px (Chromium 33.5 M, Firefox ~17.9 M), so a plain spacer stops near a million 22 px rows.
// Past MAX_SPACER_PX the spacer stays MAX_SPACER_PX tall and the scroll position is scaled: the
// thumb's fraction of its travel is the content's fraction of its travel (docs/decisions.md, Scroll past the browser's height cap).

/** Safely under every browser's cap. */
export const MAX_SPACER_PX = 8_000_000;

export interface ScrollGeometry {
  rowCount: number;
  rowHeight: number;
  viewportHeight: number;
  /** Override for tests; defaults to MAX_SPACER_PX. */
  maxSpacer?: number;
}

function contentHeight(g: ScrollGeometry): number {
  return g.rowCount * g.rowHeight;
}

/** Height of the spacer element that gives the scroll bar its range. */
export function spacerHeight(g: ScrollGeometry): number {
  return Math.min(contentHeight(g), g.maxSpacer ?? MAX_SPACER_PX);
}

export function isScaled(g: ScrollGeometry): boolean {
  return contentHeight(g) > (g.maxSpacer ?? MAX_SPACER_PX);
}

/** How far the scroll bar and the content each travel. */
function travel(g: ScrollGeometry): { scroll: number; content: number } {
  return { scroll: Math.max(0, spacerHeight(g) - g.viewportHeight), content: Math.max(0, contentHeight(g) - g.viewportHeight) };
}

/** The content offset (px from the first row's top) shown at the top of the viewport for a scrollTop. */
export function contentOffsetAt(g: ScrollGeometry, scrollTop: number): number {
  const range = travel(g);
  const top = Math.min(Math.max(0, scrollTop), range.scroll);
  if (!isScaled(g) || range.scroll === 0) return Math.min(top, range.content);
  return (top / range.scroll) * range.content;
}

/** The scrollTop that shows the given content offset at the top of the viewport (inverse of contentOffsetAt). */
export function scrollTopFor(g: ScrollGeometry, contentOffset: number): number {
  const range = travel(g);
  const off = Math.min(Math.max(0, contentOffset), range.content);
  if (!isScaled(g) || range.content === 0) return off;
  return (off / range.content) * range.scroll;
}

export interface VisibleWindow {
  /** First row (partly) visible. */
  first: number;
  /** One past the last row to render. */
  end: number;
  /** Pixel offset of row `first` relative to the viewport's top (<= 0). */
  firstTop: number;
}

/** The rows to render for a scrollTop, plus `overscan` rows below. */
export function visibleWindow(g: ScrollGeometry, scrollTop: number, overscan = 4): VisibleWindow {
  if (g.rowCount === 0) return { first: 0, end: 0, firstTop: 0 };
  const offset = contentOffsetAt(g, scrollTop);
  const first = Math.min(g.rowCount - 1, Math.floor(offset / g.rowHeight));
  const firstTop = first * g.rowHeight - offset;
  const rowsInView = Math.ceil(g.viewportHeight / g.rowHeight) + 1;
  return { first, end: Math.min(g.rowCount, first + rowsInView + overscan), firstTop };
}

/** scrollTop that brings `row` into view with the least movement (null: already fully visible). */
export function scrollTopToReveal(g: ScrollGeometry, scrollTop: number, row: number, center = false): number | null {
  const offset = contentOffsetAt(g, scrollTop);
  const rowTop = row * g.rowHeight;
  const rowBottom = rowTop + g.rowHeight;
  if (center) return scrollTopFor(g, rowTop - (g.viewportHeight - g.rowHeight) / 2);
  if (rowTop >= offset && rowBottom <= offset + g.viewportHeight) return null;
  if (rowTop < offset) return scrollTopFor(g, rowTop);
  return scrollTopFor(g, rowBottom - g.viewportHeight);
}
