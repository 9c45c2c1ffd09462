// Where a log's text starts and how its bytes become units: the BOM is skipped (decodeBytes strips it too),
// UTF-16BE is byte-swapped into LE units so one scan code serves every encoding.
import type { EncodingName } from '../model/log-entry';
import type { Units } from './units';

export function bomLength(enc: EncodingName, head: Uint8Array): number {
  if (enc === 'utf-8-bom') return 3;
  if (enc === 'utf-16le') return head[0] === 0xff && head[1] === 0xfe ? 2 : 0;
  if (enc === 'utf-16be') return head[0] === 0xfe && head[1] === 0xff ? 2 : 0;
  return 0;
}

export function unitSizeOf(enc: EncodingName): number {
  return enc === 'utf-16le' || enc === 'utf-16be' ? 2 : 1;
}

/**
 * The units of bytes[0..n) (n even for UTF-16). UTF-16LE: a view when aligned, else a copy; BE: a swapped copy.
 * UTF-8: the bytes themselves (a Node Buffer stays a Buffer, keeping its fast search).
 */
export function toUnits(bytes: Uint8Array, enc: EncodingName): Units {
  if (unitSizeOf(enc) === 1) return bytes;
  const n = bytes.length >> 1;
  if (enc === 'utf-16le' && bytes.byteOffset % 2 === 0) return new Uint16Array(bytes.buffer, bytes.byteOffset, n);
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = enc === 'utf-16le' ? bytes[2 * i] | (bytes[2 * i + 1] << 8) : (bytes[2 * i] << 8) | bytes[2 * i + 1];
  }
  return out;
}
