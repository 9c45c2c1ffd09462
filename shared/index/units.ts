// Raw text as code units: bytes for UTF-8 files, 16-bit units for UTF-16LE files (a Uint16Array view of the
// bytes, no decoding). The fast indexers only compare ASCII, which is one unit in both, so the same scan code
// reads both encodings; a unit's file offset is base + i * unitSize.
export type Units = Uint8Array | Uint16Array;

/** Node's Buffer (a Uint8Array) searches bytes with memchr/memmem, several times faster than TypedArray#indexOf. */
interface FastBytes extends Uint8Array {
  indexOf(value: number | Uint8Array, byteOffset?: number): number;
  readUInt8(offset: number): number;
}

function isFastBytes(u: Units): u is FastBytes {
  return typeof (u as Partial<FastBytes>).readUInt8 === 'function';
}

export function codes(s: string): Uint8Array {
  const a = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) a[i] = s.charCodeAt(i);
  return a;
}

/** FNV-1a of the units u[s..e): the key memos of unit runs look candidates up by. */
export function unitsHash(u: Units, s: number, e: number): number {
  let h = 0x811c9dc5;
  for (let i = s; i < e; i++) h = Math.imul(h ^ u[i], 0x01000193);
  return h;
}

/** The units a (a copy kept by a memo) are u[s..e). */
export function sameUnits(a: Uint16Array, u: Units, s: number, e: number): boolean {
  if (a.length !== e - s) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== u[s + k]) return false;
  return true;
}

export function startsWithAt(u: Units, at: number, needle: Uint8Array): boolean {
  if (at + needle.length > u.length) return false;
  for (let k = 0; k < needle.length; k++) if (u[at + k] !== needle[k]) return false;
  return true;
}

/** First index >= from of the unit sequence `needle` in u[0..end), or -1. */
export function findSeq(u: Units, needle: Uint8Array, from: number, end: number = u.length): number {
  if (isFastBytes(u) && end === u.length) return u.indexOf(needle, from);
  const first = needle[0];
  const last = end - needle.length;
  let i = from;
  while (i <= last) {
    i = u.indexOf(first, i);
    if (i === -1 || i > last) return -1;
    if (startsWithAt(u, i, needle)) return i;
    i++;
  }
  return -1;
}

/**
 * A cursor over every (overlapping) start of `needle` in bytes, at multiples of `align` (2: UTF-16 units):
 * next(from) is the first start >= from, or -1. It jumps with a native search to the needle's rarest byte (by a
 * sample of the data) and compares the rest: the native memmem starts from the needle's first byte, often a digit
 * or a common letter, and runs several times slower. On a Node Buffer the native search runs for the needle's piece
 * that starts at that byte, up to 7 bytes long (below 8 bytes Node's search memchr's for the piece's first byte and
 * compares the rest itself), so JS sees fewer candidates; elsewhere it memchr's for the byte alone. Needles with no
 * rare byte use the native memmem.
 */
export function seqFinder(bytes: Uint8Array, needle: Uint8Array, align = 1): (from: number) => number {
  const n = needle.length;
  const p = rarestAt(bytes, needle);
  if (p < 0) {
    return (from) => {
      for (let i = findSeq(bytes, needle, from); i !== -1; i = findSeq(bytes, needle, i + 1)) if (i % align === 0) return i;
      return -1;
    };
  }
  // Typed as a Buffer for indexOf(piece): a plain Uint8Array is only ever given the byte.
  const fast = bytes as FastBytes;
  const piece = isFastBytes(bytes) && n - p >= 2 ? needle.subarray(p, Math.min(n, p + MAX_LINEAR_PIECE)) : needle[p];
  const after = p + (typeof piece === 'number' ? 1 : piece.length);
  const last = bytes.length - n;
  return (from) => {
    for (let i = fast.indexOf(piece, from + p); i !== -1; i = fast.indexOf(piece, i + 1)) {
      const s = i - p;
      if (s > last) return -1;
      if (s % align !== 0) continue;
      let k = 0;
      while (k < p && bytes[s + k] === needle[k]) k++;
      if (k < p) continue;
      k = after;
      while (k < n && bytes[s + k] === needle[k]) k++;
      if (k === n) return s;
    }
    return -1;
  };
}

/** Longest needle Node's Buffer#indexOf still searches linearly (memchr on its first byte), not by Boyer-Moore. */
const MAX_LINEAR_PIECE = 7;

/** Share of sampled bytes above which memchr calls from JS cost more than the native memmem. */
const RARE_ENOUGH = 1 / 64;
const SAMPLES = 8192;

/** Index in needle of its byte that is rarest in a strided sample of bytes; -1 when even that one is common. */
function rarestAt(bytes: Uint8Array, needle: Uint8Array): number {
  const count = new Uint32Array(256);
  const step = Math.max(1, Math.floor(bytes.length / SAMPLES));
  let taken = 0;
  for (let i = 0; i < bytes.length; i += step, taken++) count[bytes[i]]++;
  let best = 0;
  for (let k = 1; k < needle.length; k++) if (count[needle[k]] < count[needle[best]]) best = k;
  return count[needle[best]] > taken * RARE_ENOUGH ? -1 : best;
}


/** Decode u[from..to) to a string: UTF-8 bytes or UTF-16LE units. */
export function decodeUnits(u: Units, from: number, to: number): string {
  if (u instanceof Uint16Array) return utf16.decode(new Uint8Array(u.buffer, u.byteOffset + from * 2, (to - from) * 2));
  let ascii = true;
  for (let i = from; i < to; i++) {
    if (u[i] >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii && to - from < 64) return String.fromCharCode.apply(null, Array.from(u.subarray(from, to)));
  return utf8.decode(u.subarray(from, to));
}

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });
