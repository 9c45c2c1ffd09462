// seqFinder (the search's byte needle cursor) finds exactly the starts a naive comparison
// finds, whichever byte it jumps by: random data over small alphabets (so that every needle byte is common or rare
// in turn), needles shorter and longer than the native piece, both alignments, Node Buffers and plain Uint8Arrays.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seqFinder } from './units';

function naiveStarts(bytes: Uint8Array, needle: Uint8Array, align: number): number[] {
  const out: number[] = [];
  for (let s = 0; s + needle.length <= bytes.length; s += align) {
    let k = 0;
    while (k < needle.length && bytes[s + k] === needle[k]) k++;
    if (k === needle.length) out.push(s);
  }
  return out;
}

function allStarts(bytes: Uint8Array, needle: Uint8Array, align: number): number[] {
  const next = seqFinder(bytes, needle, align);
  const out: number[] = [];
  for (let i = next(0); i !== -1; i = next(i + 1)) out.push(i);
  return out;
}

describe('seqFinder', () => {
  it('finds every overlapping start, as a naive scan does', () => {
    // Data: 'a' half, 'b' 40 %, 'c' 7.5 %, 'd' 2 %, 'e' 0.5 % (under the 1/64 that picks the memchr path).
    const letter = fc.integer({ min: 0, max: 199 }).map((x) => (x < 100 ? 97 : x < 180 ? 98 : x < 195 ? 99 : x < 199 ? 100 : 101));
    const pick = fc.integer({ min: 97, max: 101 });
    fc.assert(
      fc.property(
        fc.array(letter, { maxLength: 3000 }),
        fc.array(pick, { minLength: 1, maxLength: 12 }),
        fc.constantFrom(1, 2),
        fc.boolean(),
        (data, pat, align, asBuffer) => {
          const raw = Uint8Array.from(data);
          const bytes = asBuffer ? Buffer.from(raw) : raw;
          const needle = Uint8Array.from(pat);
          expect(allStarts(bytes, needle, align)).toEqual(naiveStarts(raw, needle, align));
        },
      ),
      { numRuns: 600 },
    );
  });

  it('finds a needle made of the commonest byte (the native search path)', () => {
    const bytes = Buffer.from('aaaa-aa-aaa');
    expect(allStarts(bytes, Uint8Array.from([97, 97]), 1)).toEqual([0, 1, 2, 5, 8, 9]);
    expect(allStarts(bytes, Uint8Array.from([97, 97]), 2)).toEqual([0, 2, 8]);
  });

  it('finds a rare needle next to common bytes, and stops at the end', () => {
    // 'x' (4 in 320 bytes: under 1/64) is the jump byte; '0x8024402' and 'x' alone must not count.
    const line = 'Scan failed, code 0x80244021 at 00:00:00.000 (retry 0x8024402 x) 0x80244021'.padEnd(320, ' ');
    const bytes = Buffer.from(line.repeat(50));
    expect(allStarts(bytes, Buffer.from('0x80244021'), 1)).toEqual(Array.from({ length: 50 }, (_, r) => [r * 320 + 18, r * 320 + 65]).flat());
  });

  it('confirms the bytes around its native piece: near misses before, inside and after it do not count', () => {
    // 'q' (rare) is the jump byte at needle index 2; the piece is 'qrstuvw', 'xyz' follows it, 'ab' precedes it.
    const needle = Buffer.from('abqrstuvwxyz');
    const text = 'zbqrstuvwxyz abqrstuvwxyQ abqrstuvXxyz abqrstuvwxyz' + ' '.repeat(200) + 'abqrstuvwxyz abqrstuvwxy';
    const bytes = Buffer.from(text);
    expect(allStarts(bytes, needle, 1)).toEqual([39, 251]);
    expect(allStarts(bytes, needle, 1)).toEqual(naiveStarts(bytes, needle, 1));
  });
});
