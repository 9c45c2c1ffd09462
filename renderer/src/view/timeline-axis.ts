// The timeline strip's geometry, pure: which slice an x falls in, the instant at an x, and tick marks at round
// steps (1 s … 1 week) that leave room for their labels. Times are shown in the user's time mode.
import { formatMs, type TimeMode } from './time-format';

export interface Span {
  fromMs: number;
  toMs: number;
}

/** The instant at pixel x of a strip `width` wide showing `span`. */
export function instantAt(span: Span, width: number, x: number): number {
  const f = Math.min(1, Math.max(0, x / Math.max(1, width)));
  return span.fromMs + f * (span.toMs - span.fromMs);
}

/** Pixel x of an instant (may fall outside [0, width]). */
export function xOf(span: Span, width: number, t: number): number {
  return ((t - span.fromMs) / Math.max(1, span.toMs - span.fromMs)) * width;
}

const STEPS_MS = [1, 2, 5, 10, 15, 30].map((s) => s * 1000)
  .concat([1, 2, 5, 10, 15, 30].map((m) => m * 60_000))
  .concat([1, 2, 3, 6, 12].map((h) => h * 3_600_000))
  .concat([1, 2, 7].map((d) => d * 86_400_000));

/**
 * Tick instants at a round step, at least `minGapPx` apart. `shiftMs`: the offset of the clock shown (ticks fall
 * on round times of that clock, not of UTC).
 */
export function ticks(span: Span, width: number, minGapPx: number, shiftMs = 0): { step: number; at: number[] } {
  const range = Math.max(1, span.toMs - span.fromMs);
  const step = STEPS_MS.find((s) => (s / range) * width >= minGapPx) ?? STEPS_MS[STEPS_MS.length - 1];
  const at: number[] = [];
  for (let t = Math.ceil((span.fromMs + shiftMs) / step) * step - shiftMs; t <= span.toMs; t += step) at.push(t);
  return { step, at };
}

/** How far the clock shown is from UTC, in ms: the writer's offset, the viewer's, or none. */
export function clockShiftMs(mode: TimeMode, writerOffsetMin: number | null, atMs: number): number {
  if (mode === 'utc') return 0;
  if (mode === 'local') return -new Date(atMs).getTimezoneOffset() * 60_000;
  return (writerOffsetMin ?? 0) * 60_000;
}

/** A tick's label: the time of day, to the precision its step needs; with the date at a day boundary. */
export function tickLabel(t: number, step: number, shiftMs: number): string {
  const full = instantLabel(t, shiftMs);
  const hm = full.slice(11, 16);
  if (step >= 86_400_000) return full.slice(0, 10);
  if (full.endsWith(' 00:00:00')) return `${full.slice(5, 10)} ${hm}`;
  return step < 60_000 ? full.slice(11) : hm;
}

/** An instant in full, in the clock shown: `YYYY-MM-DD HH:MM:SS`. */
export function instantLabel(t: number, shiftMs: number): string {
  return formatMs(t + shiftMs).slice(0, 19);
}

/** A cycle's start or end as the diagnosis writes it (ISO; without an offset it is the wall clock, read as the instant). */
export function isoInstant(iso: string | null): number | null {
  if (!iso) return null;
  const t = Date.parse(/(?:Z|[+-]\d{2}:\d{2})$/.test(iso) ? iso : `${iso}Z`);
  return Number.isNaN(t) ? null : t;
}
