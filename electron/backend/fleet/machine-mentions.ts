// The lines of a log that may name the machine, found in its raw bytes without parsing it: triage does not parse
// the logs outside the scan pipeline (AppDiscovery, MSI, smsts…), yet those are where a client writes its name.
// Each hit's physical line is decoded and read with the same wordings as the app (shared/pipeline/machine-name.ts).
import { detectEncoding, decodeBytes } from '../../../shared/formats/encoding';
import type { EncodingName } from '../../../shared/model/log-entry';
import { MACHINE_NAME_WORDS } from '../../../shared/pipeline/machine-name';

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
  // A UTF-16 match must sit on a code-unit boundary: one at an odd byte is two halves of other characters.
  const find = (needle: Buffer, from: number, backwards = false): number => {
    let at = backwards ? bytes.lastIndexOf(needle, from) : bytes.indexOf(needle, from);
    while (at !== -1 && at % unit !== 0) at = backwards ? bytes.lastIndexOf(needle, at - 1) : bytes.indexOf(needle, at + 1);
    return at;
  };
  const lines: string[] = [];
  for (const word of MACHINE_NAME_WORDS) {
    const needle = encode(word);
    for (let at = find(needle, 0); at !== -1 && lines.length < MAX_LINES; ) {
      const before = find(nl, at, true);
      const start = before === -1 ? 0 : before + unit;
      const after = find(nl, at + needle.length);
      const end = after === -1 ? bytes.length : after;
      lines.push(decodeBytes(bytes.subarray(start, end), enc).replace(/\r$/, ''));
      at = find(needle, end);
    }
  }
  return lines;
}
