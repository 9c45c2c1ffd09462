import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countLines, LineSplitter, splitLines } from './lines';

describe('splitLines', () => {
  it('splits on LF and CRLF, keeps bare CR inside the line', () => {
    expect(splitLines('a\r\nb\nc\rd\r\n')).toEqual(['a', 'b', 'c\rd']);
  });
  it('counts like wc -l when the text ends with LF', () => {
    expect(splitLines('a\n\nb\n')).toEqual(['a', '', 'b']);
    expect(countLines('a\n\nb\n')).toBe(3);
  });
  it('keeps a truncated last line', () => {
    expect(splitLines('a\r\nb')).toEqual(['a', 'b']);
    expect(countLines('a\r\nb')).toBe(2);
  });
  it('has no lines for empty text, one for a lone terminator', () => {
    expect(splitLines('')).toEqual([]);
    expect(splitLines('\r\n')).toEqual(['']);
  });
});

describe('LineSplitter', () => {
  it('holds the incomplete line, including a CRLF split across chunks', () => {
    const s = new LineSplitter();
    expect(s.push('abc\r')).toEqual([]);
    expect(s.pending).toBe('abc\r');
    expect(s.push('\nde')).toEqual(['abc']);
    expect(s.push('f\n')).toEqual(['def']);
    expect(s.end()).toEqual([]);
  });

  it('gives the same lines as splitLines for any chunking', () => {
    const piece = fc.constantFrom('a', 'b', '\r', '\n', '\r\n', 'ü', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.array(fc.nat(60), { maxLength: 6 }), (parts, cuts) => {
        const text = parts.join('');
        const points = [...new Set(cuts.map((c) => Math.min(c, text.length)))].sort((x, y) => x - y);
        const s = new LineSplitter();
        const out: string[] = [];
        let at = 0;
        for (const p of points) {
          out.push(...s.push(text.slice(at, p)));
          at = p;
        }
        out.push(...s.push(text.slice(at)), ...s.end());
        expect(out).toEqual(splitLines(text));
        expect(out.length).toBe(countLines(text));
      }),
    );
  });
});
