import { describe, expect, it } from 'vitest';
import { splitLines } from './lines';

describe('splitLines', () => {
  it('splits on LF and CRLF, keeps bare CR inside the line', () => {
    expect(splitLines('a\r\nb\nc\rd\r\n')).toEqual(['a', 'b', 'c\rd']);
  });
  it('counts like wc -l when the text ends with LF', () => {
    expect(splitLines('a\n\nb\n')).toEqual(['a', '', 'b']);
  });
  it('keeps a truncated last line', () => {
    expect(splitLines('a\r\nb')).toEqual(['a', 'b']);
  });
  it('has no lines for empty text, one for a lone terminator', () => {
    expect(splitLines('')).toEqual([]);
    expect(splitLines('\r\n')).toEqual(['']);
  });
});
