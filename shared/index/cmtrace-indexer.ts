// Byte-level CMTrace indexer: scans raw units for `<![LOG[ … ]LOG]!><time="…" date="…" component="…" context=""
// type="N" thread="N" file="…">` and fills the columns without building strings (only component names, once each).
// Anything its scan does not recognise exactly (an odd time, a junk line between entries, an unclosed entry) is
// handed to the format's own line parser for that stretch: speed on the common shape, the parser's word on the rest.
import type { LogFormat } from '../formats/log-format';
import type { ChunkIndexer } from './chunk-indexer';
import { EntryIndex, NO_COMPONENT, NO_THREAD } from './entry-index';
import { ComponentCache } from './component-cache';
import { indexRegion } from './generic-indexer';
import { type Clock, DayCache, NO_OFFSET, parseClock, parseUsDateAt, readDigits } from './time-fields';
import { codes, decodeUnits, findSeq, startsWithAt, type Units } from './units';

const OPEN = codes('<![LOG[');
const CLOSE = codes(']LOG]!>');
const NEXT_OPEN = codes('\n<![LOG[');
const LF = 10;
const CR = 13;
const QUOTE = 34;
const SPACE = 32;
const EQ = 61;
const GT = 62;
const LT = 60;

/** CMTrace type attribute → severity code (1 info, 2 warning, 3 error; 0 is verbose, shown as info). */
const TYPE_SEVERITY: readonly number[] = [0, 0, 1, 2];

export class CmtraceIndexer implements ChunkIndexer {
  nextLine: number;
  private readonly days = new DayCache();
  private readonly components: ComponentCache;
  private lastZoneOffset = NaN;
  private lastZoneScripted = false;
  private lastZone = 0;

  constructor(
    private readonly format: LogFormat,
    private readonly index: EntryIndex,
    private readonly unitSize: number,
    firstLine = 1,
  ) {
    this.nextLine = firstLine;
    this.components = new ComponentCache(index);
  }

  feed(u: Units, base: number, final: boolean): number {
    const len = u.length;
    const us = this.unitSize;
    const index = this.index;
    let p = 0;
    while (p < len) {
      const r = this.entryAt(u, p, len, base, final);
      if (r > 0) {
        p = Math.min(r, len);
        index.setEnd(base + p * us, this.nextLine - 1);
        continue;
      }
      if (r === INCOMPLETE && !final) return p;
      // Not the common shape: let the parser read from here to the next line that opens an entry.
      const nx = findSeq(u, NEXT_OPEN, p);
      if (nx === -1 && !final) return p;
      const to = nx === -1 ? len : nx + 1;
      this.nextLine += indexRegion(this.format, index, u, base, us, p, to, this.nextLine);
      p = to;
    }
    return p;
  }

  /** Index the entry at p; returns the position after it, INCOMPLETE, or IRREGULAR. */
  private entryAt(u: Units, p: number, len: number, base: number, final: boolean): number {
    if (!startsWithAt(u, p, OPEN)) return p + OPEN.length > len ? INCOMPLETE : IRREGULAR;
    const m = findSeq(u, CLOSE, p + OPEN.length);
    if (m === -1) return INCOMPLETE;
    if (m + CLOSE.length >= len) return INCOMPLETE;
    if (u[m + CLOSE.length] !== LT) return IRREGULAR;
    // Lines inside the message; a line that opens a new entry before this one closes is the parser's call.
    let lines = 1;
    let q = u.indexOf(LF, p);
    while (q !== -1 && q < m) {
      lines++;
      q = u.indexOf(LF, q + 1);
    }
    // cmtrace.ts: a line opening `<![LOG[` (after any white space) closes an unterminated entry first.
    if (lines > 1) {
      const o = findSeq(u, OPEN, p + OPEN.length);
      if (o !== -1 && o < m) return IRREGULAR;
    }
    // The attribute block ends its line: name="value" pairs, then '>' (and CR) before the LF.
    // (q is already the first LF after the marker.)
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
    // Short scans in plain JS (a native indexOf call costs more than the ~150 units of a tag). cmtrace.ts reads
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
        comp = this.component(u, vStart, vEnd);
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
    if (!this.time(u, tStart, tEnd, dStart, dEnd, comp, fStart, fEnd)) return IRREGULAR;
    this.index.push(base + p * this.unitSize, this.nextLine, this.wall, sev, this.zone, comp, thread);
    this.nextLine += lines;
    return lineEnd + 1;
  }

  private readonly clock: Clock = { ms: 0, offset: NO_OFFSET };

  /** Wall ms and zone id of time="…" date="…" (the writer's file= decides whether the offset is trusted), or null. */
  private time(u: Units, ts: number, te: number, ds: number, de: number, comp: number, fs: number, fe: number): boolean {
    const day = parseUsDateAt(u, ds, de, this.days);
    if (day < 0 || !parseClock(u, ts, te, this.clock)) return false;
    this.wall = day + this.clock.ms;
    const off = this.clock.offset;
    if (off === NO_OFFSET) this.zone = 0;
    else {
      const scripted = this.scripted(u, fs, fe, comp);
      if (off !== this.lastZoneOffset || scripted !== this.lastZoneScripted) {
        this.lastZoneOffset = off;
        this.lastZoneScripted = scripted;
        this.lastZone = this.index.zoneId(off, scripted);
      }
      this.zone = this.lastZone;
    }
    return true;
  }

  private wall = 0;
  private zone = 0;
  private readonly scriptedComponent: boolean[] = [];

  /** cmtrace.ts SCRIPT_HINTS on file= and component=: script writers get the bias wrong. */
  private scripted(u: Units, fs: number, fe: number, comp: number): boolean {
    if (comp !== NO_COMPONENT) {
      let c = this.scriptedComponent[comp];
      if (c === undefined) c = this.scriptedComponent[comp] = isScriptHint(this.index.components[comp]);
      if (c) return true;
    }
    return fe > fs && fileIsScript(u, fs, fe);
  }

  private component(u: Units, s: number, e: number): number {
    return this.components.id(u, s, e);
  }

}

const INCOMPLETE = -1;
const IRREGULAR = -2;

const SCRIPT_EXTS = ['ps1', 'psm1', 'vbs', 'wsf', 'js', 'cmd', 'bat'].map(codes);
const SCRIPT_PREFIXES = ['zti', 'litetouch'].map(codes);

/** Case-insensitive ASCII compare of u[at..] with lower-case `word`. */
function sameLower(u: Units, at: number, word: Uint8Array): boolean {
  for (let k = 0; k < word.length; k++) if ((u[at + k] | 0x20) !== word[k]) return false;
  return true;
}

/** SCRIPT_HINTS on the file= value, read from the units: `.ext(:line)?` at the end, ZTI/LiteTouch at the start. */
function fileIsScript(u: Units, fs: number, fe: number): boolean {
  for (const w of SCRIPT_PREFIXES) if (fe - fs >= w.length && sameLower(u, fs, w)) return true;
  let e = fe;
  let k = fe;
  while (k > fs && u[k - 1] >= 48 && u[k - 1] <= 57) k--;
  if (k < fe && k > fs && u[k - 1] === 58 /* : */) e = k - 1;
  for (const x of SCRIPT_EXTS) {
    const at = e - x.length;
    if (at - 1 >= fs && u[at - 1] === 46 /* . */ && sameLower(u, at, x)) return true;
  }
  return false;
}

/** The same hints as cmtrace.ts SCRIPT_HINTS (script file extensions, MDT ZTI and LiteTouch writers). */
const SCRIPT_HINTS: readonly RegExp[] = [/\.(?:ps1|psm1|vbs|wsf|js|cmd|bat)(?::\d+)?$/i, /^(?:ZTI|LiteTouch)/i];

function isScriptHint(s: string): boolean {
  return SCRIPT_HINTS.some((r) => r.test(s));
}
