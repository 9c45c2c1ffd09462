// Every format's own samples, iterated generically: parsed field by field, every line in exactly one entry,
// and detected as that format.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat } from './registry';
import { parseLines } from './parse';
import { FORMATS } from './registry';

describe.each(FORMATS.map((f) => [f.name, f] as const))('format %s', (name, format) => {
  it('has samples', () => {
    expect(format.samples.length).toBeGreaterThan(0);
  });

  format.samples.forEach((sample, si) => {
    it(`sample ${si + 1}: parses to the expected fields`, () => {
      const entries = parseLines(sample.lines, name);
      for (const want of sample.expect) {
        const got = entries.find((e) => e.line === want.line);
        expect(got, `entry starting at line ${want.line}`).toBeDefined();
        expect(got).toMatchObject(want);
      }
    });

    it(`sample ${si + 1}: keeps every line in exactly one entry`, () => {
      const entries = parseLines(sample.lines, name);
      const covered = entries.flatMap((e) => Array.from({ length: e.lineCount }, (_, i) => e.line + i));
      expect(covered).toEqual(sample.lines.map((_, i) => i + 1));
    });

    if (name !== 'plain') {
      it(`sample ${si + 1}: is detected as ${name}`, () => {
        expect(detectFormat(sample.lines, 'sample.log')).toBe(name);
      });
    }
  });

  it('never throws and keeps every line in exactly one entry, whatever the lines', () => {
    // Pieces of every format's own shapes, shuffled into garbage.
    const pieces = fc.constantFrom(
      ...FORMATS.flatMap((f) => f.samples.flatMap((s) => s.lines)),
      '', ' ', '<![LOG[', ']LOG]!><time="', '$$<', '\t', '#Fields: time', 'MSI (s) (', '\uFFFD', '\r',
    );
    const line = fc.array(pieces, { maxLength: 3 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const entries = parseLines(lines, name);
        let next = 1;
        for (const e of entries) {
          expect(e.line).toBe(next);
          expect(e.lineCount).toBeGreaterThanOrEqual(1);
          next += e.lineCount;
        }
        expect(next).toBe(lines.length + 1);
      }),
      { numRuns: 200 },
    );
  });

  it('is fed line by line the same as all at once (a tailer gets the same entries)', () => {
    const lines = format.samples.flatMap((s) => s.lines);
    const whole = parseLines(lines, name);
    const got: unknown[] = [];
    const p = format.parser((e) => got.push(e));
    lines.forEach((l, i) => p.line(l, i + 1));
    p.end();
    expect(got).toEqual(whole);
  });
});

describe('detectFormat', () => {
  it('falls back to plain for text nobody recognises', () => {
    expect(detectFormat(['hello', 'world'], 'notes.txt')).toBe('plain');
    expect(detectFormat([], 'empty.log')).toBe('plain');
  });
});
