// The timeline strip across the active set: scan cycles as bands coloured by verdict, pipeline step ticks,
// entries per slice of time with their errors and warnings, a time axis, and where the active pane is.
// The counts come from the backend (api.timeline: one number per slice, counted over its columns), so the
// strip costs the same for 10 M rows as for 100. Hover says the time and the counts; click or drag moves
// every pane to that instant (goToInstant: the one clock); the wheel zooms around the pointer (the backend counts
// the narrower span), a double click shows the whole set again. Drawn on a canvas: one rectangle per 3 px slice.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { goToInstant } from '../actions/navigate';
import { activeDiagnosis, useLogs } from '../store/logs-store';
import { useSettings } from '../store/settings-store';
import { activePaneState, useView } from '../store/view-store';
import { useAnswer } from './use-answer';
import { useClientSize } from './use-client-size';
import { clockShiftMs, instantAt, instantLabel, isoInstant, tickLabel, ticks, xOf, type Span } from '../view/timeline-axis';

/** One slice every this many pixels: finer would not be seen, coarser hides short bursts. */
const SLICE_PX = 3;
const BAND_H = 9;
const BARS_H = 26;
const AXIS_H = 14;
/** The bars' baseline and the axis's top. */
const BASE_Y = BAND_H + BARS_H;
const HEIGHT = BASE_Y + AXIS_H;

export function Timeline() {
  const { t } = useTranslation();
  const logs = useLogs((s) => s.logs);
  // every open log that could be read: the set switcher does not narrow the strip (yet)
  const ids = useMemo(() => logs.filter((l) => l.state !== 'error').map((l) => l.id), [logs]);
  const revision = useLogs((s) => ids.map((id) => s.revision[id] ?? 0).join(','));
  const zones = logs.map((l) => `${l.id}:${l.utcOffset}/${l.offsetSource}`).join(',');
  const diagnosis = useLogs(activeDiagnosis);
  const timeMode = useSettings((s) => s.timeMode);
  const theme = useSettings((s) => s.theme);
  const cursorMs = useView((s) => activePaneState(s)?.selectedRow?.instantMs ?? null);
  const [hover, setHover] = useState<{ x: number; slice: number } | null>(null);
  /** The span zoomed to with the wheel (null: the whole set); the backend counts that span only. */
  const [zoom, setZoom] = useState<Span | null>(null);
  const wrap = useRef<HTMLDivElement>(null);
  // the strip is not rendered while no log is open: observe it once it is
  const { width } = useClientSize(wrap, { width: 0, height: 0 }, ids.length > 0);
  const canvas = useRef<HTMLCanvasElement>(null);
  const dragging = useRef(false);
  const lastSlice = useRef(-1);

  const slices = Math.max(20, Math.min(4000, Math.floor(width / SLICE_PX)));
  const data = useAnswer(
    ids.length && width ? () => api.timeline({ logIds: ids, slices, ...(zoom ?? {}) }) : null,
    [ids.join(','), width > 0, slices, revision, zones, zoom?.fromMs, zoom?.toMs],
    150,
  );
  // another set of logs: the whole span again
  useEffect(() => setZoom(null), [ids.join(',')]);

  const span: Span | null = data && data.fromMs !== null && data.toMs !== null ? { fromMs: data.fromMs, toMs: data.toMs } : null;
  const whole = useRef<Span | null>(null);
  if (span && !zoom) whole.current = span;
  const writerOffset = logs.find((l) => l.id === ids[0])?.utcOffset ?? null;
  const shift = span ? clockShiftMs(timeMode, writerOffset, span.fromMs) : 0;
  const cycles = (diagnosis?.cycles ?? []).flatMap((c) => {
    const from = isoInstant(c.start);
    const to = isoInstant(c.end) ?? from;
    return from === null || to === null ? [] : [{ from, to, verdict: c.verdict }];
  });

  useEffect(() => {
    const c = canvas.current;
    if (!c || !width) return;
    const dpr = window.devicePixelRatio || 1;
    c.width = Math.round(width * dpr);
    c.height = HEIGHT * dpr;
    const g = c.getContext('2d');
    if (!g) return;
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.clearRect(0, 0, width, HEIGHT);
    if (!data || !span) return;
    const css = getComputedStyle(c);
    /** A rectangle in the theme's colour `name` (a CSS variable). */
    const fill = (name: string, x: number, y: number, w: number, h: number) => {
      g.fillStyle = css.getPropertyValue(name).trim() || '#888';
      g.fillRect(x, y, w, h);
    };
    // cycles: a band per cycle, its verdict's colour; at least 2 px so a short one shows
    for (const cy of cycles) {
      const x0 = xOf(span, width, cy.from);
      fill(cy.verdict === 'failed' ? '--bad' : cy.verdict === 'healthy' ? '--ok' : '--warn-bg', x0, 1, Math.max(2, xOf(span, width, cy.to) - x0), BAND_H - 3);
    }
    // step ticks over the bands
    for (const s of data.steps) fill('--fg2', Math.round(xOf(span, width, s.instantMs)), 0, 1, BAND_H - 1);
    // entries per slice (square-root scale: quiet stretches stay visible beside bursts), errors and warnings at the base
    const max = Math.max(1, ...data.total);
    const w = width / data.total.length;
    for (let k = 0; k < data.total.length; k++) {
      const n = data.total[k];
      if (!n) continue;
      const h = Math.max(1, Math.sqrt(n / max) * BARS_H);
      const x = k * w;
      const bw = Math.max(1, w - 0.5);
      const eh = data.errors[k] ? Math.max(2, (data.errors[k] / n) * h) : 0;
      const wh = data.warnings[k] ? Math.max(2, (data.warnings[k] / n) * h) : 0;
      fill('--muted', x, BASE_Y - h, bw, h);
      if (eh) fill('--bad', x, BASE_Y - eh, bw, eh);
      if (wh) fill('--warn-bg', x, BASE_Y - eh - wh, bw, wh);
    }
    // axis
    g.font = '10px system-ui, sans-serif';
    g.textBaseline = 'top';
    const tk = ticks(span, width, 90, shift);
    for (const at of tk.at) {
      const x = Math.round(xOf(span, width, at));
      fill('--fg2', x, BASE_Y, 1, 3);
      g.fillText(tickLabel(at, tk.step, shift), x + 2, BASE_Y + 2);
    }
    // where the active pane's selected entry is
    if (cursorMs !== null && cursorMs >= span.fromMs && cursorMs <= span.toMs) fill('--sync', Math.round(xOf(span, width, cursorMs)) - 1, 0, 2, BASE_Y);
  }, [data, width, cursorMs, shift, theme, JSON.stringify(cycles)]);

  if (!ids.length) return null;

  /** Zoomed out as far as the whole set (the backend's span when not zoomed). */
  const zoomedOut = (z: Span) => !whole.current || (z.fromMs <= whole.current.fromMs && z.toMs >= whole.current.toMs);

  const sliceAt = (x: number) => (data ? Math.min(data.total.length - 1, Math.max(0, Math.floor((x / width) * data.total.length))) : -1);
  const localX = (e: React.MouseEvent) => e.clientX - e.currentTarget.getBoundingClientRect().left;
  const moveTo = (x: number) => {
    if (!span) return;
    const k = sliceAt(x);
    if (dragging.current && k === lastSlice.current) return;
    lastSlice.current = k;
    void goToInstant(instantAt(span, width, x));
  };

  let tip: string | null = null;
  if (hover && data && span && hover.slice >= 0) {
    const k = hover.slice;
    const from = span.fromMs + k * data.sliceMs;
    const steps = data.steps.filter((s) => s.instantMs >= from && s.instantMs < from + data.sliceMs).map((s) => s.step);
    const at = instantAt(span, width, hover.x);
    // the cycle under the slice (a cycle of a minute in a strip of days is narrower than a slice)
    const cycle = cycles.find((c) => c.from < from + data.sliceMs && c.to >= from);
    tip = [
      instantLabel(at, shift),
      t('timeline.counts', { total: data.total[k].toLocaleString(), errors: data.errors[k].toLocaleString(), warnings: data.warnings[k].toLocaleString() }),
      steps.length ? t('timeline.steps', { steps: [...new Set(steps)].join(', ') }) : null,
      cycle ? t('timeline.cycle', { verdict: t(`verdict.${cycle.verdict}`) }) : null,
    ].filter(Boolean).join(' · ');
  }

  return (
    <div className="timeline">
      <div
        ref={wrap}
        className="timeline-plot"
        role="slider"
        aria-label="Timeline"
        aria-description={t('timeline.aria')}
        aria-valuemin={span?.fromMs ?? 0}
        aria-valuemax={span?.toMs ?? 0}
        aria-valuenow={cursorMs ?? span?.fromMs ?? 0}
        aria-valuetext={cursorMs !== null ? instantLabel(cursorMs, shift) : t('timeline.noCursor')}
        tabIndex={0}
        // what is drawn, for tests and tools: the span and how many slices the backend counted
        data-from={span?.fromMs}
        data-to={span?.toMs}
        data-slices={data?.total.length}
        onPointerDown={(e) => {
          if (!span) return;
          e.currentTarget.setPointerCapture(e.pointerId);
          dragging.current = true;
          lastSlice.current = -1;
          moveTo(localX(e));
        }}
        onPointerMove={(e) => {
          const x = localX(e);
          setHover({ x, slice: sliceAt(x) });
          if (dragging.current) moveTo(x);
        }}
        onPointerUp={() => (dragging.current = false)}
        onPointerLeave={() => setHover(null)}
        onWheel={(e) => {
          // zoom around the pointer; out past the whole span goes back to it
          if (!span || e.deltaY === 0) return;
          const x = localX(e);
          const k = e.deltaY < 0 ? 0.6 : 1 / 0.6;
          // from the zoom asked last, not the one drawn: notches come faster than the backend answers
          setZoom((prev) => {
            const base = prev ?? span;
            const at = instantAt(base, width, x);
            const next = { fromMs: at - (at - base.fromMs) * k, toMs: at + (base.toMs - at) * k };
            return k > 1 && zoomedOut(next) ? null : next.toMs - next.fromMs < 1000 ? base : next;
          });
        }}
        onDoubleClick={() => setZoom(null)}
        onKeyDown={(e) => {
          if (!span || !data || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return;
          e.preventDefault();
          const step = data.sliceMs * (e.shiftKey ? 10 : 1) * (e.key === 'ArrowLeft' ? -1 : 1);
          void goToInstant(Math.min(span.toMs, Math.max(span.fromMs, (cursorMs ?? span.fromMs) + step)));
        }}
      >
        <canvas ref={canvas} style={{ width: '100%', height: HEIGHT }} />
        {hover && tip && (
          <div className="timeline-tip" role="tooltip" style={hover.x < width / 2 ? { left: hover.x } : { right: width - hover.x }}>
            {tip}
          </div>
        )}
      </div>
    </div>
  );
}
