// Decoded text → physical lines.
//
// The rule (it reproduces MANIFEST.tsv's `lines`, which is `wc -l`, i.e. the count of LF characters):
//   - a line ends at LF; a CR right before that LF belongs to the terminator (CRLF);
//   - a bare CR is NOT a terminator: it stays in the line's text (BDD.log's diskpart progress inside LOG[...]);
//   - text after the last LF is one more line when it is non-empty (a truncated last line is kept, so such a
//     file has `wc -l` + 1 lines; an empty tail after a final LF is no line).
// The CR of a CRLF split across two chunks is handled by LineSplitter holding the partial line.

/** Drop the CR of a CRLF terminator. */
function stripCr(s: string): string {
  return s.length > 0 && s.charCodeAt(s.length - 1) === 13 ? s.slice(0, -1) : s;
}

export function splitLines(text: string): string[] {
  if (text.length === 0) return [];
  const parts = text.split('\n');
  // The piece after the last LF is unterminated: it keeps a trailing bare CR, and is no line when empty.
  const tail = parts.pop() as string;
  for (let i = 0; i < parts.length; i++) parts[i] = stripCr(parts[i]);
  if (tail !== '') parts.push(tail);
  return parts;
}

/** The physical line count by the rule above, without building the lines. */
export function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  if (text.length > 0 && text[text.length - 1] !== '\n') n++;
  return n;
}

/**
 * Streaming form of splitLines for a tailer: push decoded chunks as they arrive, get the complete lines;
 * the incomplete last line is held until more text or `end()`. Concatenated outputs equal splitLines(all text).
 */
export class LineSplitter {
  private rest = '';

  push(chunk: string): string[] {
    if (chunk.length === 0) return [];
    const text = this.rest + chunk;
    const lastLf = text.lastIndexOf('\n');
    if (lastLf === -1) {
      this.rest = text;
      return [];
    }
    this.rest = text.slice(lastLf + 1);
    const lines = text.slice(0, lastLf).split('\n');
    for (let i = 0; i < lines.length; i++) lines[i] = stripCr(lines[i]);
    return lines;
  }

  /** The held partial line, if any (what is there when the file ends without a final LF). */
  end(): string[] {
    const r = this.rest;
    this.rest = '';
    return r.length > 0 ? [r] : [];
  }

  /** The partial line held so far (for a tailer that wants to show it). */
  get pending(): string {
    return this.rest;
  }
}
