// The SMS server-log fast path in WebAssembly (AssemblyScript, built by scripts/build-wasm.mjs into
// shared/index/generated/sms-scan-wasm.ts). It reads what SmsIndexer.feed reads, line by line: a head line whose trailer
// `$$<comp><MM-DD-YYYY HH:MM:SS.mmm+BIAS><thread=N (0xN)>` classify() takes as HEAD starts an entry, lines it takes
// as NOT_HEAD continue it; the same date, clock, bias, component and thread rules, unit for unit. Severity: the
// same pre-check as severity-hint.ts; an entry whose text may carry a hint takes the severity JS gave the same
// text units before (a memo JS fills), or is listed for JS to decide (a text the memo may learn ends the batch,
// so the entries after it find it there). At anything classify()
// would call UNSURE, the scanner stops at the entry that line belongs to and JS reads from there. UTF-8 (scan8)
// and UTF-16LE (scan16) share one generic body: the markup is ASCII, one unit in both.
//
// Memory: scan-common.ts's layout, and in the room it leaves
//   SEV_TABLE   severity memo slots (keySlot's); SEV_KEY the key being looked up; SEV_STORE the keys kept
//   OUT_DEFER   the rows whose severity JS decides

import {
  addr, at, bitsBefore, byteBits, bytes16, bytesEq, componentOf, CR, decimalAt, digit, DONE, fieldEnd, findUnit, FULL,
  GT, JS_ENTRY, keepKey, keySlot, LF, line, MAX_ROWS, NEED_COMPONENT, NEED_ZONE, needBias, NO_COMPONENT, NO_THREAD,
  OUT_END, pos, rows, slotValue, wordAt, writeRow, zoneOf,
} from './scan-common';
import { biasAt, dateAt, dayMs, msOfDay, NO_BIAS, timeAt } from './stamp-fields';
export {
  addComponent, init, INPUT, line, MAX_ROWS, needBias, needEnd, needScripted, needStart, OUT_COMP, OUT_LINE, OUT_OFFLO,
  OUT_SEV, OUT_THREAD, OUT_WALL, OUT_ZONE, PAD, pos, rows, setZone,
} from './scan-common';
// The trailer's markup, generated from shared/formats/sms/shape.ts (the format's one source).
import { DOLLAR, isThreadField, LT, THREAD_FIELD_UNITS, TRAILER_UNITS } from './generated/sms-shape';

const SEV_TABLE: u32 = 0x70000;
const SEV_SLOTS: u32 = 8192;
const SEV_KEY: u32 = 0x90000;
const SEV_STORE: u32 = 0xb0000;
const SEV_STORE_END: u32 = 0x1b0000;
/** Longer texts are not remembered (JS decides them each time). */
const SEV_MAX_BYTES: u32 = 4096;
/** Deferred severities: row, entry start, text end, head line end, entry end (5 x i32 each). */
export const OUT_DEFER: u32 = OUT_END;

// classify() results (sms-indexer.ts), plus the two questions for JS.
const NOT_HEAD: i32 = 0;
const HEAD: i32 = 1;
const UNSURE: i32 = 2;
const ASK_COMPONENT: i32 = 3;
const ASK_ZONE: i32 = 4;

const NO_OFFSET: i32 = 0x7fff;
const SPACE: u32 = 32;

// Results of the last scan call, besides those in scan-common.ts: the rows deferred to JS.
export let deferred: u32 = 0;

let sevTop: u32 = SEV_STORE;
let sevCount: u32 = 0;

// ---- unit access ----

@inline function isSpace(c: u32): bool {
  return c == SPACE || (c >= 9 && c <= 13);
}

// ---- lines ----

/** Where the last line scan saw the last `$$<` of the line (-1: none). */
let lastMark: i32 = -1;

/** The LF ending the line that starts at s (-1: none before len); the line's last `$$<` goes to lastMark. */
function lineEnd<T>(s: i32, len: i32): i32 {
  let mark = -1;
  for (let i = s; i < len; i += 16) {
    const v = bytes16<T>(i);
    let mk = bitsBefore(byteBits(v128.or(bytesEq(v, LF), bytesEq(v, DOLLAR))), i, len);
    while (mk != 0) {
      const q = i + <i32>ctz(mk);
      mk &= mk - 1;
      if (at<T>(q) == LF) {
        lastMark = mark;
        return q;
      }
      if (at<T>(q + 1) == DOLLAR && at<T>(q + 2) == LT) mark = q;
    }
  }
  lastMark = mark;
  return -1;
}

// ---- the trailer (SmsIndexer.classify, parseUsDateAt, parseClock) ----

// Fields of the line head() last read as HEAD.
let hWall: f64 = 0;
let hZone: u32 = 0;
let hComp: u32 = 0;
let hThread: u32 = 0;
let hText: i32 = 0;
let clockMs: i32 = 0;
let clockOffset: i32 = 0;

/** classify() of the line [s, le) (le at its LF or the end) whose last `$$<` is at mark; HEAD fills the h* fields. */
function head<T>(s: i32, le: i32, mark: i32): i32 {
  let end = le;
  if (end > s && at<T>(end - 1) == CR) end--;
  if (end - s < 3 || mark < s) return NOT_HEAD;
  const cs = mark + TRAILER_UNITS;
  const ce = findUnit<T>(GT, cs, end);
  if (ce < 0 || at<T>(ce + 1) != LT) return NOT_HEAD;
  const ss = ce + 2;
  // `MM-DD-YYYY HH:MM:SS.mmm±B>` read in one pass (the same values as below); other stamps the general way.
  const fixed = fixedStamp<T>(ss, end);
  const se = fixed ? stampEnd : findUnit<T>(GT, ss, end);
  if (se < 0 || !isThreadField<T>(addr<T>(se + 1))) return NOT_HEAD;
  const ts = se + 1 + THREAD_FIELD_UNITS;
  const te = findUnit<T>(GT, ts, end);
  if (te < 0) return NOT_HEAD;
  for (let i = te + 1; i < end; i++) {
    const c = at<T>(i);
    if (isSpace(c)) continue;
    return c >= 0x80 ? UNSURE : NOT_HEAD;
  }
  // A head: its fields the regular way, or the parser decides.
  let day = stampDay;
  if (!fixed) {
    const sp = findUnit<T>(SPACE, ss, se);
    if (sp < 0) return UNSURE;
    day = usDate<T>(ss, sp);
    if (day < 0 || !clock<T>(sp + 1, se)) return UNSURE;
  }
  if (ce > cs) {
    const a = at<T>(cs);
    const b = at<T>(ce - 1);
    if (isSpace(a) || isSpace(b) || a >= 0x80 || b >= 0x80) return UNSURE;
  }
  let thread = decimalAt<T>(ts, te);
  const i = fieldEnd;
  if (i == ts) {
    if (i != te) return UNSURE;
    thread = <u64>NO_THREAD;
  } else if (i < te && at<T>(i) != SPACE) return UNSURE;
  if (thread > 0xffffffff) return UNSURE; // 4294967295 itself reads as "no thread", as in JS
  let zone: i32 = 0;
  if (clockOffset != NO_OFFSET) {
    zone = zoneOf(clockOffset, 0);
    if (zone < 0) {
      needBias = clockOffset;
      return ASK_ZONE;
    }
  }
  let comp = NO_COMPONENT;
  if (ce > cs) {
    const v = componentOf<T>(cs, ce);
    if (v < 0) return ASK_COMPONENT;
    comp = <u32>v >> 1;
  }
  hWall = day + <f64>clockMs;
  hZone = <u32>zone;
  hComp = comp;
  hThread = <u32>thread;
  hText = mark;
  return HEAD;
}

let stampEnd: i32 = 0;
let stampDay: f64 = 0;

/**
 * The stamp at ss in its usual shape `MM-DD-YYYY HH:MM:SS.mmm±B` ending at a `>` before e, with a real day and time:
 * stampEnd (the `>`), stampDay, clockMs and clockOffset as usDate and clock give them.
 */
function fixedStamp<T>(ss: i32, e: i32): bool {
  if (ss + 25 > e) return false;
  const day = dateAt<T>(ss, SPACE);
  const ms = timeAt<T>(ss + 11);
  if (day < 0 || ms < 0) return false;
  const bias = biasAt<T>(ss + 23, e, GT);
  if (bias == NO_BIAS) return false;
  stampEnd = fieldEnd;
  stampDay = day;
  clockMs = ms;
  clockOffset = bias;
  return true;
}

/** time-fields.ts shortField: the 1 or 2 digits at [i, e) (up to a non-digit), fieldEnd past them; -1 for none or 3. */
function shortField<T>(i: i32, e: i32): i32 {
  const v = <i32>decimalAt<T>(i, min(e, i + 3));
  const n = fieldEnd - i;
  return n >= 1 && n <= 2 ? v : -1;
}

@inline function isDateSep(c: u32): bool {
  return c == 45 || c == 47;
}

/** parseUsDateAt: `M-D-YYYY` / `MM/DD/YYYY` in [s, e) → midnight wall ms, or -1. */
function usDate<T>(s: i32, e: i32): f64 {
  const mo = shortField<T>(s, e);
  if (mo < 0 || !isDateSep(at<T>(fieldEnd))) return -1;
  const d = shortField<T>(fieldEnd + 1, e);
  if (d < 0 || !isDateSep(at<T>(fieldEnd))) return -1;
  const i = fieldEnd + 1;
  const y = <i32>decimalAt<T>(i, e);
  return e - i == 4 && fieldEnd == e ? dayMs(y, mo, d) : -1;
}

/** parseClock: `H:MM:SS[.frac][(+|-)BIAS]` in [s, e) (e at the stamp's `>`) into clockMs / clockOffset; false for any other shape. */
function clock<T>(s: i32, e: i32): bool {
  const h = shortField<T>(s, e);
  if (h < 0 || at<T>(fieldEnd) != 58) return false;
  const mi = shortField<T>(fieldEnd + 1, e);
  if (mi < 0 || at<T>(fieldEnd) != 58) return false;
  const sec = shortField<T>(fieldEnd + 1, e);
  if (sec < 0) return false;
  let i = fieldEnd;
  let ms: i32 = 0;
  let fd: i32 = 0;
  if (i < e && (at<T>(i) == 46 || at<T>(i) == 44)) {
    i++;
    while (i < e) {
      const d = digit<T>(i);
      if (d > 9) break;
      if (fd < 3) ms = ms * 10 + <i32>d;
      fd++;
      i++;
    }
    if (fd == 0) return false;
    if (fd == 1) ms *= 100;
    else if (fd == 2) ms *= 10;
  }
  let offset = NO_OFFSET;
  if (i < e) {
    offset = biasAt<T>(i, e + 1, GT);
    if (offset == NO_BIAS) return false;
  } else if (fd >= 4 && fd <= 6) {
    return false;
  }
  if (h > 23 || mi > 59 || sec > 59) return false;
  clockMs = msOfDay(h, mi, sec, ms);
  clockOffset = offset;
  return true;
}

// ---- severity pre-check (severity-hint.ts mayHaveSeverityHint) ----

/** The pre-check's verdict at unit i of [s, e). */
function hintAt<T>(i: i32, e: i32): bool {
  const u0 = at<T>(i);
  const c = u0 | 0x20;
  if (c == 102 || c == 101 || c == 119) {
    const n = at<T>(i + 1) | 0x20;
    if (n != 97 && n != 114 && n != 120) return false;
    if (c == 102) return wordAt<T>(i, e, 'fail') || wordAt<T>(i, e, 'fatal');
    if (c == 101) return wordAt<T>(i, e, 'error') || wordAt<T>(i, e, 'exit code');
    return wordAt<T>(i, e, 'warn');
  }
  if (c == 104) {
    if (i + 1 < e && (at<T>(i + 1) | 0x20) == 114) {
      let k = i + 2;
      while (k < e) {
        const x = at<T>(k);
        if (isSpace(x) || x >= 0x80) k++;
        else break;
      }
      if (k < e && (at<T>(k) == 61 || at<T>(k) == 58)) return true;
    }
    return false;
  }
  if (u0 == 48 && i + 2 < e && (at<T>(i + 1) | 0x20) == 120) {
    const h = at<T>(i + 2);
    return h == 56 || h == 57 || (h >= 97 && h <= 102) || (h >= 65 && h <= 70);
  }
  return false;
}

/** mayHaveSeverityHint(u, s, e): SIMD finds the few units where a hint may start (a letter pair), hintAt decides. */
function hint<T>(s: i32, e: i32): bool {
  for (let i = s; i < e; i += 16) {
    const v = bytes16<T>(i);
    const c = v128.or(v, i8x16.splat(0x20));
    const n = v128.or(bytes16<T>(i + 1), i8x16.splat(0x20));
    const efw = v128.or(v128.or(bytesEq(c, 101), bytesEq(c, 102)), bytesEq(c, 119));
    const nR = bytesEq(n, 114);
    const arx = v128.or(v128.or(bytesEq(n, 97), nR), bytesEq(n, 120));
    const hr = v128.and(bytesEq(c, 104), nR);
    const ox = v128.and(bytesEq(v, 48), bytesEq(n, 120));
    let mk = bitsBefore(byteBits(v128.or(v128.or(v128.and(efw, arx), hr), ox)), i, e);
    while (mk != 0) {
      const q = i + <i32>ctz(mk);
      mk &= mk - 1;
      if (hintAt<T>(q, e)) return true;
    }
  }
  return false;
}

// ---- the severity memo ----

/** A hash of the nb bytes at a, 8 at a time. */
function hashBytes(a: u32, nb: u32): u32 {
  let h: u64 = <u64>nb * 0x9e3779b97f4a7c15;
  let k: u32 = 0;
  for (; k + 8 <= nb; k += 8) {
    h = (h ^ load<u64>(a + k)) * 0xff51afd7ed558ccd;
    h ^= h >> 29;
  }
  if (k < nb) h = (h ^ (load<u64>(a + k) & ((<u64>1 << (<u64>(nb - k) * 8)) - 1))) * 0xc4ceb9fe1a85ec53;
  h ^= h >> 32;
  return <u32>h;
}

/**
 * The memo's key for an entry: what SmsIndexer.severity() reads, the head's text [s, textEnd) and, for a multi-line
 * entry, the continuation lines [headEnd + 1, end), copied to SEV_KEY after the text's length; its length in bytes,
 * or -1 when the text is too long to remember.
 */
function sevKey<T>(s: i32, textEnd: i32, headEnd: i32, end: i32): i32 {
  const sh: u32 = sizeof<T>() == 1 ? 0 : 1;
  const ms = end > headEnd + 1 ? headEnd + 1 : end;
  const na = <u32>(textEnd - s) << sh;
  const nb = <u32>(end - ms) << sh;
  if (na + nb > SEV_MAX_BYTES) return -1;
  store<u32>(SEV_KEY, na);
  copy16(SEV_KEY + 4, addr<T>(s), na);
  copy16(SEV_KEY + 4 + na, addr<T>(ms), nb);
  return 4 + na + nb;
}

/** Copy nb bytes from a to d, 16 a step: a short key costs no call (up to 15 bytes past both ends are read or written). */
@inline function copy16(d: u32, a: u32, nb: u32): void {
  for (let k: u32 = 0; k < nb; k += 16) v128.store(d + k, v128.load(a + k));
}

function addSeverityT<T>(s: i32, textEnd: i32, headEnd: i32, end: i32, sev: u32): void {
  const n = sevKey<T>(s, textEnd, headEnd, end);
  if (n < 0) return;
  if (sevCount >= SEV_SLOTS / 2 || sevTop + <u32>n > SEV_STORE_END) {
    // Full: start over (as UnitsMemo does), the texts still in use come back at once.
    memory.fill(SEV_TABLE, 0, SEV_SLOTS * 16);
    sevTop = SEV_STORE;
    sevCount = 0;
  }
  const h = hashBytes(SEV_KEY, n);
  const slot = keySlot(SEV_TABLE, SEV_SLOTS, SEV_KEY, n, h);
  if (slotValue(slot) >= 0) return;
  sevTop = keepKey(slot, sevTop, SEV_KEY, n, h, sev);
  sevCount++;
}

/** Remember the severity of the entry [s, end) of the input whose head text ends at textEnd, head line at headEnd (too long: not). */
export function addSeverity(unitSize: i32, s: i32, textEnd: i32, headEnd: i32, end: i32, sev: u32): void {
  if (unitSize == 1) addSeverityT<u8>(s, textEnd, headEnd, end, sev);
  else addSeverityT<u16>(s, textEnd, headEnd, end, sev);
}

// ---- the scan ----

export function scan8(len: i32, p: i32, baseLo: u32, firstLine: u32, final: i32): i32 {
  return scan<u8>(len, p, baseLo, firstLine, final != 0);
}

export function scan16(len: i32, p: i32, baseLo: u32, firstLine: u32, final: i32): i32 {
  return scan<u16>(len, p, baseLo, firstLine, final != 0);
}

@inline function stopFor(kind: i32): i32 {
  return kind == ASK_COMPONENT ? NEED_COMPONENT : kind == ASK_ZONE ? NEED_ZONE : JS_ENTRY;
}

/**
 * Index entries from unit p (a line start: the chunk's first or an entry head) of u[0..len); see the status
 * codes. An entry is written once the next head (or the final end) is in view. Rows go to OUT_*, from row 0.
 */
function scan<T>(len: i32, p: i32, baseLo: u32, firstLine: u32, final: bool): i32 {
  const sh: u32 = sizeof<T>() == 1 ? 0 : 1;
  let n: u32 = 0;
  let nd: u32 = 0;
  let ln = firstLine;
  let status = DONE;
  // The head at p was read already (it ended the entry before): its fields are in h*, its line ends at headLe.
  let carried = false;
  let headLe: i32 = 0;
  while (p < len) {
    if (n == MAX_ROWS) {
      status = FULL;
      break;
    }
    if (!carried) {
      let le = lineEnd<T>(p, len);
      if (le < 0) {
        if (!final) break; // DONE: the line is not complete yet
        le = len;
      }
      const kind = head<T>(p, le, lastMark);
      if (kind != HEAD) {
        status = stopFor(kind);
        break;
      }
      headLe = le;
    }
    carried = false;
    const wall = hWall;
    const zone = hZone;
    const comp = hComp;
    const thread = hThread;
    const textEnd = hText;
    const le = headLe;
    // Continuation lines up to the next head.
    let q = le + 1;
    let lines: u32 = 1;
    let end = len;
    let halt = false; // AssemblyScript has no labelled break: this ends the outer loop
    for (;;) {
      if (q >= len) {
        halt = !final; // DONE: more lines of this entry may follow
        break;
      }
      let qe = lineEnd<T>(q, len);
      if (qe < 0) {
        if (!final) {
          halt = true;
          break;
        }
        qe = len;
      }
      if (lastMark >= 0) {
        const kind = head<T>(q, qe, lastMark);
        if (kind == HEAD) {
          end = q;
          carried = true;
          headLe = qe;
          break;
        }
        if (kind != NOT_HEAD) {
          status = stopFor(kind);
          halt = true;
          break;
        }
      }
      q = qe + 1;
      lines++;
    }
    if (halt) break;
    // Severity: info unless the pre-check finds a hint; then the memo (JS fills it) or JS.
    let sev: u32 = 0;
    let learn = false;
    if (hint<T>(p, textEnd) || hint<T>(le, end)) {
      const key = sevKey<T>(p, textEnd, le, end);
      const known = key < 0 ? -1 : slotValue(keySlot(SEV_TABLE, SEV_SLOTS, SEV_KEY, key, hashBytes(SEV_KEY, key)));
      if (known >= 0) sev = <u32>known;
      else {
        const d = OUT_DEFER + nd * 20;
        store<u32>(d, n);
        store<i32>(d, p, 4);
        store<i32>(d, textEnd, 8);
        store<i32>(d, le, 12);
        store<i32>(d, end, 16);
        nd++;
        learn = key >= 0;
      }
    }
    writeRow(n, baseLo + (<u32>p << sh), ln, wall, thread, comp, sev, zone);
    n++;
    ln += lines;
    p = end;
    if (learn) {
      status = FULL;
      break;
    }
  }
  pos = p;
  line = ln;
  rows = n;
  deferred = nd;
  return status;
}
