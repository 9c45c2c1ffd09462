// The packed line column answers as a plain array of line numbers would, however rows arrive: one by one, in
// batches, adopted or appended as worker parts (aligned to its 64-row blocks or not), with steps past a byte.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineColumn } from './line-column';

/** Line numbers that mostly step by 1–3, now and then by hundreds or thousands (a long entry), from `first`. */
const lineRuns = (maxLength: number) =>
  fc.tuple(
    fc.integer({ min: 1, max: 100_000 }),
    fc.array(fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 3 }) }, { weight: 1, arbitrary: fc.integer({ min: 250, max: 70_000 }) }), { maxLength }),
  ).map(([first, steps]) => steps.reduce((ls, s) => [...ls, ls[ls.length - 1] + s], [first]));

function columnOf(lines: number[], capacity = 1): LineColumn {
  const c = new LineColumn(capacity);
  let cap = capacity;
  lines.forEach((l, i) => {
    if (i === cap) c.grow((cap *= 2));
    c.push(l);
  });
  return c;
}

function expectSame(c: LineColumn, lines: number[]): void {
  for (let r = 0; r < lines.length; r++) {
    expect(c.line(r)).toBe(lines[r]);
    if (r + 1 < lines.length) expect(c.gap(r)).toBe(lines[r + 1] - lines[r]);
  }
}

describe('LineColumn', () => {
  it('pushed one by one, growing as it goes', () => {
    fc.assert(fc.property(lineRuns(400), (lines) => expectSame(columnOf(lines), lines)), { numRuns: 100 });
  });

  it('a batch of absolute lines (a scanner) equals pushes', () => {
    fc.assert(
      fc.property(lineRuns(300), (lines) => {
        const c = new LineColumn(lines.length);
        for (const l of lines) c.push(l);
        expectSame(c, lines);
      }),
      { numRuns: 60 },
    );
  });

  it('parts appended with a line base (aligned to its blocks or not), as views, and adopted', () => {
    fc.assert(
      fc.property(fc.array(lineRuns(200), { minLength: 1, maxLength: 4 }), (partsLines) => {
        // Each part counts its lines from 1 as a worker does; the whole file continues after the last line of the one before.
        const total = partsLines.reduce((n, p) => n + p.length, 0);
        const whole = new LineColumn(total);
        const expected: number[] = [];
        let lineBase = 0;
        partsLines.forEach((ls, k) => {
          const shifted = ls.map((l) => l - ls[0] + 1);
          const part = columnOf(shifted, 8);
          const parts = part.parts();
          if (k === 0) whole.adopt(parts, shifted.length);
          else {
            whole.grow(total);
            whole.append(parts, shifted.length, lineBase);
          }
          expected.push(...shifted.map((l) => l + lineBase));
          lineBase = expected[expected.length - 1] + 3; // the next part starts a few lines on (a junk line)
        });
        expectSame(whole, expected);
      }),
      { numRuns: 100 },
    );
  });

  it('blocks line up: a part appended at a multiple of 64 rows', () => {
    const first = Array.from({ length: 128 }, (_, i) => 1 + 2 * i);
    const second = Array.from({ length: 100 }, (_, i) => 1 + (i === 50 ? 1000 : 0) + i + (i > 50 ? 1000 : 0));
    const c = new LineColumn(228);
    for (const l of first) c.push(l);
    const part = new LineColumn(100);
    for (const l of second) part.push(l);
    c.append(part.parts(), 100, 500);
    expectSame(c, [...first, ...second.map((l) => l + 500)]);
  });
});
