// The memo answers only for the very same units: equal hashes of different units (forced here by a tiny
// alphabet and many keys) must not share a value, and a full memo starts over rather than grow.
import { describe, expect, it } from 'vitest';
import { UnitsMemo } from './units-memo';

const enc = new TextEncoder();

describe('UnitsMemo', () => {
  it('remembers per exact units, UTF-8 bytes or UTF-16 units alike', () => {
    const memo = new UnitsMemo(100_000);
    const keys: string[] = [];
    for (let i = 0; i < 20_000; i++) keys.push(i.toString(3));
    keys.forEach((k, i) => {
      const b = enc.encode(`x${k}y`);
      expect(memo.get(b, 1, b.length - 1)).toBe(-1);
      memo.set(b, 1, b.length - 1, i);
    });
    keys.forEach((k, i) => {
      const b = enc.encode(k);
      expect(memo.get(b, 0, b.length)).toBe(i);
      const w = Uint16Array.from(k, (c) => c.charCodeAt(0));
      expect(memo.get(w, 0, w.length)).toBe(i);
    });
    expect(memo.get(enc.encode('012'), 0, 3)).toBe(-1);
  });

  it('forgets everything once full', () => {
    const memo = new UnitsMemo(2);
    const a = enc.encode('a');
    const b = enc.encode('b');
    const c = enc.encode('c');
    for (const [u, v] of [[a, 1], [b, 2], [c, 3]] as const) {
      memo.get(u, 0, 1);
      memo.set(u, 0, 1, v);
    }
    expect(memo.get(a, 0, 1)).toBe(-1);
    expect(memo.get(c, 0, 1)).toBe(3);
  });
});
