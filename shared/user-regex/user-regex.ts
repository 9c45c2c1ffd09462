// The one policy for users' regular expressions, wherever one runs: search, findNext (find in all panes too),
// and the renderer's highlight rules. A pattern first passes the fast shape check (regex-hazard.ts), then runs on
// RE2 (re2js: pure JavaScript, linear in the text's length), so no pattern can freeze the backend or a window:
// V8's own engine backtracks and offers no time budget per match. RE2 refuses what it cannot run in linear time
// (lookaround, back-references); those get a plain message. Measured against JS RegExp in the bench (regex rows).
import { RE2JS } from 're2js';
import { regexHazard } from './regex-hazard';

export type TextTest = (text: string) => boolean;

/** Every kind of refusal: the shape check's, then RE2's. */
export const REGEX_PROBLEM_CODES = ['backref', 'nested', 'alternation', 'repeats', 'lookaround', 'unicodeEscape', 'repeatCount', 'tooLarge', 'syntax'] as const;

/**
 * RE2 is linear in the text, times the compiled program's size when its DFA gives up: re2js's DFA keeps to 8 MiB
 * and, on a program past ~1000 instructions (a{1,800}z: 1602), falls back to its NFA at ~1.7 MB/s. Measured: a
 * 20 000-char row takes 0.8 ms at 1002 instructions, 12 ms at 1602, 480 ms for a{1,1000}z (/i).
 */
const MAX_PROGRAM_SIZE = 1000;

/** A refusal: `code` names it for translation (renderer i18n `regexPolicy.<code>`), `message` says it in English. */
export interface RegexProblem {
  code: (typeof REGEX_PROBLEM_CODES)[number];
  message: string;
  /** The engine's own words, for `syntax`. */
  detail?: string;
}

/** Why RE2 refused a pattern, in words a technician reads, keyed by the piece of syntax RE2's message names. */
const UNSUPPORTED: readonly (RegexProblem & { syntax: RegExp })[] = [
  { syntax: /`\(\?<?[=!]/, code: 'lookaround', message: 'lookahead and lookbehind ((?=…), (?!…), (?<=…), (?<!…)) are not supported' },
  { syntax: /`\\[1-9]|`\\k/, code: 'backref', message: 'back-references (\\1, \\k<name>) are not supported' },
  { syntax: /`\\u/, code: 'unicodeEscape', message: 'write a code point as \\x{00E9}, not \\u00E9' },
  { syntax: /invalid repeat count/, code: 'repeatCount', message: 'a repeat count is at most 1000' },
];

/** Why this pattern may not be used, or null. */
export function userRegexProblem(source: string): RegexProblem | null {
  const hazard = regexHazard(source);
  if (hazard) return hazard;
  try {
    const size = programSize(RE2JS.compile(source, RE2JS.CASE_INSENSITIVE));
    if (size > MAX_PROGRAM_SIZE) return { code: 'tooLarge', message: `the pattern is too large (${size} steps, at most ${MAX_PROGRAM_SIZE}): use smaller repeat counts` };
    return null;
  } catch (e) {
    const said = e instanceof Error ? e.message : String(e);
    const known = UNSUPPORTED.find((u) => u.syntax.test(said));
    if (known) return { code: known.code, message: known.message };
    const detail = said.replace(/^error parsing regexp: /, '');
    return { code: 'syntax', message: `invalid regular expression: ${detail}`, detail };
  }
}

/** The compiled program's instruction count: re2js keeps it on an internal field; 0 if a release moves it. */
function programSize(re: RE2JS): number {
  const prog = (re as unknown as { re2Input?: { prog?: { numInst?: () => number } } }).re2Input?.prog;
  return prog?.numInst?.() ?? 0;
}

export class UserRegexError extends Error {}

/** A row test for a user's pattern under the policy; throws UserRegexError with the reason when it is refused. */
export function compileUserRegex(source: string, matchCase: boolean): TextTest {
  const problem = userRegexProblem(source);
  if (problem) throw new UserRegexError(problem.message);
  const re = RE2JS.compile(source, matchCase ? 0 : RE2JS.CASE_INSENSITIVE);
  return (t) => re.test(t);
}
