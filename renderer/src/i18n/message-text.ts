// Backend messages arrive as codes with parameters (shared/api/messages.ts); this says them in the UI's language
// with the i18n keys `backend.<code>`. The English text the backend also sends is only the fallback for a code this
// renderer does not know yet (a newer backend). So do the user-regex policy's refusals (`regexPolicy.<code>`).
import type { TFunction } from 'i18next';
import type { LogMessage, Problem } from '../../../shared/api/messages';
import type { RegexProblem } from '../../../shared/user-regex/user-regex';

export function problemInUi(p: Problem, t: TFunction, fallback: string): string {
  const key = `backend.${p.code}`;
  return t(key, { ...p.params, defaultValue: fallback, interpolation: { escapeValue: false } });
}

/** A message about a log: `subject: text` when it names one of the log's files. */
export function logMessageInUi(m: LogMessage, t: TFunction): string {
  const text = problemInUi(m, t, m.text);
  return m.subject && text !== m.text ? `${m.subject}: ${text}` : text;
}

/** A path that could not be opened. */
export function openErrorInUi(e: Problem & { path: string; reason: string }, t: TFunction): string {
  return `${e.path}: ${problemInUi(e, t, e.reason)}`;
}

/** Why the user-regex policy refused a pattern: the find bar and the highlight dialog say it under the field. */
export function regexProblemText(p: RegexProblem, t: TFunction): string {
  return t(`regexPolicy.${p.code}`, { detail: p.detail ?? '', defaultValue: p.message, interpolation: { escapeValue: false } });
}
