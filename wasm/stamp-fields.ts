// The time stamp fields both log formats write, read as the JS indexers read them: `HH:MM:SS.mmm`, `MM-DD-YYYY`
// and a `±B` bias (shared/index/time-fields.ts). The fixed shapes are compared against a template of 16 units at
// once and their fields taken by SWAR; a date like the last one read (nearly every entry's) is not read again.
import { at, decimalAt, digitBytes, fieldEnd, MAX_BIAS } from './scan-common';

/** biasAt's answer for no bias in the shape. */
export const NO_BIAS: i32 = 0x10000;

/** Every byte of d minus lo is at most span (unsigned): a template of digits (lo 0, span 9), fixed characters
 * (lo c - '0', span 0) and don't-cares (span 255). */
@inline function fits(d: v128, lo: v128, span: v128): bool {
  return i8x16.all_true(i8x16.le_u(i8x16.sub(d, lo), span));
}

/** Each byte j of the digit bytes x becomes x[j] * 10 + x[j + 1] (two-digit fields at their first byte). */
@inline function pairs(x: u64): u64 {
  return (x * 2561) >> 8;
}

/** `HH:MM:SS.mmm` at unit i, a real time of day: its milliseconds, or -1. */
@inline export function timeAt<T>(i: i32): i32 {
  const tv = digitBytes<T>(i);
  if (!fits(tv, i8x16(0, 0, 10, 0, 0, 10, 0, 0, -2, 0, 0, 0, 0, 0, 0, 0), i8x16(9, 9, 0, 9, 9, 0, 9, 9, 0, 9, 9, 9, -1, -1, -1, -1))) return -1;
  const hms = pairs(i64x2.extract_lane(tv, 0) & 0xffff00ffff00ffff);
  const h = <i32>hms & 0xff, mi = <i32>(hms >> 24) & 0xff, sec = <i32>(hms >> 48) & 0xff;
  if (h > 23 || mi > 59 || sec > 59) return -1;
  const ms = <i32>i8x16.extract_lane_u(tv, 9) * 100 + <i32>i8x16.extract_lane_u(tv, 10) * 10 + <i32>i8x16.extract_lane_u(tv, 11);
  return msOfDay(h, mi, sec, ms);
}

/** The milliseconds of a time of day. */
@inline export function msOfDay(h: i32, mi: i32, sec: i32, ms: i32): i32 {
  return ((h * 60 + mi) * 60 + sec) * 1000 + ms;
}

// The last date read: its units as digitBytes (with the unit after it: the key's high part holds 3 bytes, so the
// initial one, bit 24, matches no units) and its day.
let dateLo: u64 = 0;
let dateHi: u64 = 0x1000000;
let dateDay: f64 = 0;

/** `MM-DD-YYYY` at unit i followed by the ASCII unit `after`, a real day: its Date.UTC milliseconds, or -1. */
@inline export function dateAt<T>(i: i32, after: u32): f64 {
  const dv = digitBytes<T>(i);
  const lo = i64x2.extract_lane(dv, 0), hi = i64x2.extract_lane(dv, 1) & 0xffffff;
  if (lo == dateLo && hi == dateHi) return dateDay;
  const lo16 = i8x16.replace_lane(i8x16(0, 0, -3, 0, 0, -3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), 10, <i8>(after - 48));
  if (!fits(dv, lo16, i8x16(9, 9, 0, 9, 9, 0, 9, 9, 9, 9, 0, -1, -1, -1, -1, -1))) return -1;
  const md = pairs(lo & 0xffff00ffff00ffff);
  const y = <i32>(md >> 48) * 100 + <i32>i8x16.extract_lane_u(dv, 8) * 10 + <i32>i8x16.extract_lane_u(dv, 9);
  const d = dayMs(y, <i32>(md & 0xff), <i32>(md >> 24) & 0xff);
  if (d < 0) return -1;
  dateLo = lo;
  dateHi = hi;
  dateDay = d;
  return d;
}

/**
 * The bias `±B` (1 to 4 digits, at most MAX_BIAS) at unit s, followed by the unit `stop` before e: the offset in
 * minutes as the indexers keep it (`+480` is -480: the writer's bias is UTC minus local time), fieldEnd at `stop`;
 * NO_BIAS for any other shape.
 */
export function biasAt<T>(s: i32, e: i32, stop: u32): i32 {
  const sign = at<T>(s);
  if (sign != 43 && sign != 45) return NO_BIAS;
  const b = <i32>decimalAt<T>(s + 1, s + 5);
  const k = fieldEnd;
  if (k == s + 1 || k >= e || at<T>(k) != stop || b > MAX_BIAS) return NO_BIAS;
  return b == 0 ? 0 : sign == 43 ? -b : b;
}

/** Date.UTC(y, m-1, d) for a real date from year 1000 on; -1 for any other (DayCache refuses Feb 30 the same way). */
export function dayMs(y: i32, m: i32, d: i32): f64 {
  if (y < 1000 || m < 1 || m > 12 || d < 1) return -1;
  const leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  const dim = m == 2 ? (leap ? 29 : 28) : m == 4 || m == 6 || m == 9 || m == 11 ? 30 : 31;
  if (d > dim) return -1;
  // days_from_civil (Howard Hinnant)
  const yy = m <= 2 ? y - 1 : y;
  const era = (yy >= 0 ? yy : yy - 399) / 400;
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = (153 * mp + 2) / 5 + d - 1;
  const doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return <f64>(era * 146097 + doe - 719468) * 86400000.0;
}
