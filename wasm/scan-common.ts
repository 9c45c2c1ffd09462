// What both WebAssembly scanners (cmtrace-scan.ts, sms-scan.ts) share: the memory layout of their common tables,
// row columns and input, unit access (one unit is a byte in scan8, a 16-bit word in scan16), the component and zone
// tables, day numbers, byte compares, and the SIMD steps of their unit searches.
//
// Memory (fixed layout; JS grows memory past INPUT for the units it writes there):
//   COMP_TABLE  component slots: store offset, length (bytes), id, scripted flag (16 bytes each)
//   COMP_STORE  the units of the registered component names
//   ZONE_TABLE  zone id by (bias, scripted), -1 unknown
//   0x70000     free for a scanner's own tables, up to OUT_OFFLO (SMS: its severity memo)
//   OUT_*       the columns of one batch of rows; OUT_END on, a scanner's own (SMS: its deferred rows)
//   INPUT       the units to scan, followed by PAD zero bytes (every fixed compare then fails past the end; a
//               64-unit step of the CMTrace message search reads at most 63 UTF-16 units past it)

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
export let needScripted: i32 = 0; // CMTrace: the script writer flag of the zone asked for (SMS: always 0)

// ---- the memory layout ----

const COMP_TABLE: u32 = 0x10000;
const COMP_SLOTS: u32 = 4096;
const COMP_STORE: u32 = 0x20000;
const COMP_STORE_END: u32 = 0x60000;
const ZONE_TABLE: u32 = 0x60000;
export const MAX_ROWS: u32 = 65536;
export const OUT_OFFLO: u32 = 0x200000;
export const OUT_LINE: u32 = OUT_OFFLO + 4 * MAX_ROWS;
export const OUT_WALL: u32 = OUT_LINE + 4 * MAX_ROWS;
export const OUT_THREAD: u32 = OUT_WALL + 8 * MAX_ROWS;
export const OUT_COMP: u32 = OUT_THREAD + 4 * MAX_ROWS;
export const OUT_SEV: u32 = OUT_COMP + 2 * MAX_ROWS;
export const OUT_ZONE: u32 = OUT_SEV + MAX_ROWS;
export const OUT_END: u32 = OUT_ZONE + MAX_ROWS;
export const INPUT: u32 = 0x500000;
export const PAD: u32 = 128;

// ---- values and units ----

/** The largest time zone bias either log format takes (minutes). */
export const MAX_BIAS: i32 = 840;
/** Column values for "none" (EntryIndex). */
export const NO_THREAD: u32 = 0xffffffff;
export const NO_COMPONENT: u32 = 0xffff;
export const LF: u32 = 10;
export const CR: u32 = 13;
export const GT: u32 = 62;

@inline export function addr<T>(i: i32): u32 {
  return INPUT + (<u32>i << (sizeof<T>() == 1 ? 0 : 1));
}

@inline export function at<T>(i: i32): u32 {
  return <u32>load<T>(addr<T>(i));
}

@inline export function digit<T>(i: i32): u32 {
  return at<T>(i) - 48; // > 9 (unsigned) when not a digit
}

/** Clear the tables (a fresh instance has zeroed memory; zones need -1). */
export function init(): void {
  memory.fill(ZONE_TABLE, 0xff, (2 * MAX_BIAS + 1) * 2 * 4);
}

/** Write row n of the batch. */
@inline export function writeRow(n: u32, offLo: u32, line: u32, wall: f64, thread: u32, comp: u32, sev: u32, zone: u32): void {
  store<u32>(OUT_OFFLO + (n << 2), offLo);
  store<u32>(OUT_LINE + (n << 2), line);
  store<f64>(OUT_WALL + (n << 3), wall);
  store<u32>(OUT_THREAD + (n << 2), thread);
  store<u16>(OUT_COMP + (n << 1), <u16>comp);
  store<u8>(OUT_SEV + n, <u8>sev);
  store<u8>(OUT_ZONE + n, <u8>zone);
}

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

// ---- components and zones (ids are the JS index's; JS registers each one the first time the scanner asks) ----

/** A hash of the name's byte length, first and last 8 bytes (names differ there; equal ones are compared whole). */
@inline function compHash(a: u32, nb: u32): u32 {
  let h: u64 = <u64>nb * 0x9e3779b97f4a7c15;
  h ^= nb >= 8 ? load<u64>(a) : load<u64>(a) & ((<u64>1 << (<u64>nb * 8)) - 1);
  h *= 0xff51afd7ed558ccd;
  if (nb > 8) h ^= load<u64>(a + nb - 8);
  h *= 0xc4ceb9fe1a85ec53;
  return <u32>(h >> 32);
}

/** The nb (>= 1) bytes at a and b are equal: whole vectors, the last one overlapping (no loop over a varying tail). */
@inline function sameName(a: u32, b: u32, nb: u32): bool {
  if (nb <= 16) return ((eqBits(a, b) | (<u32>0xffff << nb)) & 0xffff) == 0xffff;
  for (let k: u32 = 0; k + 16 < nb; k += 16) if (eqBits(a + k, b + k) != 0xffff) return false;
  return eqBits(a + nb - 16, b + nb - 16) == 0xffff;
}

@inline function eqBits(a: u32, b: u32): u32 {
  return <u32>i8x16.bitmask(i8x16.eq(v128.load(a), v128.load(b)));
}

let storeTop: u32 = COMP_STORE;
let compCount: u32 = 0;

/** Slot address of the component whose name is the nb (>= 1) bytes at a, or of the empty slot where it would go. */
export function compSlot(a: u32, nb: u32): u32 {
  let k = compHash(a, nb) & (COMP_SLOTS - 1);
  for (;;) {
    const slot = COMP_TABLE + k * 16;
    const sn = load<u32>(slot, 4);
    if (sn == 0) return slot;
    if (sn == nb && sameName(load<u32>(slot), a, nb)) return slot;
    k = (k + 1) & (COMP_SLOTS - 1);
  }
  return 0; // not reached: the table is never more than half full
}

/** Register component units [s, e) of the input as dictionary id `id`; false when the tables are full. */
export function addComponent(unitSize: i32, s: i32, e: i32, id: u32, scripted: u32): bool {
  const a = INPUT + (<u32>s << (unitSize == 1 ? 0 : 1));
  const nb = <u32>(e - s) << (unitSize == 1 ? 0 : 1);
  if (compCount >= COMP_SLOTS / 2 || storeTop + nb > COMP_STORE_END || e <= s) return false;
  const slot = compSlot(a, nb);
  if (load<u32>(slot, 4) != 0) return true;
  memory.copy(storeTop, a, nb);
  store<u32>(slot, storeTop);
  store<u32>(slot, nb, 4);
  store<u32>(slot, id, 8);
  store<u32>(slot, scripted, 12);
  storeTop += nb;
  compCount++;
  return true;
}

@inline function zoneSlot(bias: i32, scripted: i32): u32 {
  return ZONE_TABLE + (<u32>((bias + MAX_BIAS) * 2 + scripted) << 2);
}

/** The zone id of (bias, scripted), -1 unknown. */
@inline export function zoneOf(bias: i32, scripted: i32): i32 {
  return load<i32>(zoneSlot(bias, scripted));
}

/** Register the zone id of (bias, scripted). */
export function setZone(bias: i32, scripted: i32, id: i32): void {
  store<i32>(zoneSlot(bias, scripted), id);
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
