// How the Date/Time column reads. CMTrace shows the writer's wall clock as written; we do too by default,
// with a switch to the viewer's local time or UTC (both from the true instant).
import type { Row } from '../../../shared/api/contract';

export const TIME_MODES = ['writer', 'local', 'utc'] as const;
export type TimeMode = (typeof TIME_MODES)[number];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `YYYY-MM-DD HH:MM:SS.mmm` of an epoch ms, read as UTC fields or local fields. */
export function formatMs(ms: number, fields: 'utc' | 'local' = 'utc'): string {
  // local fields are the UTC fields of the instant moved by the zone's offset at that instant
  const shift = fields === 'local' ? new Date(ms).getTimezoneOffset() * 60_000 : 0;
  return new Date(ms - shift).toISOString().replace('T', ' ').slice(0, 23);
}

export function formatRowTime(row: Pick<Row, 'wallMs' | 'instantMs'>, mode: TimeMode): string {
  if (mode === 'writer') return row.wallMs === null ? '' : formatMs(row.wallMs, 'utc');
  if (row.instantMs === null) return '';
  return formatMs(row.instantMs, mode === 'utc' ? 'utc' : 'local');
}

/** Elapsed time between two instants as CMTrace's status bar shows it: `1h 02m 03.456s`, signless. */
export function formatElapsed(ms: number): string {
  const a = Math.abs(Math.round(ms));
  const h = Math.floor(a / 3_600_000);
  const m = Math.floor((a % 3_600_000) / 60_000);
  const s = (a % 60_000) / 1000;
  const sec = `${s.toFixed(3).padStart(6, '0')}s`;
  if (h) return `${h}h ${pad(m)}m ${sec}`;
  if (m) return `${m}m ${sec}`;
  return `${s.toFixed(3)}s`;
}

/**
 * Reads a typed time for "go to time": `YYYY-MM-DD HH:MM[:SS[.mmm]]` or `HH:MM[:SS]` (the date of
 * `defaultDayMs`). Returns epoch ms with the fields read as UTC fields (a wall clock), or null.
 */
export function parseWallTime(input: string, defaultDayMs: number | null): number | null {
  const s = input.trim().replace('T', ' ');
  const full = /^(\d{4})-(\d{1,2})-(\d{1,2})[ ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/.exec(s);
  if (full) {
    const [, y, mo, d, h, mi, se, ms] = full;
    return Date.UTC(+y, +mo - 1, +d, +h, +mi, se ? +se : 0, ms ? +ms.padEnd(3, '0') : 0);
  }
  const timeOnly = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/.exec(s);
  if (timeOnly && defaultDayMs !== null) {
    const [, h, mi, se, ms] = timeOnly;
    const day = new Date(defaultDayMs);
    return Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), +h, +mi, se ? +se : 0, ms ? +ms.padEnd(3, '0') : 0);
  }
  return null;
}
