// Issue 12 item 7: @tanstack/virtual-core (what @tanstack/react-virtual wraps) against our own windowing
// (renderer/src/view/scroll-mapping.ts), both driving the same scaled scroll mapping past the browser's height
// cap: TanStack's observeElementOffset reports the content offset our mapping computes, scrollToFn maps back.
// Measured per view size: the first window (mount), a scroll step (one frame's work), a tail append (count + 1:
// what every appended batch costs), and the heap the windowing holds. Run: npx tsx bench/virtualizer-probe.ts
import { Virtualizer } from '@tanstack/virtual-core';
import { contentOffsetAt, scrollTopFor, visibleWindow, type ScrollGeometry } from '../renderer/src/view/scroll-mapping';

const ROW = 22;
const VIEWPORT = 600;
const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => (gc?.(), process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers);
const ms = (f: () => void, n = 1) => {
  const t = performance.now();
  for (let i = 0; i < n; i++) f();
  return (performance.now() - t) / n;
};

function tanstack(count: number) {
  const g: ScrollGeometry = { rowCount: count, rowHeight: ROW, viewportHeight: VIEWPORT };
  let scrollTop = 0;
  let notifyOffset: ((offset: number, isScrolling: boolean) => void) | null = null;
  const el = { ownerDocument: { defaultView: globalThis }, scrollTop: 0 } as unknown as Element;
  const opts = {
    count,
    getScrollElement: () => el,
    estimateSize: () => ROW,
    overscan: 6,
    // the layering: TanStack sees content offsets; the element's scrollTop is our scaled one
    observeElementRect: (_: unknown, cb: (r: { width: number; height: number }) => void) => (cb({ width: 800, height: VIEWPORT }), () => {}),
    observeElementOffset: (_: unknown, cb: (offset: number, isScrolling: boolean) => void) => ((notifyOffset = cb), cb(contentOffsetAt(g, scrollTop), false), () => {}),
    scrollToFn: (offset: number) => void (scrollTop = scrollTopFor(g, offset)),
    onChange: () => {},
  };
  const h0 = heap();
  const v = new Virtualizer(opts as never);
  const mount = ms(() => {
    v._didMount();
    v._willUpdate();
    v.getVirtualItems();
  });
  const held = heap() - h0;
  let k = 0;
  const scroll = ms(() => {
    scrollTop = (k++ * 7919) % 7_000_000;
    notifyOffset!(contentOffsetAt(g, scrollTop), true);
    if (v.getVirtualItems().length === 0) throw new Error('no rows');
  }, 200);
  const append = ms(() => {
    opts.count += 1;
    g.rowCount = opts.count;
    v.setOptions({ ...v.options, count: opts.count });
    v.getVirtualItems();
  }, 5);
  return { mount, scroll, append, held };
}

function ours(count: number) {
  const g: ScrollGeometry = { rowCount: count, rowHeight: ROW, viewportHeight: VIEWPORT };
  let k = 0;
  const scroll = ms(() => {
    if (visibleWindow(g, (k++ * 7919) % 7_000_000, 6).end === 0) throw new Error('no rows');
  }, 200);
  const append = ms(() => {
    g.rowCount++;
    visibleWindow(g, 0, 6);
  }, 5);
  return { mount: ms(() => visibleWindow(g, 0, 6)), scroll, append, held: 0 };
}

const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`;
console.log('rows        windowing   mount ms  scroll ms/frame  append ms  heap held');
for (const count of [100_000, 1_000_000, 10_000_000]) {
  for (const [name, run] of [['tanstack', tanstack], ['ours', ours]] as const) {
    const r = run(count);
    console.log(`${String(count).padEnd(11)} ${name.padEnd(11)} ${r.mount.toFixed(2).padStart(8)}  ${r.scroll.toFixed(4).padStart(15)}  ${r.append.toFixed(2).padStart(9)}  ${mb(r.held).padStart(9)}`);
  }
}
