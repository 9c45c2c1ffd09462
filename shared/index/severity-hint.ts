// A byte-level pre-check for severity.ts's ANY_HINT (/fail|fatal|error|warn|0x[89a-f]|hr\s*[=:]|exit code/i):
// text where this finds nothing cannot match any severity rule, so it is info without decoding it. It may say
// "maybe" more often than the regex (then the parser decides), never less: that is what keeps the index exact.
import type { Units } from './units';

const WORDS: Record<number, readonly string[]> = {
  102: ['fail', 'fatal'], // f
  101: ['error', 'exit code'], // e
  119: ['warn'], // w
};

function lowerAt(u: Units, at: number, end: number, word: string): boolean {
  if (at + word.length > end) return false;
  for (let k = 0; k < word.length; k++) {
    const w = word.charCodeAt(k);
    const c = u[at + k];
    if (c !== w && (w < 97 || w > 122 || c !== w - 32)) return false;
  }
  return true;
}

export function mayHaveSeverityHint(u: Units, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    // x | 0x20 equals a lower-case ASCII letter only for that letter and its capital, also for 16-bit units.
    const c = u[i] | 0x20;
    if (c === 102 || c === 101 || c === 119) {
      // Most e/f/w letters start none of the words: their next letter says so before any word compare.
      const n = u[i + 1] | 0x20;
      if (n !== 97 /* a */ && n !== 114 /* r */ && n !== 120 /* x */) continue;
      for (const w of WORDS[c]) if (lowerAt(u, i, e, w)) return true;
    } else if (c === 104) {
      // hr\s*[=:] — anything that is not ASCII may be a Unicode space, so skip it too (superset).
      if (i + 1 < e && (u[i + 1] | 0x20) === 114) {
        let k = i + 2;
        while (k < e && (u[k] === 32 || (u[k] >= 9 && u[k] <= 13) || u[k] >= 0x80)) k++;
        if (k < e && (u[k] === 61 || u[k] === 58)) return true;
      }
    } else if (u[i] === 48 && i + 2 < e && (u[i + 1] | 0x20) === 120) {
      const h = u[i + 2];
      if (h === 56 || h === 57 || (h >= 97 && h <= 102) || (h >= 65 && h <= 70)) return true;
    }
  }
  return false;
}
