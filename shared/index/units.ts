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

/** First index >= from of one unit value, or -1. */
export function findUnit(u: Units, value: number, from: number): number {
  return u.indexOf(value, from);
}

/** Count the units equal to `value` in u[from..to). */
export function countUnit(u: Units, value: number, from: number, to: number): number {
  let n = 0;
  let i = from;
  while ((i = u.indexOf(value, i)) !== -1 && i < to) {
    n++;
    i++;
  }
  return n;
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
