// The text memo answers only for the very same bytes: texts that share the slot key (length, first and last four
// bytes) but differ inside, or differ in a tail byte, miss; a text is kept from its second sight on.
import { describe, expect, it } from 'vitest';
import { MIN_MEMO_BYTES, TextMemo } from './text-memo';

const enc = new TextEncoder();

/** The bytes of `texts` laid end to end at an odd offset (unaligned reads), with each text's range. */
function laidOut(texts: string[]): { dv: DataView; at: [number, number][] } {
  const parts = texts.map((t) => enc.encode(t));
  const buf = new Uint8Array(3 + parts.reduce((n, p) => n + p.length + 1, 0));
  const at: [number, number][] = [];
  let o = 3;
  for (const p of parts) {
    buf.set(p, o);
    at.push([o, o + p.length]);
    o += p.length + 1;
  }
  return { dv: new DataView(buf.buffer, 1, buf.length - 1), at: at.map(([s, e]) => [s - 1, e - 1]) };
}

/** get, and on a miss set `value`: what the indexer does per text. */
function lookUp(memo: TextMemo, dv: DataView, [s, e]: [number, number], value: number): number {
  const v = memo.get(dv, s, e);
  if (v < 0) memo.set(dv, s, e, value);
  return v;
}

describe('TextMemo', () => {
  it('remembers a text from its second sight and answers for the same bytes only', () => {
    const texts = ['Scan failed with error = 0x80244021.', 'Scan failed with error = 0x80244022.', 'Scan failed with error = 0x80244021.', 'Scan failed with error = 0x80244021.'];
    const { dv, at } = laidOut(texts);
    const memo = new TextMemo();
    expect(lookUp(memo, dv, at[0], 2)).toBe(-1); // first sight: key only
    expect(lookUp(memo, dv, at[0], 2)).toBe(-1); // second: stored
    expect(lookUp(memo, dv, at[2], 2)).toBe(2); // the same bytes elsewhere
    expect(memo.get(dv, ...at[3])).toBe(2);
    // Same length, same first and last four bytes, one byte apart in the middle: a miss.
    const twin = laidOut(['Scan failed with error = 0x80244021.', 'Scan failed with errox = 0x80244021.']);
    const m2 = new TextMemo();
    lookUp(m2, twin.dv, twin.at[0], 2);
    lookUp(m2, twin.dv, twin.at[0], 2);
    expect(m2.get(twin.dv, ...twin.at[1])).toBe(-1);
  });

  it('misses a text one byte apart, wherever that byte is, for lengths not a multiple of four too', () => {
    for (let n = MIN_MEMO_BYTES; n < MIN_MEMO_BYTES + 8; n++) {
      const a = 'abcdefghijklmnopqrstuvwxyz'.slice(0, n);
      // Differs from a at each position in turn; the key's first and last four bytes differ for some of them only.
      for (let i = 0; i < n; i++) {
        const b = a.slice(0, i) + '#' + a.slice(i + 1);
        const { dv, at } = laidOut([a, b, a]);
        const memo = new TextMemo();
        lookUp(memo, dv, at[0], 1);
        lookUp(memo, dv, at[0], 1);
        expect(memo.get(dv, ...at[1]), `${n} ${i}`).toBe(-1);
        expect(memo.get(dv, ...at[2])).toBe(1);
      }
    }
  });

  it('keeps different texts apart', () => {
    const { dv, at } = laidOut(['first text, kept', 'other text, same length?']);
    const memo = new TextMemo();
    lookUp(memo, dv, at[0], 1);
    lookUp(memo, dv, at[0], 1);
    expect(memo.get(dv, ...at[0])).toBe(1);
    expect(lookUp(memo, dv, at[1], 2)).toBe(-1);
    expect(lookUp(memo, dv, at[1], 2)).toBe(-1);
    expect(memo.get(dv, ...at[1])).toBe(2);
  });
});
