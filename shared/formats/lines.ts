// Decoded text → physical lines.
//
// The rule (it reproduces MANIFEST.tsv's `lines`, which is `wc -l`, i.e. the count of LF characters):
//   - a line ends at LF; a CR right before that LF belongs to the terminator (CRLF);
//   - a bare CR is NOT a terminator: it stays in the line's text (BDD.log's diskpart progress inside LOG[...]);
//   - text after the last LF is one more line when it is non-empty (a truncated last line is kept, so such a
//     file has `wc -l` + 1 lines; an empty tail after a final LF is no line).

export function splitLines(text: string): string[] {
  if (text.length === 0) return [];
  const parts = text.split('\n');
  // The piece after the last LF is unterminated: it keeps a trailing bare CR, and is no line when empty.
  const tail = parts.pop() as string;
  for (let i = 0; i < parts.length; i++) if (parts[i].endsWith('\r')) parts[i] = parts[i].slice(0, -1); // CRLF
  if (tail !== '') parts.push(tail);
  return parts;
}
