// Wall-clock helpers. Entries keep the writer's wall clock as "epoch ms read as if UTC" (see log-entry.ts),
// so every conversion here is plain UTC arithmetic: no host time zone may leak in.
import type { LogEntry } from './log-entry';
import { offsetIso } from './utc-offset';

/**
 * Wall-clock parts → epoch ms as if UTC; null when a part is out of range (month 13, Feb 30, hour 25…).
 * `ms` is whole milliseconds (callers truncate finer fractions with fractionToMs).
 */
export function wallClockMs(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
): number | null {
  if (![year, month, day, hour, minute, second, ms].every(Number.isInteger)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  // 24:00:00 is not a time any Windows writer emits; leap seconds (:60) neither.
  if (hour > 23 || minute > 59 || second > 59 || ms < 0 || ms > 999) return null;
  const t = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  // Date.UTC rolls Feb 30 over to Mar 2: refuse instead.
  if (new Date(t).getUTCDate() !== day) return null;
  return t;
}

/** A fraction of a second as written ("8422964", "5", "123") → whole milliseconds, truncated, never rounded. */
export function fractionToMs(digits: string | undefined): number {
  if (!digits) return 0;
  return Number((digits + '00').slice(0, 3));
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/**
 * Epoch ms (as if UTC) → `YYYY-MM-DDTHH:MM:SS.mmm` with no offset (writers' stamps are cut from it too). By hand:
 * Date's toISOString takes twice as long, and `cmlens cat` formats every entry.
 */
export function wallClockText(wallMs: number): string {
  const d = new Date(wallMs);
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`
  );
}

/**
 * The contract's `time` (../shared/docs/contract.md "an entry"): the wall clock as written, with the
 * writer's offset where the log carries one (`2026-11-24T10:21:03.123-05:00`), else without offset;
 * null when the entry has no time.
 */
export function formatIso(entry: Pick<LogEntry, 'wallMs' | 'utcOffset'>): string | null {
  if (entry.wallMs === null) return null;
  const base = wallClockText(entry.wallMs);
  return entry.utcOffset === null ? base : base + offsetIso(entry.utcOffset);
}
