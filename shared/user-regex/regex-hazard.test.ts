import { describe, expect, it } from 'vitest';
import { regexHazard } from './regex-hazard';

describe('regexHazard', () => {
  // What technicians search for: must stay allowed.
  const safe = ['0x8024[0-9A-F]{4}', 'Scan.*failed', '(WUAHandler|ScanAgent).*error', 'error = 0x[0-9a-f]+', '^\\s*<!\\[LOG\\[', 'a{2,3}b', '(abc)+', '[(a+)+]', '\\(a+\\)+', 'KB\\d{6,7}', '(?:foo|bar) done', '(?<code>0x[0-9a-f]{8})', '(?=x)x+'];
  for (const s of safe) it(`allows ${s}`, () => expect(regexHazard(s)).toBeNull());

  // Each of these backtracks exponentially on a crafted line.
  const bad: [string, RegExp][] = [
    ['(a+)+$', /nested quantifiers/],
    ['(a*)*b', /nested quantifiers/],
    ['((ab)*c)+x', /nested quantifiers/],
    ['(\\w+\\s?)+$', /nested quantifiers/],
    ['(a{1,5}){2,}', /nested quantifiers/],
    ['(a|aa)+$', /repeated group of alternatives/],
    ['(?:a|a)*x', /repeated group of alternatives/],
    ['(a)\\1+', /back-references/],
    ['(?<x>a)\\k<x>', /back-references/],
    ['.*.*.*.*.*.*.*x', /unbounded repeats/],
  ];
  for (const [s, why] of bad) it(`refuses ${s}`, () => expect(regexHazard(s)?.message).toMatch(why));
});
