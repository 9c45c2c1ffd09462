// Highlight rules (CMTrace's single highlight, made several): the first rule whose text matches a row
// colours it. Matching is the renderer's only text test, and only over rows already on screen.
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

/** A matcher, or null for an empty rule or a regex that does not compile. */
export function compileRule(rule: Pick<HighlightRule, 'text' | 'regex' | 'matchCase'>): RowTest | null {
  if (!rule.text) return null;
  if (rule.regex) {
    try {
      const re = new RegExp(rule.text, rule.matchCase ? 'u' : 'iu');
      return (t) => re.test(t);
    } catch {
      return null;
    }
  }
  if (rule.matchCase) return (t) => t.includes(rule.text);
  const q = rule.text.toLowerCase();
  return (t) => t.toLowerCase().includes(q);
}

export function highlightColor(rules: readonly { rule: HighlightRule; test: RowTest }[], text: string): string | null {
  for (const r of rules) if (r.rule.enabled && r.test(text)) return r.rule.color;
  return null;
}
