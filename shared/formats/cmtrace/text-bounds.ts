// Where a CMTrace entry's text lies in raw units, as format.ts reads it, without decoding (search confirms hits
// with it, shared/index/search.ts): between OPEN at the row's start and the first CLOSE.
import { codes, startsWithAt, type Units } from '../../index/units';
import { CLOSE as CLOSE_MARK, OPEN as OPEN_MARK } from './shape';

const OPEN = codes(OPEN_MARK);
const CLOSE = codes(CLOSE_MARK);

/** Where the text of the row u[rs..re) starts: past its opening `<![LOG[`; -1 when the row does not open so. */
export function cmtraceTextStart(u: Units, rs: number): number {
  return startsWithAt(u, rs, OPEN) ? rs + OPEN.length : -1;
}

/** Where the text that starts at ts ends: its first `]LOG]!>` before re; -1 when none (not a regular row). */
export function cmtraceTextEnd(u: Units, ts: number, re: number): number {
  // memchr for the marker's `]` (a message is short and seldom holds one): cheaper than memmem.
  let m = u.indexOf(CLOSE[0], ts);
  while (m !== -1 && m < re && !startsWithAt(u, m, CLOSE)) m = u.indexOf(CLOSE[0], m + 1);
  return m === -1 || m >= re ? -1 : m;
}
