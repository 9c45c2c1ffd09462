import { describe, expect, it } from 'vitest';
import { compileRule, compileRules, highlightColor, ruleProblem, type HighlightRule } from './highlight-rules';

const rule = (text: string, extra: Partial<HighlightRule> = {}): HighlightRule => ({ id: text, text, regex: false, matchCase: false, color: '#abc', enabled: true, ...extra });

describe('highlight rules', () => {
  it('matches plain text ignoring case unless asked', () => {
    expect(compileRule(rule('async searching'))!('Async searching completed.')).toBe(true);
    expect(compileRule(rule('async searching', { matchCase: true }))!('Async searching completed.')).toBe(false);
  });
  it('matches regexes and refuses broken ones', () => {
    expect(compileRule(rule('0x8024[0-9a-f]{4}', { regex: true }))!('failed with 0x8024402C')).toBe(true);
    expect(compileRule(rule('([', { regex: true }))).toBeNull();
    expect(compileRule(rule(''))).toBeNull();
  });
  it('regex rules follow the user-regex policy: catastrophic or unsupported patterns are refused with a reason', () => {
    for (const [text, code] of [['(a+)+$', 'nested'], ['(?=a)b', 'lookaround'], ['(x)\\1', 'backref'], ['([', 'syntax']] as const) {
      expect(compileRule(rule(text, { regex: true }))).toBeNull();
      expect(ruleProblem(rule(text, { regex: true }))?.code).toBe(code);
    }
    // A polynomial pattern the shape check lets through runs on RE2: a long line of 'a' is answered, not hung.
    const poly = compileRule(rule('a*a*a*a*a*b', { regex: true }))!;
    expect(poly('a'.repeat(50_000))).toBe(false);
    expect(ruleProblem(rule('(a+)+$', { regex: false }))).toBeNull();
  });
  it('the first enabled matching rule wins', () => {
    const a = rule('scan', { color: 'red' });
    const b = rule('completed', { color: 'blue' });
    const rules = compileRules([a, b, rule('([', { regex: true, color: 'green' })]);
    expect(rules.map((r) => r.rule.color)).toEqual(['red', 'blue']);
    expect(highlightColor(rules, 'scan completed')).toBe('red');
    a.enabled = false;
    expect(highlightColor(rules, 'scan completed')).toBe('blue');
    expect(highlightColor(rules, 'nothing')).toBeNull();
  });
});
