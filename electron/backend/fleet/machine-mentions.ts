// The lines of a log that may name the machine, found in its raw bytes without parsing it: triage does not parse
// the logs outside the scan pipeline (AppDiscovery, MSI, smsts…), yet those are where a client writes its name.
// Each hit's physical line is decoded and read with the same wordings as the app (shared/pipeline/machine-name.ts).
import { detectEncoding, decodeBytes } from '../../../shared/formats/encoding';
import type { EncodingName } from '../../../shared/model/log-entry';

/** Words every machine-name wording contains (machine-mentions.test.ts holds them to MACHINE_NAME_WORDINGS). */
export const MACHINE_NAME_WORDS = ['ComputerName', 'MachineName'] as const;

/** Lines that name too many machines to be one client's are not worth more than this many reads. */
const MAX_LINES = 1000;

function encoder(enc: EncodingName): (s: string) => Buffer {
  if (enc === 'utf-16le') return (s) => Buffer.from(s, 'utf16le');
  if (enc === 'utf-16be') return (s) => Buffer.from(s, 'utf16le').swap16();
  return (s) => Buffer.from(s, 'utf8');
}

export function machineMentionLines(bytes: Buffer): string[] {
  const enc = detectEncoding(bytes);
  const encode = encoder(enc);
  const nl = encode('\n');
  const unit = nl.length;
  const lines: string[] = [];
  for (const word of MACHINE_NAME_WORDS) {
    const needle = encode(word);
    let at = bytes.indexOf(needle);
    while (at !== -1 && lines.length < MAX_LINES) {
      if (unit === 2 && at % 2 !== 0) {
        at = bytes.indexOf(needle, at + 1);
        continue;
      }
      let start = bytes.lastIndexOf(nl, at);
      // A UTF-16 match must sit on a code-unit boundary; the newline search may land on an odd byte, so step back.
      while (start !== -1 && unit === 2 && start % 2 !== 0) start = bytes.lastIndexOf(nl, start - 1);
      start = start === -1 ? 0 : start + unit;
      let end = bytes.indexOf(nl, at + needle.length);
      while (end !== -1 && unit === 2 && end % 2 !== 0) end = bytes.indexOf(nl, end + 1);
      if (end === -1) end = bytes.length;
      lines.push(decodeBytes(bytes.subarray(start, end), enc).replace(/\r$/, ''));
      at = bytes.indexOf(needle, end);
    }
  }
  return lines;
}
