// What a log is, from its head: encoding, format, where the text starts. The same detection parse.ts does on the
// whole text, done on the first bytes only, so a 4 GiB file is never decoded to find out.
import { HEAD_LINES } from '../formats/registry';
import { detectBytes } from '../formats/parse';
import type { EncodingName, FormatName } from '../model/log-entry';
import { bomLength, unitSizeOf } from './log-encoding';

/** Enough head for HEAD_LINES lines of up to 4096 characters (registry.ts's detection limits) in UTF-16. */
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
  const { format, encoding, binary } = detectBytes(head, fileName);
  return { format, encoding, dataStart: bomLength(encoding, head), unitSize: unitSizeOf(encoding), binary };
}
