// Why the user-regex policy (shared/user-regex) refused a pattern, in the UI's language: the find bar and the
// highlight dialog say it under the field, so a pattern never reaches a matcher that could hang the window.
import type { TFunction } from 'i18next';
import type { RegexProblem } from '../../../shared/user-regex/user-regex';

export function regexProblemText(p: RegexProblem, t: TFunction): string {
  return t(`regexPolicy.${p.code}`, { detail: p.detail ?? '', defaultValue: p.message, interpolation: { escapeValue: false } });
}
