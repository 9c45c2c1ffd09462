// Where an SMS entry's text ends in raw units, as format.ts reads it, without decoding: search confirms hits with
// these (shared/index/search.ts), the byte indexer finds heads with lastTrailerAt (shared/index/sms-indexer.ts).
import { codes, startsWithAt, type Units } from '../../index/units';
import { FIELD_CLOSE, FIELD_OPEN, THREAD_FIELD, TRAILER_OPEN } from './shape';

const LF = 10;
const DOLLAR = TRAILER_OPEN.charCodeAt(0);
const LT = FIELD_OPEN.charCodeAt(0);
const GT = FIELD_CLOSE.charCodeAt(0);
const THREAD = codes(THREAD_FIELD);
const isAsciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/** Start of the last `$$<` in u[s..e) (memrchr for its second `$`: a `$` is rare in a line), or -1. */
export function lastTrailerAt(u: Units, s: number, e: number): number {
  if (e - s < 3) return -1; // also keeps lastIndexOf's offset >= 0 (a negative one counts from the end)
  let k = e - 1;
  do k = u.lastIndexOf(DOLLAR, k - 1);
  while (k > s && !(u[k - 1] === DOLLAR && u[k + 1] === LT));
  return k > s ? k - 1 : -1;
}

/** Where smsTextEnd's head line ends (its LF, or e), set when it returns a text end. */
export let headLineEnd = 0;

/**
 * Where the text of the head line ends, for the line holding the last `$$<` of u[s..e) (a row, or one line):
 * that `$$<` opens a trailer `$$<comp><stamp><thread=…>` followed by white space only to the line's end, and the
 * text before it loses its trailing white space. -1 when that line is not a head, or holds non-ASCII units that
 * make it unsure. A head always starts its row (rows are the parser's entries). Only the trailer's shape decides what the text is (a bad date
 * changes fields, not text), so this skips the indexer's field parsing, the bulk of an SMS hit's cost.
 */
export function smsTextEnd(u: Units, s: number, e: number): number {
  const at = lastTrailerAt(u, s, e);
  if (at < 0) return -1;
  let i = at + TRAILER_OPEN.length;
  while (i < e && u[i] !== GT && u[i] !== LF) i++; // <comp>
  if (i + 1 >= e || u[i] !== GT || u[i + 1] !== LT) return -1;
  i += 2;
  while (i < e && u[i] !== GT && u[i] !== LF) i++; // <stamp>
  if (i >= e || u[i] !== GT) return -1;
  i++;
  if (i + THREAD.length > e || !startsWithAt(u, i, THREAD)) return -1;
  i += THREAD.length;
  while (i < e && u[i] !== GT && u[i] !== LF) i++; // <thread=…>
  if (i >= e || u[i] !== GT) return -1;
  for (i++; i < e && u[i] !== LF; i++) if (!isAsciiSpace(u[i])) return -1;
  let t = at;
  while (t > s && isAsciiSpace(u[t - 1])) t--;
  if (t > s && u[t - 1] >= 0x80) return -1; // a non-ASCII char may be Unicode white space: let the parser say
  headLineEnd = i;
  return t;
}
