// Rows on screen: the index has every field but the text; the text is decoded from the row's own bytes by the
// format's parser (entries are self-contained: the row's lines make exactly that entry).
import { splitLines } from '../formats/lines';
import { formatByName } from '../formats/registry';
import type { FormatName, LogEntry } from '../model/log-entry';
import type { EntryIndex } from './entry-index';
import type { LogShape } from './log-shape';
import { decodeUnits } from './units';
import { toUnits } from './log-encoding';

/** The text of the entry at `line` whose bytes (exactly the row's range) are given. */
export function textOfRow(format: FormatName, shape: Pick<LogShape, 'encoding'>, bytes: Uint8Array, line: number): string {
  const u = toUnits(bytes, shape.encoding);
  const lines = splitLines(decodeUnits(u, 0, u.length));
  let text: string | null = null;
  const p = formatByName(format).parser((e) => {
    if (text === null && e.line === line) text = e.text;
  });
  for (let i = 0; i < lines.length; i++) p.line(lines[i], line + i);
  p.end();
  return text ?? lines.join('\n');
}

/** The full entry of a row: the index's fields plus the text decoded from its bytes. */
export function entryOfRow(index: EntryIndex, row: number, format: FormatName, shape: Pick<LogShape, 'encoding'>, bytes: Uint8Array): LogEntry {
  const { offset: _offset, length: _length, ...fields } = index.row(row);
  return { ...fields, text: textOfRow(format, shape, bytes, fields.line) };
}
