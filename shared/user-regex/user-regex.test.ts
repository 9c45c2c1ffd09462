import { describe, expect, it } from 'vitest';
import { compileUserRegex, userRegexProblem, UserRegexError } from './user-regex';

describe('user-regex policy', () => {
  it('allows what technicians search for, with JS-like meaning', () => {
    const t = compileUserRegex('0x8024[0-9A-F]{4}', false);
    expect(t('Scan failed, error = 0x8024402c')).toBe(true);
    expect(compileUserRegex('0x8024[0-9A-F]{4}', true)('0x8024402c')).toBe(false);
    expect(compileUserRegex('(?<code>KB\\d{6,7})\\b', false)('installing kb5034441 now')).toBe(true);
    expect(compileUserRegex('^Sync.*done$', true)('Sync of 12 updates done')).toBe(true);
    expect(compileUserRegex('\\p{Han}+', true)('扫描失败')).toBe(true);
  });
  it('refuses what RE2 cannot run in linear time, or cannot read, with a reason a technician understands', () => {
    const cases: [string, string, RegExp][] = [
      ['(?=x)x+', 'lookaround', /lookahead and lookbehind/],
      ['(?<!a)b', 'lookaround', /lookahead and lookbehind/],
      ['\\u00e9', 'unicodeEscape', /\\x\{00E9\}/],
      ['a{1001}', 'repeatCount', /at most 1000/],
      ['a{1,1000}z', 'tooLarge', /too large \(\d+ steps, at most 1000\)/],
      ['(', 'syntax', /invalid regular expression: missing closing \)/],
      ['(a+)+$', 'nested', /nested quantifiers/],
      ['(a)\\1', 'backref', /back-references/],
    ];
    for (const [source, code, why] of cases) {
      const p = userRegexProblem(source);
      expect(p?.code, source).toBe(code);
      expect(p?.message, source).toMatch(why);
      expect(() => compileUserRegex(source, false)).toThrow(UserRegexError);
    }
  });
  it('reads the size of the compiled program (the engine\'s internal field is still where the policy looks)', () => {
    expect(userRegexProblem('a{1,499}z')).toBeNull();
    expect(userRegexProblem('a{1,600}z')?.code).toBe('tooLarge');
  });
  it('runs a pattern the shape check lets through in linear time (JS RegExp would take O(n^5) on this line)', () => {
    expect(userRegexProblem('a*a*a*a*a*b')).toBeNull();
    const line = 'a'.repeat(100_000);
    expect(compileUserRegex('a*a*a*a*a*b', true)(line)).toBe(false);
    expect(compileUserRegex('\\s*a*\\s*a*x', true)(line)).toBe(false);
  });
});
