// What both WebAssembly scanners (cmtrace-scan.ts, sms-scan.ts) use and that depends on no scanner's memory layout:
// day numbers, byte compares, and the SIMD steps of their unit searches (one unit is a byte in scan8, a 16-bit
// word in scan16). Unit access (addr, at, digit) stays in each scanner: it is bound to that scanner's INPUT.

// ---- the scan call: why it returned and what it leaves (each scanner re-exports these to JS) ----

export const DONE: i32 = 0; // every unit consumed (SMS: or the rest is an entry whose end is not in view yet)
export const FULL: i32 = 1; // the batch of rows is full: copy it out and call again
export const JS_ENTRY: i32 = 2; // the entry at pos is not the regular shape (or incomplete): JS reads it
export const NEED_COMPONENT: i32 = 3; // component units [needStart, needEnd) unknown: addComponent, call again
export const NEED_ZONE: i32 = 4; // the zone of needBias (CMTrace: and needScripted) unknown: setZone, call again

// Results of the last scan call.
export let pos: i32 = 0;
export let line: u32 = 0;
export let rows: u32 = 0;
export let firstPos: i32 = 0;
export let needStart: i32 = 0;
export let needEnd: i32 = 0;
export let needBias: i32 = 0;

// ---- values and units ----

/** The largest time zone bias either log format takes (minutes). */
export const MAX_BIAS: i32 = 840;
/** Column values for "none" (EntryIndex). */
export const NO_THREAD: u32 = 0xffffffff;
export const NO_COMPONENT: u32 = 0xffff;
export const LF: u32 = 10;
export const CR: u32 = 13;
export const GT: u32 = 62;

// ---- day numbers (Date.UTC without Date) ----

let cacheY: i32 = -1;
let cacheM: i32 = -1;
let cacheD: i32 = -1;
let cacheMs: f64 = 0;

/** Date.UTC(y, m-1, d) for a real date; -1 for a day the month lacks (DayCache refuses Feb 30 the same way). */
export function dayMs(y: i32, m: i32, d: i32): f64 {
  if (y == cacheY && m == cacheM && d == cacheD) return cacheMs;
  cacheY = y;
  cacheM = m;
  cacheD = d;
  const leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  const dim = m == 2 ? (leap ? 29 : 28) : m == 4 || m == 6 || m == 9 || m == 11 ? 30 : 31;
  if (d > dim) {
    cacheMs = -1;
    return -1;
  }
  // days_from_civil (Howard Hinnant)
  const yy = m <= 2 ? y - 1 : y;
  const era = (yy >= 0 ? yy : yy - 399) / 400;
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = (153 * mp + 2) / 5 + d - 1;
  const doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  const days = era * 146097 + doe - 719468;
  cacheMs = <f64>days * 86400000.0;
  return cacheMs;
}

// ---- bytes ----

/** The nb bytes at a and b are equal. */
@inline export function sameBytes(a: u32, b: u32, nb: u32): bool {
  let k: u32 = 0;
  for (; k + 8 <= nb; k += 8) if (load<u64>(a + k) != load<u64>(b + k)) return false;
  for (; k < nb; k++) if (load<u8>(a + k) != load<u8>(b + k)) return false;
  return true;
}

// ---- SIMD: a vector of units ----

/** Units per vector. */
@inline export function lanes<T>(): i32 {
  return sizeof<T>() == 1 ? 16 : 8;
}

/** The vector's units equal to c (all ones where equal). */
@inline export function unitsEq<T>(v: v128, c: u32): v128 {
  return sizeof<T>() == 1 ? i8x16.eq(v, i8x16.splat(<i8>c)) : i16x8.eq(v, i16x8.splat(<i16>c));
}

/** The vector with c or-ed into each unit. */
@inline export function unitsOr<T>(v: v128, c: u32): v128 {
  return sizeof<T>() == 1 ? v128.or(v, i8x16.splat(<i8>c)) : v128.or(v, i16x8.splat(<i16>c));
}

/** One bit per unit (bit k = unit k) of a compare's result. */
@inline export function unitBits<T>(m: v128): u32 {
  return sizeof<T>() == 1 ? <u32>i8x16.bitmask(m) : <u32>i16x8.bitmask(m);
}

/** mk without the bits of units at or past end, for the vector at unit i. */
@inline export function bitsBefore<T>(mk: u32, i: i32, end: i32): u32 {
  return i + lanes<T>() > end ? mk & ((<u32>1 << <u32>(end - i)) - 1) : mk;
}

// ---- fixed markup at a byte address (the generated shape files compare with these) ----

/** The n bytes at a equal the little-endian words w0..w3 (n and the words are constants after inlining). */
@inline export function eqBytes(a: u32, w0: u64, w1: u64, w2: u64, w3: u64, n: i32): bool {
  if (n <= 8) return (load<u64>(a) & lowMask(n)) == w0;
  // One branch per compare, not one per word (PAD covers the reads past the end).
  if (n <= 16) return ((load<u64>(a) ^ w0) | ((load<u64>(a, 8) & lowMask(n - 8)) ^ w1)) == 0;
  if (n <= 24) return ((load<u64>(a) ^ w0) | (load<u64>(a, 8) ^ w1) | ((load<u64>(a, 16) & lowMask(n - 16)) ^ w2)) == 0;
  return ((load<u64>(a) ^ w0) | (load<u64>(a, 8) ^ w1) | (load<u64>(a, 16) ^ w2) | ((load<u64>(a, 24) & lowMask(n - 24)) ^ w3)) == 0;
}

@inline function lowMask(n: i32): u64 {
  return n >= 8 ? <u64>-1 : (<u64>1 << (<u64>n * 8)) - 1;
}

/** The units (T) at byte address a, lower-cased, spell the lower-case ASCII word w. */
export function lowerIsAt<T>(a: u32, w: string): bool {
  for (let k = 0; k < w.length; k++) if ((<u32>load<T>(a + (<u32>k << (sizeof<T>() == 1 ? 0 : 1))) | 0x20) != <u32>w.charCodeAt(k)) return false;
  return true;
}

/** `.x` (any case) ends at byte address e, within the value that starts at byte address s. */
@inline export function extAt<T>(s: u32, e: u32, x: string): bool {
  const unit: u32 = sizeof<T>() == 1 ? 1 : 2;
  const a = e - <u32>x.length * unit;
  return a >= s + unit && <u32>load<T>(a - unit) == 46 && lowerIsAt<T>(a, x);
}
