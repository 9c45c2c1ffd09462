// What both WebAssembly scanners (cmtrace-scan.ts, sms-scan.ts) share: the memory layout of their common tables,
// row columns and input, unit access (one unit is a byte in scan8, a 16-bit word in scan16), the component and zone
// tables, byte compares, and the SIMD steps of their unit searches (the stamp's fields: stamp-fields.ts).
//
// Memory (fixed layout; JS grows memory past INPUT for the units it writes there):
//   COMP_TABLE  component slots (keySlot's); COMP_STORE the units of the registered component names
//   ZONE_TABLE  zone id by (bias, scripted), -1 unknown
//   0x70000     free for a scanner's own tables, up to OUT_OFFLO (SMS: its severity memo)
//   OUT_*       the columns of one batch of rows; OUT_END on, a scanner's own (SMS: its deferred rows)
//   INPUT       the units to scan, followed by PAD zero bytes (every fixed compare then fails past the end; a
//               64-unit step of the CMTrace message search reads at most 63 UTF-16 units past it)

// ---- the scan call: why it returned (JS: SCAN_* in wasm-scanner.ts), what it leaves (each scanner exports it) ----

export const DONE: i32 = 0; // every unit consumed (SMS: or the rest is an entry whose end is not in view yet)
export const FULL: i32 = 1; // the batch of rows is full (SMS: or ends at a severity to learn): copy it out, call again
export const JS_ENTRY: i32 = 2; // the entry at pos is not the regular shape (or incomplete): JS reads it
export const NEED_COMPONENT: i32 = 3; // component units [needStart, needEnd) unknown: addComponent, call again
export const NEED_ZONE: i32 = 4; // the zone of needBias (CMTrace: and needScripted) unknown: setZone, call again

// Results of the last scan call.
export let pos: i32 = 0;
export let line: u32 = 0;
export let rows: u32 = 0;
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

/** Where the last field read (decimalAt, stamp-fields.ts) ended. */
export let fieldEnd: i32 = 0;

/** The decimal digits from unit s up to a non-digit or e (fieldEnd); past 2^32 the value stops growing (JS's too). */
export function decimalAt<T>(s: i32, e: i32): u64 {
  let v: u64 = 0;
  let i = s;
  for (; i < e; i++) {
    const d = digit<T>(i);
    if (d > 9) break;
    if (v <= 0xffffffff) v = v * 10 + d;
  }
  fieldEnd = i;
  return v;
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

// ---- tables of byte keys (the component names; the SMS severity memo) ----
// A slot is 16 bytes: the key's offset in its table's store, its length (bytes), its hash, its value + 1 (0: empty).

/** The nb bytes at a and b are equal: whole vectors, the last one overlapping (no loop over a varying tail). */
@inline function sameBytes(a: u32, b: u32, nb: u32): bool {
  if (nb <= 16) return ((eqBits(a, b) | (<u32>0xffff << nb)) & 0xffff) == 0xffff;
  for (let k: u32 = 0; k + 16 < nb; k += 16) if (eqBits(a + k, b + k) != 0xffff) return false;
  return eqBits(a + nb - 16, b + nb - 16) == 0xffff;
}

@inline function eqBits(a: u32, b: u32): u32 {
  return <u32>i8x16.bitmask(i8x16.eq(v128.load(a), v128.load(b)));
}

/** The slot of the nb-byte key at a (hash h) in the table of `slots` slots at t, or the empty slot where it goes. */
export function keySlot(t: u32, slots: u32, a: u32, nb: u32, h: u32): u32 {
  for (let k = h & (slots - 1); ; k = (k + 1) & (slots - 1)) {
    const slot = t + (k << 4);
    if (load<u32>(slot, 12) == 0) return slot;
    if (load<u32>(slot, 8) == h && load<u32>(slot, 4) == nb && sameBytes(load<u32>(slot), a, nb)) return slot;
  }
  return 0; // not reached: a table is never more than half full
}

/** The value kept in a slot, -1 for an empty one. */
@inline export function slotValue(slot: u32): i32 {
  return <i32>load<u32>(slot, 12) - 1;
}

/** Keep the key in its empty slot with `value`, its bytes copied to the store at `top`: the store's new top. */
export function keepKey(slot: u32, top: u32, a: u32, nb: u32, h: u32, value: u32): u32 {
  memory.copy(top, a, nb);
  store<u32>(slot, top);
  store<u32>(slot, nb, 4);
  store<u32>(slot, h, 8);
  store<u32>(slot, value + 1, 12);
  return top + nb;
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

let storeTop: u32 = COMP_STORE;
let compCount: u32 = 0;

/** The component named by units [s, e) (e > s): its id * 2 + its scripted flag, or -1 unknown (needStart, needEnd set). */
export function componentOf<T>(s: i32, e: i32): i32 {
  const a = addr<T>(s);
  const nb = <u32>(e - s) << (sizeof<T>() == 1 ? 0 : 1);
  const v = slotValue(keySlot(COMP_TABLE, COMP_SLOTS, a, nb, compHash(a, nb)));
  if (v < 0) {
    needStart = s;
    needEnd = e;
  }
  return v;
}

/** Register component units [s, e) of the input as dictionary id `id`; false when the tables are full. */
export function addComponent(unitSize: i32, s: i32, e: i32, id: u32, scripted: u32): bool {
  const a = INPUT + (<u32>s << (unitSize == 1 ? 0 : 1));
  const nb = <u32>(e - s) << (unitSize == 1 ? 0 : 1);
  if (compCount >= COMP_SLOTS / 2 || storeTop + nb > COMP_STORE_END || e <= s) return false;
  const h = compHash(a, nb);
  const slot = keySlot(COMP_TABLE, COMP_SLOTS, a, nb, h);
  if (slotValue(slot) >= 0) return true;
  storeTop = keepKey(slot, storeTop, a, nb, h, (id << 1) | scripted);
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

// ---- SIMD: 16 units a step in both encodings ----

/**
 * The 16 units at i as bytes: UTF-16 units are narrowed with unsigned saturation (a unit above 255 becomes 255 or 0),
 * so a byte equals an ASCII character exactly where the unit does.
 */
@inline export function bytes16<T>(i: i32): v128 {
  return sizeof<T>() == 1 ? v128.load(addr<T>(i)) : i8x16.narrow_i16x8_u(v128.load(addr<T>(i)), v128.load(addr<T>(i), 16));
}

/** The bytes of v equal to ASCII c (all ones where equal). */
@inline export function bytesEq(v: v128, c: u32): v128 {
  return i8x16.eq(v, i8x16.splat(<i8>c));
}

/** One bit per byte (bit k = unit k) of a compare's result. */
@inline export function byteBits(m: v128): u32 {
  return <u32>i8x16.bitmask(m);
}

/** mk without the bits of units at or past end, for the 16 units at i. */
@inline export function bitsBefore(mk: u32, i: i32, end: i32): u32 {
  return i + 16 > end ? mk & ((<u32>1 << <u32>(end - i)) - 1) : mk;
}

/** The first unit c (ASCII) in [s, e), or -1. */
export function findUnit<T>(c: u32, s: i32, e: i32): i32 {
  for (let i = s; i < e; i += 16) {
    const mk = bitsBefore(byteBits(bytesEq(bytes16<T>(i), c)), i, e);
    if (mk != 0) return i + <i32>ctz(mk);
  }
  return -1;
}

/** The 16 units at i minus '0' as bytes: a digit is 0..9, anything else more (unsigned). */
@inline export function digitBytes<T>(i: i32): v128 {
  return i8x16.sub(bytes16<T>(i), i8x16.splat(48));
}

/** A mask of the bytes of digitBytes that are not digits. */
@inline export function nonDigitBits(d: v128): u32 {
  return byteBits(i8x16.gt_u(d, i8x16.splat(9)));
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

/**
 * The lower-case ASCII `word` at unit i, before e, read as CmtraceIndexer's sameLower reads it: each unit or-ed with
 * 0x20 (a letter in either case; a few control units pass for digits or a space: the SMS hint pre-check only asks).
 */
export function wordAt<T>(i: i32, e: i32, word: string): bool {
  if (i + word.length > e) return false;
  for (let k = 0; k < word.length; k++) if ((at<T>(i + k) | 0x20) != <u32>word.charCodeAt(k)) return false;
  return true;
}

/** `.x` (any case) ends at unit e, within the value that starts at unit s. */
@inline export function extAt<T>(s: i32, e: i32, x: string): bool {
  const i = e - x.length;
  return i > s && at<T>(i - 1) == 46 && wordAt<T>(i, e, x);
}
