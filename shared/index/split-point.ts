// Where a file may be cut so two workers index the halves independently: the start of a line that surely
// starts an entry whatever came before (cmtrace/format.ts: a line opening `<![LOG[` always starts one; sms/format.ts: a head
// line with its `$$<…>` trailer). Line numbers of the second half are shifted once the first half is done.
import type { FormatName } from '../model/log-entry';
import { isSmsHead } from './sms-indexer';
import { codes, findSeq, type Units } from './units';

const LF = 10;
const LF_OPEN = codes('\n<![LOG[');

/** Unit index of the first entry-starting line after `from` in u, or -1 (none in this window). */
export function splitPointIn(format: FormatName, u: Units, from: number): number {
  if (format === 'cmtrace') {
    const n = findSeq(u, LF_OPEN, from);
    return n === -1 ? -1 : n + 1;
  }
  if (format !== 'sms') return -1;
  let p = u.indexOf(LF, from);
  while (p !== -1) {
    const e = u.indexOf(LF, p + 1);
    if (e === -1) return -1;
    if (isSmsHead(u, p + 1, e)) return p + 1;
    p = e;
  }
  return -1;
}
