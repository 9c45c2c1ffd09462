// One-shot parsing: text or bytes in, entries out. Errors are values: binary input, undecodable input and
// absurdly long lines come back as `problems`, never as exceptions.
import { problem, type Problem } from '../api/messages';
import type { EncodingName, FormatName, LogEntry } from '../model/log-entry';
import { decodeBytes, detectEncoding, looksBinary } from './encoding';
import { splitLines } from './lines';
import { detectFormat, formatByName } from './registry';

/**
 * Longest line text handed to a parser. Longer lines (a 200 MiB line of garbage, a minified dump) keep their
 * place and line number but their text is cut here, and the cut is reported.
 */
export const MAX_LINE_CHARS = 1 << 20;

export interface ParseResult {
  format: FormatName;
  encoding: EncodingName;
  entries: LogEntry[];
  /** Physical lines (see lines.ts for the rule). */
  lineCount: number;
  /** What could not be read as it is, as messages (the caller names the file). */
  problems: Problem[];
}

/** Feed lines through a format's parser; lines over MAX_LINE_CHARS are cut and reported in `problems`. */
export function parseLines(lines: readonly string[], format: FormatName, problems: Problem[] = []): LogEntry[] {
  const entries: LogEntry[] = [];
  const p = formatByName(format).parser((e) => entries.push(e));
  for (let i = 0; i < lines.length; i++) {
    let l = lines[i];
    if (l.length > MAX_LINE_CHARS) {
      problems.push(problem('lineCut', { line: i + 1, length: l.length, max: MAX_LINE_CHARS }));
      l = l.slice(0, MAX_LINE_CHARS);
    }
    p.line(l, i + 1);
  }
  p.end();
  return entries;
}

export function parseText(text: string, format: FormatName): LogEntry[] {
  return parseLines(splitLines(text), format);
}

export function parseBytes(bytes: Uint8Array, fileName: string): ParseResult {
  const encoding = detectEncoding(bytes);
  const problems: Problem[] = [];
  const empty = (format: FormatName): ParseResult => ({ format, encoding, entries: [], lineCount: 0, problems });
  if (looksBinary(bytes, encoding)) {
    problems.push(problem('binary'));
    return empty('plain');
  }
  let text: string;
  try {
    text = decodeBytes(bytes, encoding);
  } catch (e) {
    // V8 refuses strings over ~512 M characters; the caller should stream such a file instead.
    problems.push(problem('cannotDecode', { bytes: bytes.length, why: String(e) }));
    return empty('plain');
  }
  if (text.includes('\uFFFD')) problems.push(problem('invalidBytes', { encoding }));
  const lines = splitLines(text);
  // eslint-disable-next-line no-useless-assignment -- drops the whole-file string before parsing, so both never peak together
  text = '';
  const format = detectFormat(lines, fileName);
  const entries = parseLines(lines, format, problems);
  return { format, encoding, entries, lineCount: lines.length, problems };
}

/** Format and encoding from a file's head bytes alone (what `cmlens detect` reports); binary: not a text log. */
export function detectBytes(head: Uint8Array, fileName: string): { format: FormatName; encoding: EncodingName; binary: boolean } {
  const encoding = detectEncoding(head);
  if (looksBinary(head, encoding)) return { format: 'plain', encoding, binary: true };
  // The head may end mid-line or mid-character: the partial last line is only sniffed, never parsed.
  return { format: detectFormat(splitLines(decodeBytes(head, encoding)), fileName), encoding, binary: false };
}
