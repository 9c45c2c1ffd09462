// Bytes → text. Windows logs come as UTF-8 (with or without BOM) and UTF-16LE (MSI, some setup logs);
// UTF-16 without a BOM exists too (files written by .NET StreamWriter(Encoding.Unicode) after truncation),
// so the NUL pattern of the head decides. Decoding never throws: bad bytes become U+FFFD.
import type { EncodingName } from '../model/log-entry';

/** How many head bytes the NUL-pattern sniff looks at. */
const SNIFF_BYTES = 4096;

export function detectEncoding(bytes: Uint8Array): EncodingName {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 2) return 'utf-8';
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  // ASCII-heavy UTF-16 text: the high byte of nearly every code unit is 0, the low byte almost never.
  if (oddNul >= pairs * 0.4 && evenNul <= pairs * 0.05) return 'utf-16le';
  if (evenNul >= pairs * 0.4 && oddNul <= pairs * 0.05) return 'utf-16be';
  return 'utf-8';
}

/** Decode with replacement (U+FFFD) for invalid bytes; a leading BOM of the encoding is stripped. */
export function decodeBytes(bytes: Uint8Array, enc: EncodingName): string {
  try {
    // ignoreBOM: false (the default) is what strips the BOM.
    return new TextDecoder(enc === 'utf-8-bom' ? 'utf-8' : enc, { fatal: false }).decode(bytes);
  } catch {
    // Only reachable on a runtime without UTF-16 support: fall back rather than throw.
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  }
}

/** How many head bytes looksBinary decodes and inspects. */
const BINARY_SNIFF_BYTES = 65536;
/** Share of suspicious characters (NUL, C0 controls other than tab/LF/CR/FF, U+FFFD) that makes a file binary. */
const BINARY_RATIO = 0.1;

/**
 * True for files that are not text logs (executables, ETL, zips, images): after decoding the head with its
 * detected encoding, too many NULs, control characters or replacement characters.
 */
export function looksBinary(bytes: Uint8Array, enc: EncodingName = detectEncoding(bytes)): boolean {
  const text = decodeBytes(bytes.subarray(0, BINARY_SNIFF_BYTES), enc);
  if (text.length === 0) return false;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd || c === 0x7f) bad++;
  }
  return bad / text.length > BINARY_RATIO;
}
