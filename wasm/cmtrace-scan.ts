// The CMTrace fast path in WebAssembly (AssemblyScript, built by scripts/build-wasm.mjs into
// shared/index/generated/cmtrace-scan-wasm.ts). It indexes only the regular entry shape CmtraceIndexer.regularTag reads,
// one-line or multi-line message, and writes the same columns; at anything else it stops and says why, and the
// JS indexer handles that one entry (or registers a component / zone) and resumes it. UTF-8 (scan8) and
// UTF-16LE (scan16) share one generic body: the markup is ASCII, one unit in both. Memory layout: scan-common.ts.

import {
  addr, at, byteBits, bytes16, bytesEq, componentOf, CR, decimalAt, digit, digitBytes, DONE, fieldEnd, FULL, GT,
  JS_ENTRY, LF, line, MAX_ROWS, NEED_COMPONENT, NEED_ZONE, needBias, needScripted, NO_COMPONENT,
  NO_THREAD, nonDigitBits, pos, rows, writeRow, zoneOf,
} from './scan-common';
import { biasAt, dateAt, NO_BIAS, timeAt } from './stamp-fields';
export {
  addComponent, init, INPUT, line, MAX_ROWS, needBias, needEnd, needScripted, needStart, OUT_COMP, OUT_LINE, OUT_OFFLO,
  OUT_SEV, OUT_THREAD, OUT_WALL, OUT_ZONE, PAD, pos, rows, setZone,
} from './scan-common';
// The markup and script hints, generated from shared/formats/cmtrace/shape.ts (the format's one source).
import {
  CLOSE_TIME_UNITS, COMPONENT_UNITS, CONTEXT_UNITS, DATE_UNITS, FILE_UNITS, isClose, isCloseTime, isComponent, isContext,
  isDate, isFile, isOpen, isScriptExtensionAt, isScriptWriterAt, isThread, isType, mayEndScriptExtension,
  mayStartScriptWriter, OPEN_UNITS, THREAD_UNITS, TYPE_UNITS,
} from './generated/cmtrace-shape';

// Why scan returned: DONE, FULL, JS_ENTRY, NEED_COMPONENT, NEED_ZONE (scan-common.ts).

const QUOTE: u32 = 34;

// ---- the scan ----

/** Index of the `"` closing a value that starts at s, or -1 when a `>` or LF (or the end) comes first. */
function valueEnd<T>(s: i32, len: i32): i32 {
  // 32 units per step: nearly every value ends in the first, so its length costs no branch (PAD covers the reads).
  for (let i = s; i < len; i += 32) {
    let mk = stopBits<T>(i) | (stopBits<T>(i + 16) << 16);
    if (i + 32 > len) mk &= (<u32>1 << <u32>(len - i)) - 1;
    if (mk != 0) {
      const q = i + <i32>ctz(mk);
      return at<T>(q) == QUOTE ? q : -1;
    }
  }
  return -1;
}

/** A mask of the 16 units at i equal to `"`, `>` or LF. */
@inline function stopBits<T>(i: i32): u32 {
  const v = bytes16<T>(i);
  return byteBits(v128.or(v128.or(bytesEq(v, QUOTE), bytesEq(v, GT)), bytesEq(v, LF)));
}

/** stopBits on the digitBytes of 16 units. */
@inline function stopDigitBits(d: v128): u32 {
  return byteBits(v128.or(v128.or(bytesEq(d, QUOTE - 48), bytesEq(d, GT - 48)), bytesEq(d, LF - 48)));
}

/** The value of the k (1..8) digits in the low bytes of d, first digit lowest (k = 0 gives garbage). */
@inline function eightDigits(d: v128, k: u32): u64 {
  let x = i64x2.extract_lane(d, 0) << (<u64>(8 - k) << 3); // the k digits in the high bytes, zeros below
  x = (x * 2561) >> 8;
  x = ((x & 0x00ff00ff00ff00ff) * 6553601) >> 16;
  return ((x & 0x0000ffff0000ffff) * 42949672960001) >> 32;
}

/** A mask of the 16 units at i equal to `]` or LF (bit k = unit k). */
@inline function marks<T>(i: i32): u32 {
  const v = bytes16<T>(i);
  return byteBits(v128.or(bytesEq(v, 93), bytesEq(v, LF)));
}

/** `<![LOG[` anywhere in [s, e) (shared/formats/cmtrace/format.ts: a line opening one closes an unterminated entry). */
function hasOpen<T>(s: i32, e: i32): bool {
  for (let i = s; i < e; i++) if (at<T>(i) == 60 && isOpen<T>(addr<T>(i))) return true;
  return false;
}

/**
 * The script hints of shared/formats/cmtrace/shape.ts on file= u[fs..fe): `.ext(:line)?` at the end, a writer's
 * prefix at the start (as the JS indexer's fileIsScript).
 * nameEnd: where the name ends before `:line`, or -1 when the caller did not find it.
 */
function fileIsScript<T>(fs: i32, fe: i32, nameEnd: i32): bool {
  if (isScriptWriterAt<T>(fs, fe)) return true;
  let e = nameEnd;
  if (e < 0) {
    e = fe;
    // The trailing `:line` digits by one mask over the 16 units before fe (a loop would mispredict on their count).
    const tail = nonDigitBits(digitBytes<T>(fe - 16)) << 16;
    let k = tail == 0 ? fe - 16 : fe - <i32>clz(tail);
    if (k < fs) k = fs;
    else if (tail == 0) while (k > fs && at<T>(k - 1) - 48 <= 9) k--;
    if (k < fe && k > fs && at<T>(k - 1) == 58) e = k - 1;
  }
  return mayEndScriptExtension(at<T>(e - 1) | 0x20) && isScriptExtensionAt<T>(fs, e);
}

/** A cheap first look for fileIsScript: no script name starts or ends (before `:line`) otherwise. */
@inline function mayBeScript<T>(fs: i32, nameEnd: i32): bool {
  if (nameEnd < 0) return true;
  // Both looks, then one test: a branch between them would cost more than the second load.
  return mayStartScriptWriter(at<T>(fs) | 0x20) | mayEndScriptExtension(at<T>(nameEnd - 1) | 0x20);
}

// `final` (no more units will come) is the SMS scanner's question: a CMTrace entry ends at its own tag.
export function scan8(len: i32, p: i32, baseLo: u32, firstLine: u32, final: i32): i32 {
  return scan<u8>(len, p, baseLo, firstLine);
}

export function scan16(len: i32, p: i32, baseLo: u32, firstLine: u32, final: i32): i32 {
  return scan<u16>(len, p, baseLo, firstLine);
}

/** Index regular entries from unit p of u[0..len); see the status codes. Rows go to OUT_*, from row 0. */
function scan<T>(len: i32, p: i32, baseLo: u32, firstLine: u32): i32 {
  const sh: u32 = sizeof<T>() == 1 ? 0 : 1;
  let n: u32 = 0;
  let ln = firstLine;
  let status = DONE;
  while (p < len) {
    if (n == MAX_ROWS) {
      status = FULL;
      break;
    }
    status = JS_ENTRY;
    if (!isOpen<T>(addr<T>(p))) break;
    // The message: the first `]LOG]!>`, LFs counted on the way.
    let i = p + OPEN_UNITS;
    let lines: u32 = 1;
    let m = -1;
    while (i < len) {
      // 64 units a step: most messages take one step (PAD covers the reads).
      let mk = <u64>(marks<T>(i) | (marks<T>(i + 16) << 16)) | (<u64>(marks<T>(i + 32) | (marks<T>(i + 48) << 16)) << 32);
      if (i + 64 > len) mk &= (<u64>1 << <u64>(len - i)) - 1;
      while (mk != 0) {
        const q = i + <i32>ctz(mk);
        mk &= mk - 1;
        if (at<T>(q) == LF) lines++;
        else if (isCloseTime<T>(addr<T>(q))) {
          m = q;
          break;
        } else if (isClose<T>(addr<T>(q))) {
          i = len; // the close without the usual tag: JS reads it
          break;
        }
      }
      if (m >= 0) break;
      i += 64;
    }
    if (m < 0) break;
    if (lines > 1 && hasOpen<T>(p + OPEN_UNITS, m)) break;
    // time="HH:MM:SS.mmm±B" date="MM-DD-YYYY" (stamp-fields.ts)
    const ts = m + CLOSE_TIME_UNITS;
    const clock = timeAt<T>(ts);
    if (clock < 0) break;
    const bias = biasAt<T>(ts + 12, len, QUOTE);
    if (bias == NO_BIAS) break;
    const te = fieldEnd;
    if (!isDate<T>(addr<T>(te))) break;
    const ds = te + DATE_UNITS;
    const de = ds + 10;
    if (de >= len) break;
    const day = dateAt<T>(ds, QUOTE);
    if (day < 0) break;
    // " component="…"
    if (!isComponent<T>(addr<T>(de))) break;
    const cs = de + COMPONENT_UNITS;
    const ce = valueEnd<T>(cs, len);
    if (ce < 0) break;
    // " context="…" (empty is the norm)
    if (!isContext<T>(addr<T>(ce))) break;
    const xs = ce + CONTEXT_UNITS;
    const xe = at<T>(xs) == QUOTE ? xs : valueEnd<T>(xs, len);
    if (xe < 0 || !isType<T>(addr<T>(xe))) break;
    const ys = xe + TYPE_UNITS;
    const t = digit<T>(ys);
    if (t > 3 || !isThread<T>(addr<T>(ys + 1))) break;
    // thread="digits" (empty: none)
    const hs = ys + 1 + THREAD_UNITS;
    // The digits found by one mask (their count varies: a loop would mispredict), their value by SWAR.
    const hd = digitBytes<T>(hs);
    let hnd = nonDigitBits(hd) | 0x10000;
    if (hs + 16 > len) hnd |= ~((<u32>1 << <u32>max(len - hs, 0)) - 1);
    const hn = ctz(hnd);
    let he = hs + <i32>hn;
    let thread: u64 = hn == 0 ? 0 : eightDigits(hd, hn);
    if (hn > 8) {
      thread = decimalAt<T>(hs, len);
      he = fieldEnd;
    }
    if (thread > 0xfffffffe) break;
    if (!isFile<T>(addr<T>(he))) break;
    // file="…": its end and where its name ends before `:line` from one look at 32 units (longer: searched on).
    const fs = he + FILE_UNITS;
    const fd0 = digitBytes<T>(fs), fd1 = digitBytes<T>(fs + 16);
    let stops = stopDigitBits(fd0) | (stopDigitBits(fd1) << 16);
    if (fs + 32 > len) stops &= (<u32>1 << <u32>max(len - fs, 0)) - 1;
    let fe: i32;
    let nameEnd = -1;
    if (stops != 0) {
      fe = fs + <i32>ctz(stops);
      if (at<T>(fe) != QUOTE) break;
      // The last non-digit of the value: a `:` before at least one digit ends the name.
      const nd = (nonDigitBits(fd0) | (nonDigitBits(fd1) << 16)) & ((<u32>1 << <u32>(fe - fs)) - 1);
      nameEnd = fe;
      if (nd != 0) {
        const j = fs + 31 - <i32>clz(nd);
        if (j < fe - 1 && at<T>(j) == 58) nameEnd = j;
      }
    } else fe = valueEnd<T>(fs + 32, len);
    if (fe < 0 || at<T>(fe + 1) != GT) break;
    let lf = fe + 2;
    if (at<T>(lf) == CR) lf++;
    if (lf >= len || at<T>(lf) != LF) break;
    // The component is looked up once the entry is known regular: JS registers names in that order too.
    let comp = NO_COMPONENT;
    let compScripted: u32 = 0;
    if (ce > cs) {
      const v = componentOf<T>(cs, ce);
      if (v < 0) {
        status = NEED_COMPONENT;
        break;
      }
      comp = <u32>v >> 1;
      compScripted = <u32>v & 1;
    }
    const scripted: i32 = compScripted != 0 || (fe > fs && mayBeScript<T>(fs, nameEnd) && fileIsScript<T>(fs, fe, nameEnd)) ? 1 : 0;
    const zone = zoneOf(bias, scripted);
    if (zone < 0) {
      status = NEED_ZONE;
      needBias = bias;
      needScripted = scripted;
      break;
    }
    writeRow(n, baseLo + (<u32>p << sh), ln, day + <f64>clock, he == hs ? NO_THREAD : <u32>thread, comp, t == 0 ? 0 : t - 1, zone);
    n++;
    ln += lines;
    p = lf + 1;
    status = DONE;
  }
  pos = p;
  line = ln;
  rows = n;
  return status;
}
