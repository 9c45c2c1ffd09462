// The WebAssembly case-insensitive finder gives exactly the hits of the regex path it replaces (/needle/gi over
// the bytes as a latin1 string): ASCII letters fold, nothing else does (bytes >= 0x80 included), hits at the SIMD
// step's edges, at the input's end, after a longer input left stale bytes, and on random bytes (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../formats/parse';
import { AsciiNoCaseFinder } from './ascii-nocase-finder';
import { escapeRegExp, rowMatcher, searchLog, type SearchQuery } from './search';
import { memorySource } from '../../test/support/index/memory-source';

const latin1 = (b: Uint8Array): string => Array.from(b, (c) => String.fromCharCode(c)).join('');

/** Every start of a hit (overlapping ones too) as the regex path finds them. */
function regexStarts(needle: string, bytes: Uint8Array): number[] {
  const re = new RegExp(escapeRegExp(needle), 'iy');
  const s = latin1(bytes);
  const out: number[] = [];
  for (let p = 0; p < s.length; p++) {
    re.lastIndex = p;
    if (re.test(s)) out.push(p);
  }
  return out;
}

/** Every start the finder's cursor yields, stepping one past each hit (so overlapping hits show too). */
function finderStarts(needle: string, bytes: Uint8Array, capacity = 1 << 16): number[] {
  const f = AsciiNoCaseFinder.create(needle, capacity);
  if (!f) throw new Error('no WebAssembly finder');
  const next = f.cursor(bytes);
  if (!next) throw new Error('input too long');
  const out: number[] = [];
  for (let h = next(0); h !== -1; h = next(h + 1)) out.push(h);
  return out;
}

const bytesOf = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const NEEDLE_CHARS = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).concat('\t');

describe('AsciiNoCaseFinder', () => {
  it('folds what the /i regex folds on one-byte strings: an ASCII letter and its other case, no byte >= 0x80', () => {
    for (const c of NEEDLE_CHARS) {
      const re = new RegExp(escapeRegExp(c), 'i');
      const all = Uint8Array.from({ length: 256 }, (_, b) => b);
      const folded = Array.from(all).filter((b) => re.test(String.fromCharCode(b)));
      const code = c.charCodeAt(0);
      const letter = /[a-z]/i.test(c);
      expect(folded, c).toEqual(letter ? [code & ~0x20, code | 0x20] : [code]);
      expect(finderStarts(c, all), c).toEqual(folded);
    }
  });

  it('finds needles of 1, 2, 7 and 40 chars at every offset across the 32-byte steps and at the end', () => {
    const needles = ['e', 'eR', 'Error 0', 'a needle of forty characters, all ASCII!'];
    for (const needle of needles) {
      for (let at = 0; at < 70; at++) {
        for (const end of [0, 1, 31]) {
          const hit = needle.replace(/[a-z]/gi, (ch, i: number) => (i % 2 ? ch.toUpperCase() : ch.toLowerCase()));
          const bytes = bytesOf('x'.repeat(at) + hit + 'y'.repeat(end));
          expect(finderStarts(needle, bytes), `${needle} at ${at} + ${end}`).toEqual([at]);
        }
      }
    }
  });

  it('does not fold bytes >= 0x80 or non-letters next to and inside candidates', () => {
    // É (0xC9) | 0x20 is é, not e; 0xC5 is 'E' | 0x80; '[' and '{' differ by 0x20 but are not letters.
    const cases: [string, Uint8Array, number[]][] = [
      ['error', Uint8Array.from([0xc9, 0x72, 0x72, 0x6f, 0x72, 0x45, 0x52, 0x52, 0x4f, 0x52]), [5]],
      ['error', Uint8Array.from([0xc5, 0x72, 0x72, 0x6f, 0x72, 0xe5, 0x72, 0x72, 0xef, 0x72]), []],
      ['e[r', bytesOf('E{r e[R'), [4]],
      ['a@b', bytesOf('A`b a@B'), [4]],
      ['\tx', bytesOf(')x \tX'), [3]],
      ['ee', bytesOf('eEe'), [0, 1]],
    ];
    for (const [needle, bytes, want] of cases) {
      expect(finderStarts(needle, bytes), needle).toEqual(want);
      expect(regexStarts(needle, bytes), needle).toEqual(want);
    }
  });

  it('finds nothing in empty input or input shorter than the needle, and from past the end', () => {
    expect(finderStarts('e', new Uint8Array(0))).toEqual([]);
    expect(finderStarts('error', bytesOf('erro'))).toEqual([]);
    const f = AsciiNoCaseFinder.create('e', 64)!;
    const next = f.cursor(bytesOf('e'))!;
    expect([next(0), next(1), next(2)]).toEqual([0, -1, -1]);
  });

  it('ignores stale bytes a longer input left past the current one', () => {
    const f = AsciiNoCaseFinder.create('error', 1 << 10)!;
    f.cursor(bytesOf('x'.repeat(100) + 'error'.repeat(20)));
    const next = f.cursor(bytesOf('x'.repeat(100) + 'err'))!;
    expect(next(0)).toBe(-1);
  });

  it('searches bytes read straight into its input area, and refuses input past its capacity', () => {
    const f = AsciiNoCaseFinder.create('Scan', 256)!;
    const area = f.inputBytes();
    expect(area.length).toBe(256);
    const text = bytesOf('a SCAN and a scan');
    area.set(text);
    const next = f.cursor(area.subarray(0, text.length))!;
    expect([next(0), next(3)]).toEqual([2, 13]);
    expect(f.cursor(new Uint8Array(257))).toBeNull();
  });

  it('refuses needles it cannot stand for', () => {
    expect(AsciiNoCaseFinder.create('', 64)).toBeNull();
    expect(AsciiNoCaseFinder.create('Größe', 64)).toBeNull();
    expect(AsciiNoCaseFinder.create('x'.repeat(257), 64)).toBeNull();
  });

  it('equals the regex path on random bytes (fast-check)', () => {
    // Bytes drawn mostly from the needle's chars in both cases, their 0x20 and 0x80 neighbours, and anything.
    const needleArb = fc.string({ unit: fc.constantFrom(...'eErRoO[{@`\t x1'.split('')), minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(needleArb, fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 300 }), fc.integer({ min: 0, max: 9 }), (needle, noise, seed) => {
        const pool = [...needle].flatMap((c) => {
          const k = c.charCodeAt(0);
          return [k, k ^ 0x20, k | 0x80, (k ^ 0x20) | 0x80];
        });
        const bytes = Uint8Array.from(noise, (b, i) => ((b + seed + i) % 4 === 0 ? b : pool[b % pool.length]));
        expect(finderStarts(needle, bytes)).toEqual(regexStarts(needle, bytes));
      }),
      { numRuns: 400 },
    );
  });
});

describe('searchLog with the finder', () => {
  it('a row longer than a read chunk falls back to the regex path with the same rows', () => {
    const head = (text: string): string =>
      `<![LOG[${text}]LOG]!><time="1:00:00.000+0" date="1-1-2026" component="X" context="" type="1" thread="1" file="">\r\n`;
    // The hit within the message's first 1 MiB (the parser keeps no more of its text).
    const long = 'x'.repeat(2 ** 19) + ' ERROR ' + 'y'.repeat(2 ** 21);
    const text = head('an Error first') + head(long) + head('no hit') + head('then eRRor');
    const bytes = new TextEncoder().encode(text);
    const src = memorySource(bytes, 'WUAHandler.log', (b) => Buffer.from(b.buffer, b.byteOffset, b.length));
    const q: SearchQuery = { query: 'error', regex: false, matchCase: false };
    const m = rowMatcher(q);
    const naive = parseBytes(bytes, 'WUAHandler.log').entries.flatMap((e, i) => (m(e.text) ? [i] : []));
    expect(naive).toEqual([0, 1, 3]);
    expect(Array.from(searchLog(src, q))).toEqual(naive);
  });
});
