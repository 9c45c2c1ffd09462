// A UTC offset (minutes east of UTC) as text. Two meanings, one function each: the machine form that
// ends an ISO 8601 time (contract.md "time") and the label people read in the UI and backend messages.

const pad2 = (n: number): string => String(n).padStart(2, '0');

function hhmm(minutes: number): string {
  const a = Math.abs(minutes);
  return `${pad2(Math.floor(a / 60))}:${pad2(a % 60)}`;
}

/** The ISO 8601 suffix: `+01:00`, `-05:30`, `+00:00` (ASCII sign, so `Date.parse` reads it). */
export function offsetIso(minutes: number): string {
  return (minutes < 0 ? '-' : '+') + hhmm(minutes);
}

/** The label people read: `UTC+04:00`, `UTC−05:00` (typographic minus U+2212); '' for no offset. */
export function offsetLabel(minutes: number | null): string {
  if (minutes === null) return '';
  return `UTC${minutes < 0 ? '−' : '+'}${hhmm(minutes)}`;
}
