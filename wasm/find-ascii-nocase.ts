// Case-insensitive search for an ASCII needle in bytes (search.ts's /i path on one-byte units). A byte matches a
// needle char iff they are equal or the char is an ASCII letter and the byte its other case: a /i regex on a
// latin1 string folds no byte >= 0x80 to ASCII, so only ASCII letters fold. memchr-style: 32 positions a step
// compare the first and the last needle char (OR 0x20 folds a letter's two cases and nothing else onto one
// value), then each candidate is checked whole, 16 bytes a compare.
//
// Memory (fixed layout; JS grows memory past INPUT for the bytes it writes there):
//   NEEDLE  the needle's bytes (JS writes them; setNeedle lowers its letters in place)
//   FOLD    per needle byte: 0x20 for a letter, else 0 (the bits OR'ed into a byte before comparing)
//   INPUT   the bytes to search, followed by PAD bytes that may be read but never count

export const MAX_NEEDLE: u32 = 256;
export const NEEDLE: u32 = 0;
const FOLD: u32 = 256;
export const INPUT: u32 = 1024;
export const PAD: u32 = 64;

let nlen: i32 = 0;

/** Take the needle of `len` bytes JS wrote at NEEDLE (ASCII, 1..MAX_NEEDLE bytes). */
export function setNeedle(len: i32): void {
  nlen = len;
  memory.fill(NEEDLE + <u32>len, 0, MAX_NEEDLE - <u32>len);
  memory.fill(FOLD, 0, MAX_NEEDLE);
  for (let k = 0; k < len; k++) {
    const c = <u32>load<u8>(NEEDLE + <u32>k) | 0x20;
    if (c >= 0x61 && c <= 0x7a) {
      store<u8>(NEEDLE + <u32>k, <u8>c);
      store<u8>(FOLD + <u32>k, 0x20);
    }
  }
}

/** Whether the needle matches the input at p (whole: its first and last bytes are checked again). */
@inline function matchesAt(p: i32): bool {
  const at = INPUT + <u32>p;
  for (let k = 0; k < nlen; k += 16) {
    const x = v128.or(v128.load(at + <u32>k), v128.load(FOLD + <u32>k));
    const bits = <u32>i8x16.bitmask(i8x16.eq(x, v128.load(NEEDLE + <u32>k)));
    const need: u32 = nlen - k >= 16 ? 0xffff : (<u32>1 << <u32>(nlen - k)) - 1;
    if ((bits & need) != need) return false;
  }
  return true;
}

/** The first hit at or after `from` that lies whole in the input's first `len` bytes, or -1. */
export function find(from: i32, len: i32): i32 {
  const last = len - nlen; // the last start a hit can have
  if (from > last || from < 0) return -1;
  const f = v128.splat<u8>(load<u8>(NEEDLE));
  const fm = v128.splat<u8>(load<u8>(FOLD));
  const l = v128.splat<u8>(load<u8>(NEEDLE + <u32>(nlen - 1)));
  const lm = v128.splat<u8>(load<u8>(FOLD + <u32>(nlen - 1)));
  const tail = <u32>(nlen - 1);
  for (let i = from; i <= last; i += 32) {
    const a = INPUT + <u32>i;
    const m0 = v128.and(i8x16.eq(v128.or(v128.load(a), fm), f), i8x16.eq(v128.or(v128.load(a + tail), lm), l));
    const m1 = v128.and(i8x16.eq(v128.or(v128.load(a + 16), fm), f), i8x16.eq(v128.or(v128.load(a + 16 + tail), lm), l));
    let bits = <u32>i8x16.bitmask(m0) | (<u32>i8x16.bitmask(m1) << 16);
    if (bits == 0) continue;
    if (last - i < 31) bits &= (<u32>2 << <u32>(last - i)) - 1; // starts past `last`: the hit would overrun len
    while (bits != 0) {
      const p = i + <i32>ctz(bits);
      if (nlen <= 2 || matchesAt(p)) return p;
      bits &= bits - 1;
    }
  }
  return -1;
}
