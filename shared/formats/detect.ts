// Which format a log is: every format sniffs the head; the highest score wins, registry order breaks ties,
// and `plain` (a constant low score) is what is left when nobody recognises the head.
import type { FormatName } from '../model/log-entry';
import { baseName } from '../model/rotation';
import { FORMATS } from './registry';

/** How many leading lines detection looks at, and how much of each. */
export const HEAD_LINES = 64;
const HEAD_LINE_CHARS = 4096;

export function detectFormat(head: readonly string[], fileName: string): FormatName {
  const lines = head.slice(0, HEAD_LINES).map((l) => (l.length > HEAD_LINE_CHARS ? l.slice(0, HEAD_LINE_CHARS) : l));
  const name = baseName(fileName);
  let best: FormatName = 'plain';
  let bestScore = 0;
  for (const f of FORMATS) {
    const s = f.sniff(lines, name);
    if (s > bestScore) {
      best = f.name;
      bestScore = s;
    }
  }
  return best;
}
