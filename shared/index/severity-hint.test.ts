// The hint pre-check may say "maybe" too often, never too rarely: wherever severity.ts's rule pattern matches,
// it must answer true, or the index would call an error entry info.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayHaveSeverityHint } from './severity-hint';

const ANY_HINT = /fail|fatal|error|warn|0x[89a-f]|hr\s*[=:]|exit code/i; // severity.ts's, as written there
const enc = new TextEncoder();

const pieces = ['fail', 'FATAL', 'Error', 'wArN', '0x8', '0xA', 'hr =', 'HR:', 'exit code', 'exit  code', 'e', 'f', 'w', 'er', 'ex', 'fa', 'wa', ' ', '0x', 'h', 'r', '\u00a0', 'é'];

describe('mayHaveSeverityHint', () => {
  it('is true wherever the rule pattern matches (UTF-8 bytes and UTF-16 units)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const b = enc.encode(text);
        const w = Uint16Array.from(text, (c) => c.charCodeAt(0));
        if (ANY_HINT.test(text)) {
          expect(mayHaveSeverityHint(b, 0, b.length)).toBe(true);
          expect(mayHaveSeverityHint(w, 0, w.length)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('finds nothing in plain text and a word cut by the end of the range', () => {
    const b = enc.encode('Successfully completed scan. erro');
    expect(mayHaveSeverityHint(b, 0, b.length)).toBe(false);
    const c = enc.encode('an error here');
    expect(mayHaveSeverityHint(c, 0, 5)).toBe(false);
    expect(mayHaveSeverityHint(c, 0, 8)).toBe(true);
  });
});
