// Byte-level CMTrace indexer: scans raw units for `<![LOG[ … ]LOG]!><time="…" date="…" component="…" context=""
// type="N" thread="N" file="…">` and fills the columns without building strings (only component names, once each).
// Anything its scan does not recognise exactly (an odd time, a junk line between entries, an unclosed entry) is
// handed to the format's own line parser for that stretch: speed on the common shape, the parser's word on the rest.
import { MAX_BIAS } from '../formats/bias-time';
import { attributeMark, CLOSE as CLOSE_MARK, isScriptHint, OPEN as OPEN_MARK, SCRIPT_EXTENSIONS, SCRIPT_WRITER_PREFIXES } from '../formats/cmtrace/shape';
import { ByteIndexer } from './byte-indexer';
import { NO_COMPONENT, NO_THREAD } from './entry-index';
import { CMTRACE_SCAN_WASM } from './generated/cmtrace-scan-wasm';
import { indexRegion } from './generic-indexer';
import { cmtraceTextEnd } from '../formats/cmtrace/text-bounds';
import { NO_OFFSET, parseClock, parseUsDateAt, readDigits } from './time-fields';
import { codes, findSeq, startsWithAt, type Units } from './units';
import { compiledOnce, instantiate, WasmScanner, type ScannerExports } from './wasm-scanner';

const OPEN = codes(OPEN_MARK);
const CLOSE = codes(CLOSE_MARK);
const NEXT_OPEN = codes('\n' + OPEN_MARK);
const LF = 10;
const CR = 13;
const QUOTE = 34;
const SPACE = 32;
const EQ = 61;
const GT = 62;
const LT = 60;

/** CMTrace type attribute → severity code (1 info, 2 warning, 3 error; 0 is verbose, shown as info). */
const TYPE_SEVERITY: readonly number[] = [0, 0, 1, 2];

const scannerModule = compiledOnce(CMTRACE_SCAN_WASM);

/**
 * A fresh WebAssembly CMTrace scanner (wasm/cmtrace-scan.ts) for one indexer (its tables are that index's component
 * and zone ids), or null where WebAssembly or its SIMD is missing, or when CMLENS_NO_WASM=1: the JS scan then does
 * all the work (the bench and tests compare both).
 */
export function cmtraceScanner(): WasmScanner | null {
  const x = instantiate<ScannerExports>(scannerModule());
  return x === null ? null : new WasmScanner(x, 16);
}

export class CmtraceIndexer extends ByteIndexer<WasmScanner> {
  override feed(u: Units, base: number, final: boolean): number {
    this.compAt.fill(-1);
    return super.feed(u, base, final);
  }

  protected feedJs(u: Units, base: number, final: boolean): number {
    const len = u.length;
    let p = 0;
    while (p < len) {
      const q = this.step(u, p, len, base, final);
      if (q < 0) return p;
      p = q;
    }
    return p;
  }

  /** One entry (or irregular stretch) where the scanner stopped, read the JS way; the scanner resumes after it. */
  protected readOn(w: WasmScanner, u: Units, p: number, base: number, final: boolean): number {
    const q = this.step(u, p, u.length, base, final);
    if (q < 0) return ~p;
    w.stats.jsEntries++;
    return q;
  }

  /** One entry (or one irregular stretch) at p the JS way: the position after it, or -1 to wait for more data. */
  private step(u: Units, p: number, len: number, base: number, final: boolean): number {
    const r = this.entryAt(u, p, len, base, final);
    if (r > 0) {
      p = Math.min(r, len);
      this.index.setEnd(base + p * this.unitSize, this.nextLine - 1);
      return p;
    }
    if (r === INCOMPLETE && !final) return -1;
    // Not the common shape: let the parser read from here to the next line that opens an entry.
    const nx = findSeq(u, NEXT_OPEN, p);
    if (nx === -1 && !final) return -1;
    const to = nx === -1 ? len : nx + 1;
    this.nextLine += indexRegion(this.format, this.index, u, base, this.unitSize, p, to, this.nextLine);
    return to;
  }

  /** Index the entry at p; returns the position after it, INCOMPLETE, or IRREGULAR. */
  private entryAt(u: Units, p: number, len: number, base: number, final: boolean): number {
    if (!isOpen(u, p)) return p + OPEN.length > len ? INCOMPLETE : IRREGULAR;
    // The message: native searches (memmem/memchr on bytes) for the close marker and the first LF.
    let m = -1;
    let lines = 1;
    let i = p + OPEN.length;
    if (this.unitSize === 1) {
      // One-line message (the norm): memchr for the line's LF, then for `]` before it. Two single-unit searches
      // cost less than one memmem for `]LOG]!>` (Buffer#indexOf with a needle is several times slower per call).
      const lf = u.indexOf(LF, i);
      if (lf !== -1) m = cmtraceTextEnd(u, i, lf);
    } else if (this.unitSize === 2) {
      // 16-bit units have no memchr-speed search: scan a short message in JS, for `]` and LF at once.
      const jsEnd = Math.min(len, i + SHORT_SCAN);
      for (; i < jsEnd; i++) {
        const c = u[i];
        if (c === CLOSE0) {
          if (startsWithAt(u, i, CLOSE)) {
            m = i;
            break;
          }
        } else if (c === LF) lines++;
      }
    }
    if (m === -1) {
      // A message over several lines (or no LF yet): the general search, LFs counted up to the close.
      m = findSeq(u, CLOSE, i);
      if (m === -1) return INCOMPLETE;
      for (let q = u.indexOf(LF, i); q !== -1 && q < m; q = u.indexOf(LF, q + 1)) lines++;
    }
    if (m + CLOSE.length >= len) return INCOMPLETE;
    if (u[m + CLOSE.length] !== LT) return IRREGULAR;
    // cmtrace/format.ts: a line opening `<![LOG[` (after any white space) closes an unterminated entry first.
    if (lines > 1) {
      const o = findSeq(u, OPEN, p + OPEN.length);
      if (o !== -1 && o < m) return IRREGULAR;
    }
    const fast = this.regularTag(u, m + CLOSE.length + 1, len);
    if (fast > 0) {
      this.index.push(base + p * this.unitSize, this.nextLine, this.wall, this.sev, this.zone, this.comp, this.thread);
      this.nextLine += lines;
      return fast + 1;
    }
    return this.anyTag(u, p, m, len, base, final, lines);
  }

  // Fields of the tag regularTag last read.
  private sev = 0;
  private comp = 0;
  /** Component values read in the current units: start (-1: none in this feed), length and id, by COMP_SLOTS key. */
  private readonly compAt = new Int32Array(COMP_SLOTS).fill(-1);
  private readonly compLen = new Int32Array(COMP_SLOTS);
  private readonly compId = new Int32Array(COMP_SLOTS);
  private thread = NO_THREAD;

  /**
   * The tag as ConfigMgr writes it, attributes in their usual order, one space apart, `>` then (CR) LF: returns
   * the LF's index and fills the field slots, or -1 for anything else (then anyTag reads it the general way,
   * which gives the same fields for this shape).
   */
  private regularTag(u: Units, a: number, len: number): number {
    if (!isTime(u, a)) return -1;
    const ts = a + A_TIME;
    // time="HH:MM:SS.mmm±B" read in one pass; other shapes go through valueEnd + parseClock.
    let te = this.fixedClock(u, ts, len);
    if (te < 0) {
      te = valueEnd(u, ts, len);
      if (te < 0 || !parseClock(u, ts, te, this.clock)) return -1;
    }
    if (!isDate(u, te)) return -1;
    const ds = te + A_DATE;
    // date="MM-DD-YYYY" read in one pass; other shapes through valueEnd + parseUsDateAt.
    let day = -1;
    let de = ds + 10;
    if (de < len && u[de] === QUOTE && u[ds + 2] === 45 && u[ds + 5] === 45) {
      const mo = digit2(u, ds);
      const d = digit2(u, ds + 3);
      const y = digit2(u, ds + 6) * 100 + digit2(u, ds + 8);
      // As parseUsDateAt: a year of four digits from 1000, a real month and day (dayMs refuses Feb 30).
      if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && y >= 1000) day = this.days.dayMs(y, mo, d);
      if (day < 0) return -1;
    } else {
      de = valueEnd(u, ds, len);
      if (de < 0) return -1;
      day = parseUsDateAt(u, ds, de, this.days);
      if (day < 0) return -1;
    }
    if (!isComponent(u, de)) return -1;
    const cs = de + A_COMPONENT;
    // A log has a handful of components: the same value read earlier in these units (keyed by its first units)
    // is compared in place, closing quote included, without walking for the quote or hashing a copy.
    let ce = -1;
    const key = (u[cs] * 7 + u[cs + 1] * 3 + u[cs + 2]) & (COMP_SLOTS - 1);
    const pcs = this.compAt[key];
    let comp = -1;
    if (pcs >= 0) {
      const pn = this.compLen[key];
      if (u[cs + pn] === QUOTE) {
        let k = 0;
        while (k < pn && u[cs + k] === u[pcs + k]) k++;
        if (k === pn) {
          ce = cs + pn;
          comp = this.compId[key];
        }
      }
    }
    if (ce < 0) ce = valueEnd(u, cs, len);
    if (ce < 0 || !isContext(u, ce)) return -1;
    // context="" is the norm.
    const xs = ce + A_CONTEXT;
    const xe = u[xs] === QUOTE ? xs : valueEnd(u, xs, len);
    if (xe < 0 || !isType(u, xe)) return -1;
    const ys = xe + A_TYPE;
    const t = u[ys] - 48;
    if (t < 0 || t > 3 || !isThread(u, ys + 1)) return -1;
    const hs = ys + 1 + A_THREAD;
    // thread="digits" in one pass (empty: none).
    let thread = 0;
    let he = hs;
    for (; he < len; he++) {
      const d = u[he] - 48;
      if (d < 0 || d > 9) break;
      thread = thread * 10 + d;
    }
    if (he === hs) thread = NO_THREAD;
    else if (thread > 0xfffffffe) return -1;
    if (!isFile(u, he)) return -1;
    const fs = he + A_FILE;
    const fe = valueEnd(u, fs, len);
    if (fe < 0 || u[fe + 1] !== GT) return -1;
    let lf = fe + 2;
    if (u[lf] === CR) lf++;
    if (lf >= len || u[lf] !== LF) return -1;
    if (comp < 0) {
      comp = this.components.id(u, cs, ce);
      this.compAt[key] = cs;
      this.compLen[key] = ce - cs;
      this.compId[key] = comp;
    }
    this.setTime(day, u, comp, fs, fe);
    this.sev = TYPE_SEVERITY[t];
    this.comp = comp;
    this.thread = thread;
    return lf;
  }

  /**
   * `HH:MM:SS.mmm` then a signed bias of 1 to 4 digits and the closing quote, at s: fills this.clock as parseClock
   * would and returns the quote's index; -1 for any other shape (then parseClock decides).
   */
  private fixedClock(u: Units, s: number, len: number): number {
    if (s + 14 > len || u[s + 2] !== 58 || u[s + 5] !== 58 || u[s + 8] !== 46) return -1;
    const sign = u[s + 12];
    if (sign !== 43 && sign !== 45) return -1;
    const h0 = u[s] - 48, h1 = u[s + 1] - 48, m0 = u[s + 3] - 48, m1 = u[s + 4] - 48, s0 = u[s + 6] - 48, s1 = u[s + 7] - 48;
    const f0 = u[s + 9] - 48, f1 = u[s + 10] - 48, f2 = u[s + 11] - 48;
    // (x >>> 0) > 9 is "not a digit" for x = unit - 48, negative or not.
    if ((h0 >>> 0) > 9 || (h1 >>> 0) > 9 || (m0 >>> 0) > 9 || (m1 >>> 0) > 9 || (s0 >>> 0) > 9 || (s1 >>> 0) > 9) return -1;
    if ((f0 >>> 0) > 9 || (f1 >>> 0) > 9 || (f2 >>> 0) > 9) return -1;
    let b = 0;
    let i = s + 13;
    const bEnd = Math.min(len, i + 5);
    for (; i < bEnd; i++) {
      const d = u[i] - 48;
      if (d < 0 || d > 9) break;
      b = b * 10 + d;
    }
    const nb = i - (s + 13);
    if (nb < 1 || nb > 4 || i >= len || u[i] !== QUOTE || b > MAX_BIAS) return -1;
    const h = h0 * 10 + h1, mi = m0 * 10 + m1, sec = s0 * 10 + s1;
    if (h > 23 || mi > 59 || sec > 59) return -1;
    this.clock.ms = ((h * 60 + mi) * 60 + sec) * 1000 + f0 * 100 + f1 * 10 + f2;
    this.clock.offset = b === 0 ? 0 : sign === 43 ? -b : b;
    return i;
  }

  /** The general tag reader: attributes in any order and spacing (the entry's message is u[p+7..m)). */
  private anyTag(u: Units, p: number, m: number, len: number, base: number, final: boolean, lines: number): number {
    const q = u.indexOf(LF, m);
    // The attribute block ends its line: name="value" pairs, then '>' (and CR) before the LF.
    let lineEnd = q;
    if (lineEnd === -1) {
      if (!final) return INCOMPLETE;
      lineEnd = len;
    }
    let close = lineEnd - 1;
    if (close > m && u[close] === CR) close--;
    if (u[close] !== GT) return IRREGULAR;
    let a = m + CLOSE.length + 1; // past `]LOG]!><`
    let sev = -1;
    let thread = NO_THREAD;
    let comp = -2;
    let tStart = -1;
    let tEnd = -1;
    let dStart = -1;
    let dEnd = -1;
    let fStart = 0;
    let fEnd = 0;
    // Short scans in plain JS (a native indexOf call costs more than the ~150 units of a tag). cmtrace/format.ts reads
    // the tag up to its first '>': a '>' anywhere before the last one makes it the parser's call.
    for (;;) {
      while (a < close && u[a] === SPACE) a++;
      if (a >= close) break;
      const nameStart = a;
      while (a < close && u[a] !== EQ) {
        if (u[a] === GT) return IRREGULAR;
        a++;
      }
      if (a + 1 >= close || u[a + 1] !== QUOTE) return IRREGULAR;
      const vStart = a + 2;
      let vEnd = vStart;
      while (vEnd < close && u[vEnd] !== QUOTE) {
        if (u[vEnd] === GT) return IRREGULAR;
        vEnd++;
      }
      if (vEnd >= close) return IRREGULAR;
      a = vEnd + 1;
      const c0 = u[nameStart];
      const c1 = u[nameStart + 1];
      const nameLen = vStart - 2 - nameStart;
      if (c0 === 116 /* t */ && c1 === 105 /* i */ && nameLen === 4) {
        tStart = vStart;
        tEnd = vEnd;
      } else if (c0 === 100 /* d */ && nameLen === 4) {
        dStart = vStart;
        dEnd = vEnd;
      } else if (c0 === 99 /* c */ && u[nameStart + 2] === 109 /* m */ && nameLen === 9) {
        comp = this.components.id(u, vStart, vEnd);
      } else if (c0 === 116 /* t */ && c1 === 121 /* y */ && nameLen === 4) {
        if (vEnd - vStart !== 1) return IRREGULAR;
        const t = u[vStart] - 48;
        if (t < 0 || t > 3) return IRREGULAR;
        sev = TYPE_SEVERITY[t];
      } else if (c0 === 102 /* f */ && nameLen === 4) {
        fStart = vStart;
        fEnd = vEnd;
      } else if (c0 === 116 /* t */ && c1 === 104 /* h */ && nameLen === 6) {
        if (vEnd > vStart) {
          const v = readDigits(u, vStart, vEnd);
          if (v < 0 || v > 0xfffffffe) return IRREGULAR;
          thread = v;
        }
      }
    }
    if (sev < 0 || comp === -2 || tStart < 0 || dStart < 0) return IRREGULAR;
    const day = parseUsDateAt(u, dStart, dEnd, this.days);
    if (day < 0 || !parseClock(u, tStart, tEnd, this.clock)) return IRREGULAR;
    this.setTime(day, u, comp, fStart, fEnd);
    this.index.push(base + p * this.unitSize, this.nextLine, this.wall, sev, this.zone, comp, thread);
    this.nextLine += lines;
    return lineEnd + 1;
  }

  /** stamp() where the writer's component= and file= decide whether a written bias is trusted. */
  private setTime(day: number, u: Units, comp: number, fs: number, fe: number): void {
    // shape.ts isScriptHint: script writers get the bias wrong.
    this.stamp(day, this.clock.offset !== NO_OFFSET && (this.componentScripted(comp) || (fe > fs && fileIsScript(u, fs, fe))));
  }

  private readonly scriptedComponent: boolean[] = [];

  /** The component's name is a script writer's (shape.ts isScriptHint). */
  protected override componentScripted(comp: number): boolean {
    if (comp === NO_COMPONENT) return false;
    let c = this.scriptedComponent[comp];
    if (c === undefined) c = this.scriptedComponent[comp] = isScriptHint(this.index.components[comp]);
    return c;
  }

}

/** Slots of the in-place component table (a power of two). */
const COMP_SLOTS = 64;
const INCOMPLETE = -1;
const IRREGULAR = -2;
/** Units of a UTF-16 message scanned in JS before the general search takes over. */
const SHORT_SCAN = 512;
const CLOSE0 = CLOSE[0];
/** `<![LOG[` at a */
const isOpen = (u: Units, a: number): boolean =>
  u[a] === 60 && u[a + 1] === 33 && u[a + 2] === 91 && u[a + 3] === 76 && u[a + 4] === 79 && u[a + 5] === 71 && u[a + 6] === 91;
// The tag's attribute names in their usual order (ConfigMgr's own writer), unrolled: a loop over a needle array
// costs several times more per unit in V8 than constant compares, and these names are ~60 of a tag's ~150 units.
/** `time="` at a */
const isTime = (u: Units, a: number): boolean =>
  u[a] === 116 && u[a + 1] === 105 && u[a + 2] === 109 && u[a + 3] === 101 && u[a + 4] === 61 && u[a + 5] === 34;
/** `" date="` at a */
const isDate = (u: Units, a: number): boolean =>
  u[a] === 34 && u[a + 1] === 32 && u[a + 2] === 100 && u[a + 3] === 97 && u[a + 4] === 116 && u[a + 5] === 101 && u[a + 6] === 61 && u[a + 7] === 34;
/** `" component="` at a */
const isComponent = (u: Units, a: number): boolean =>
  u[a] === 34 && u[a + 1] === 32 && u[a + 2] === 99 && u[a + 3] === 111 && u[a + 4] === 109 && u[a + 5] === 112 && u[a + 6] === 111 && u[a + 7] === 110 && u[a + 8] === 101 && u[a + 9] === 110 && u[a + 10] === 116 && u[a + 11] === 61 && u[a + 12] === 34;
/** `" context="` at a */
const isContext = (u: Units, a: number): boolean =>
  u[a] === 34 && u[a + 1] === 32 && u[a + 2] === 99 && u[a + 3] === 111 && u[a + 4] === 110 && u[a + 5] === 116 && u[a + 6] === 101 && u[a + 7] === 120 && u[a + 8] === 116 && u[a + 9] === 61 && u[a + 10] === 34;
/** `" type="` at a */
const isType = (u: Units, a: number): boolean =>
  u[a] === 34 && u[a + 1] === 32 && u[a + 2] === 116 && u[a + 3] === 121 && u[a + 4] === 112 && u[a + 5] === 101 && u[a + 6] === 61 && u[a + 7] === 34;
/** `" thread="` at a */
const isThread = (u: Units, a: number): boolean =>
  u[a] === 34 && u[a + 1] === 32 && u[a + 2] === 116 && u[a + 3] === 104 && u[a + 4] === 114 && u[a + 5] === 101 && u[a + 6] === 97 && u[a + 7] === 100 && u[a + 8] === 61 && u[a + 9] === 34;
/** `" file="` at a */
const isFile = (u: Units, a: number): boolean =>
  u[a] === 34 && u[a + 1] === 32 && u[a + 2] === 102 && u[a + 3] === 105 && u[a + 4] === 108 && u[a + 5] === 101 && u[a + 6] === 61 && u[a + 7] === 34;
/** The compares above in attribute order (shape.ts TAG_ATTRIBUTES): a test checks they read attributeMark(k). */
export const TAG_MARK_AT = [isTime, isDate, isComponent, isContext, isType, isThread, isFile] as const;
const [A_TIME, A_DATE, A_COMPONENT, A_CONTEXT, A_TYPE, A_THREAD, A_FILE] = TAG_MARK_AT.map((_, k) => attributeMark(k).length);

/** Two decimal digits at s as a number; a negative or > 99 result when either is not a digit. */
function digit2(u: Units, s: number): number {
  const a = u[s] - 48;
  const b = u[s + 1] - 48;
  return (a >>> 0) > 9 || (b >>> 0) > 9 ? -10000 : a * 10 + b;
}

/** Index of the `"` closing a value that starts at s, or -1 when a `>` or LF (or the end) comes first. */
function valueEnd(u: Units, s: number, len: number): number {
  for (let i = s; i < len; i++) {
    const c = u[i];
    if (c === QUOTE) return i;
    if (c === GT || c === LF) return -1;
  }
  return -1;
}

const SCRIPT_EXTS = SCRIPT_EXTENSIONS.map(codes);
const SCRIPT_PREFIXES = SCRIPT_WRITER_PREFIXES.map(codes);
/** Lower-case units that end a script extension or start a writer prefix: most file names (.cpp) fail both. */
const EXT_LAST = unitSet(SCRIPT_EXTENSIONS.map((x) => x.charCodeAt(x.length - 1)));
const PREFIX_FIRST = unitSet(SCRIPT_WRITER_PREFIXES.map((x) => x.charCodeAt(0)));

function unitSet(units: number[]): Uint8Array {
  const set = new Uint8Array(128);
  for (const c of units) set[c] = 1;
  return set;
}

/** Case-insensitive ASCII compare of u[at..] with lower-case `word`. */
function sameLower(u: Units, at: number, word: Uint8Array): boolean {
  for (let k = 0; k < word.length; k++) if ((u[at + k] | 0x20) !== word[k]) return false;
  return true;
}

/** shape.ts isScriptHint on the file= value, read from the units: `.ext(:line)?` at the end, a writer prefix at the start. */
function fileIsScript(u: Units, fs: number, fe: number): boolean {
  const c0 = u[fs] | 0x20;
  if (c0 < 128 && PREFIX_FIRST[c0]) for (const w of SCRIPT_PREFIXES) if (fe - fs >= w.length && sameLower(u, fs, w)) return true;
  let e = fe;
  let k = fe;
  while (k > fs && u[k - 1] >= 48 && u[k - 1] <= 57) k--;
  if (k < fe && k > fs && u[k - 1] === 58 /* : */) e = k - 1;
  const last = u[e - 1] | 0x20;
  if (last >= 128 || !EXT_LAST[last]) return false;
  for (const x of SCRIPT_EXTS) {
    const at = e - x.length;
    if (at - 1 >= fs && u[at - 1] === 46 /* . */ && sameLower(u, at, x)) return true;
  }
  return false;
}
