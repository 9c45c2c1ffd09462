// Highlight rules (CMTrace's single highlight, made several): the first rule whose text matches a row
// colours it. Matching is the renderer's only text test, and only over rows already on screen; a regex rule
// follows the same user-regex policy as the backend's search (shape check, then RE2 in linear time).
import { compileUserRegex, userRegexProblem, type RegexProblem } from '../../../shared/user-regex/user-regex';
export interface HighlightRule {
  id: string;
  text: string;
  regex: boolean;
  matchCase: boolean;
  color: string;
  enabled: boolean;
}

export const HIGHLIGHT_COLORS = ['#7dd3fc', '#86efac', '#f0abfc', '#fdba74', '#c4b5fd', '#5eead4'] as const;

export type RowTest = (text: string) => boolean;

/** Why a regex rule is refused by the user-regex policy, or null (plain text is always fine). */
export function ruleProblem(rule: Pick<HighlightRule, 'text' | 'regex'>): RegexProblem | null {
  return rule.regex && rule.text ? userRegexProblem(rule.text) : null;
}

/** A matcher, or null for an empty rule or a regex the policy refuses (ruleProblem says why). */
export function compileRule(rule: Pick<HighlightRule, 'text' | 'regex' | 'matchCase'>): RowTest | null {
  if (!rule.text) return null;
  if (rule.regex) return ruleProblem(rule) ? null : compileUserRegex(rule.text, rule.matchCase);
  if (rule.matchCase) return (t) => t.includes(rule.text);
  const q = rule.text.toLowerCase();
  return (t) => t.toLowerCase().includes(q);
}

/** The rules that can colour a row, each with its matcher (an empty or refused rule colours nothing). */
export function compileRules(rules: readonly HighlightRule[]): { rule: HighlightRule; test: RowTest }[] {
  return rules.flatMap((rule) => {
    const test = compileRule(rule);
    return test ? [{ rule, test }] : [];
  });
}

export function highlightColor(rules: readonly { rule: HighlightRule; test: RowTest }[], text: string): string | null {
  for (const r of rules) if (r.rule.enabled && r.test(text)) return r.rule.color;
  return null;
}
