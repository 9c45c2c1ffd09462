// Small helpers the byte-level indexers share to turn digits into wall-clock milliseconds without Date per entry.
import { MAX_BIAS } from '../formats/bias-time';
import type { Units } from './units';

/** Decimal digits u[s..e) as a number; -1 if empty or not all digits. */
export function readDigits(u: Units, s: number, e: number): number {
  if (e <= s) return -1;
  let v = 0;
  for (let i = s; i < e; i++) {
    const d = u[i] - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** Date.UTC(y, m-1, d) for the day of each entry; logs stay on one day for thousands of entries, so cache the last. */
export class DayCache {
  private y = -1;
  private m = -1;
  private d = -1;
  private ms = 0;

  /** -1 for a day that does not exist (Feb 30): Date.UTC would roll it over, model/time.ts refuses it. */
  dayMs(y: number, m: number, d: number): number {
    if (y !== this.y || m !== this.m || d !== this.d) {
      this.y = y;
      this.m = m;
      this.d = d;
      const t = Date.UTC(y, m - 1, d);
      this.ms = new Date(t).getUTCDate() === d ? t : -1;
    }
    return this.ms;
  }
}

export const NO_OFFSET = 0x7fff;

/** Where the last shortField ended. */
let fieldEnd = 0;

/** The 1 or 2 digits at u[i..e) (up to the first non-digit): their value, fieldEnd past them; -1 for none or 3. */
function shortField(u: Units, i: number, e: number): number {
  let v = 0;
  let n = 0;
  for (; i < e && n < 3; i++, n++) {
    const d = u[i] - 48;
    if (d < 0 || d > 9) break;
    v = v * 10 + d;
  }
  fieldEnd = i;
  return n >= 1 && n <= 2 ? v : -1;
}

/** Result slots of parseClock (reused: no allocation per entry). */
export interface Clock {
  /** Milliseconds since midnight. */
  ms: number;
  /** Minutes east of UTC, or NO_OFFSET when none was written. */
  offset: number;
}

/**
 * `H:MM:SS[.frac][(+|-)BIAS]` in u[s..e), the regular shapes of bias-time.ts's parseBiasTime only; returns
 * false for anything it does not read exactly the same way (sign-less or doubled biases, spaces, >840), so the
 * caller hands that entry to the parser.
 */
export function parseClock(u: Units, s: number, e: number, out: Clock): boolean {
  const h = shortField(u, s, e);
  if (h < 0 || u[fieldEnd] !== 58 /* : */) return false;
  const mi = shortField(u, fieldEnd + 1, e);
  if (mi < 0 || u[fieldEnd] !== 58) return false;
  const sec = shortField(u, fieldEnd + 1, e);
  if (sec < 0) return false;
  let i = fieldEnd;
  let ms = 0;
  let fd = 0;
  if (i < e && (u[i] === 46 /* . */ || u[i] === 44) /* , */) {
    i++;
    while (i < e) {
      const d = u[i] - 48;
      if (d < 0 || d > 9) break;
      if (fd < 3) ms = ms * 10 + d;
      fd++;
      i++;
    }
    if (fd === 0) return false;
    if (fd === 1) ms *= 100;
    else if (fd === 2) ms *= 10;
  }
  let offset = NO_OFFSET;
  if (i < e) {
    const sign = u[i];
    if (sign !== 43 /* + */ && sign !== 45 /* - */) return false;
    const b = readDigits(u, i + 1, e);
    if (b < 0 || e - i - 1 > 4 || b > MAX_BIAS) return false;
    // Bias: UTC = local + bias, so +300 is UTC-05:00 (contract.md "time"); -0 normalised to 0.
    offset = b === 0 ? 0 : sign === 43 ? -b : b;
  } else if (fd >= 4 && fd <= 6) {
    return false; // sign-less bias glued to the ms: bias-time.ts flags it uncertain
  }
  if (h > 23 || mi > 59 || sec > 59) return false;
  out.ms = ((h * 60 + mi) * 60 + sec) * 1000 + ms;
  out.offset = offset;
  return true;
}

/** `M-D-YYYY` / `MM/DD/YYYY` in u[s..e) → midnight wall ms, or -1 (invalid dates such as Feb 30 too). */
export function parseUsDateAt(u: Units, s: number, e: number, days: DayCache): number {
  const mo = shortField(u, s, e);
  if (mo < 0 || !isDateSep(u[fieldEnd])) return -1;
  const d = shortField(u, fieldEnd + 1, e);
  if (d < 0 || !isDateSep(u[fieldEnd])) return -1;
  const i = fieldEnd + 1;
  if (e - i !== 4) return -1;
  const y = readDigits(u, i, e);
  if (y < 1000 || mo < 1 || mo > 12 || d < 1 || d > 31) return -1;
  return days.dayMs(y, mo, d);
}

const isDateSep = (c: number): boolean => c === 45 /* - */ || c === 47; /* / */
