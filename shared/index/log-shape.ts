// What a log is, from its head: encoding, format, where the text starts. The same detection parse.ts does on the
// whole text, done on the first bytes only, so a 4 GiB file is never decoded to find out.
import { detectFormat, HEAD_LINES } from '../formats/detect';
import { decodeBytes, detectEncoding, looksBinary } from '../formats/encoding';
import { splitLines } from '../formats/lines';
import type { EncodingName, FormatName } from '../model/log-entry';
import { bomLength, unitSizeOf } from './log-encoding';

/** Enough head for HEAD_LINES lines of up to 4096 characters (detect.ts's limits) in UTF-16. */
export const HEAD_BYTES = HEAD_LINES * 4096 * 2;

export interface LogShape {
  format: FormatName;
  encoding: EncodingName;
  /** Byte offset of the first unit after the BOM. */
  dataStart: number;
  unitSize: number;
  /** Not a text log: no entries (parse.ts refuses it the same way). */
  binary: boolean;
}

export function sniffLog(head: Uint8Array, fileName: string): LogShape {
  const encoding = detectEncoding(head);
  const dataStart = bomLength(encoding, head);
  const unitSize = unitSizeOf(encoding);
  if (looksBinary(head, encoding)) return { format: 'plain', encoding, dataStart, unitSize, binary: true };
  const cut = head.length - ((head.length - dataStart) % unitSize);
  const lines = splitLines(decodeBytes(head.subarray(0, cut), encoding)).slice(0, HEAD_LINES);
  return { format: detectFormat(lines, fileName), encoding, dataStart, unitSize, binary: false };
}
