// Byte-level indexer for ConfigMgr server logs: `text  $$<Component><MM-DD-YYYY HH:MM:SS.mmm+BIAS><thread=N (0xN)>`.
// A line with the trailer starts an entry; lines without `$$<` continue it (sms.ts). Severity has no column: the
// text rule decides, so the entry's bytes get a cheap hint scan and only entries with a hint go through the parser.
// Lines whose trailer this scan does not read exactly are handed, with their entry, to the parser.
import type { LogFormat } from '../formats/log-format';
import type { ChunkIndexer } from './chunk-indexer';
import { EntryIndex, NO_THREAD } from './entry-index';
import { indexRegion } from './generic-indexer';
import { mayHaveSeverityHint } from './severity-hint';
import { type Clock, DayCache, NO_OFFSET, parseClock, parseUsDateAt } from './time-fields';
import { codes, decodeUnits, startsWithAt, type Units } from './units';

const LF = 10;
const CR = 13;
const DOLLAR = 36;
const LT = 60;
const GT = 62;
const SPACE = 32;
const THREAD = codes('<thread=');

const NOT_HEAD = 0;
const HEAD = 1;
const UNSURE = 2;

const isAsciiSpace = (c: number): boolean => c === SPACE || (c >= 9 && c <= 13);

export class SmsIndexer implements ChunkIndexer {
  nextLine: number;
  private readonly days = new DayCache();
  private readonly clock: Clock = { ms: 0, offset: NO_OFFSET };
  // Fields of the line classify() last read as HEAD.
  private wall = 0;
  private zone = 0;
  private comp = 0;
  private thread = NO_THREAD;
  private textEnd = 0;
  private lastComp = '';
  private lastCompId = -1;

  constructor(
    private readonly format: LogFormat,
    private readonly index: EntryIndex,
    private readonly unitSize: number,
    firstLine = 1,
  ) {
    this.nextLine = firstLine;
  }

  feed(u: Units, base: number, final: boolean): number {
    const len = u.length;
    let p = 0;
    let line = this.nextLine;
    // The entry being read: its start, first line, fields and where its head's text ends.
    let cur = -1;
    let curLine = 0;
    let wall = 0;
    let zone = 0;
    let comp = 0;
    let thread = 0;
    let textEnd = 0;
    let headEnd = 0;
    const commit = (end: number, endLine: number): void => {
      // Text without a hint is info; the rest (and only it) is decoded and parsed.
      const hint = mayHaveSeverityHint(u, cur, textEnd) || mayHaveSeverityHint(u, headEnd, end);
      if (hint) indexRegion(this.format, this.index, u, base, this.unitSize, cur, end, curLine);
      else this.index.push(base + cur * this.unitSize, curLine, wall, 0, zone, comp, thread);
      this.index.setEnd(base + end * this.unitSize, endLine - 1);
    };
    while (p < len) {
      let le = u.indexOf(LF, p);
      if (le === -1) {
        if (!final) break;
        le = len;
      }
      const kind = this.classify(u, p, le);
      if (kind === HEAD) {
        if (cur >= 0) commit(p, line);
        cur = p;
        curLine = line;
        wall = this.wall;
        zone = this.zone;
        comp = this.comp;
        thread = this.thread;
        textEnd = this.textEnd;
        headEnd = le;
      } else if (kind === UNSURE) {
        // The parser reads from the start of this entry to the next line that surely starts one.
        const from = cur >= 0 ? cur : p;
        const fromLine = cur >= 0 ? curLine : line;
        let q = le + 1;
        let qLine = line + 1;
        let headFound = false;
        while (q < len) {
          let qe = u.indexOf(LF, q);
          if (qe === -1) {
            if (!final) break;
            qe = len;
          }
          if (this.classify(u, q, qe) === HEAD) {
            headFound = true;
            break;
          }
          q = qe + 1;
          qLine++;
        }
        // Without the next head in view, more continuation lines may still come: wait for them.
        if (!headFound && !final) {
          this.nextLine = fromLine;
          return from;
        }
        const to = Math.min(q, len);
        indexRegion(this.format, this.index, u, base, this.unitSize, from, to, fromLine);
        this.index.setEnd(base + to * this.unitSize, qLine - 1);
        cur = -1;
        p = to;
        line = qLine;
        continue;
      } else if (cur < 0) {
        // A line before any head (a file cut mid-entry): an entry of its own, as sms.ts does.
        const to = Math.min(le + 1, len);
        indexRegion(this.format, this.index, u, base, this.unitSize, p, to, line);
        this.index.setEnd(base + to * this.unitSize, line);
      }
      p = le + 1;
      line++;
    }
    if (cur >= 0) {
      if (!final) {
        this.nextLine = curLine;
        return cur;
      }
      commit(len, line);
    }
    this.nextLine = line;
    return Math.min(p, len);
  }

  /** Is u[s..e) (one line, e at its LF) an entry head? HEAD fills the field slots. */
  private classify(u: Units, s: number, e: number): number {
    let end = e;
    if (end > s && u[end - 1] === CR) end--;
    if (end - s < 3) return NOT_HEAD;
    // sms.ts: the LAST `$$<` of the line, then `$$<comp><stamp><thread=…>` and only white space.
    let k = u.lastIndexOf(DOLLAR, end - 1);
    let at = -1;
    while (k > s) {
      if (u[k - 1] === DOLLAR && u[k + 1] === LT) {
        at = k - 1;
        break;
      }
      k = u.lastIndexOf(DOLLAR, k - 1);
    }
    if (at < 0 || at < s) return NOT_HEAD;
    const cs = at + 3;
    const ce = u.indexOf(GT, cs);
    if (ce === -1 || ce >= end || u[ce + 1] !== LT) return NOT_HEAD;
    const ss = ce + 2;
    const se = u.indexOf(GT, ss);
    if (se === -1 || se >= end || !startsWithAt(u, se + 1, THREAD)) return NOT_HEAD;
    const ts = se + 1 + THREAD.length;
    const te = u.indexOf(GT, ts);
    if (te === -1 || te >= end) return NOT_HEAD;
    for (let i = te + 1; i < end; i++) {
      if (isAsciiSpace(u[i])) continue;
      return u[i] >= 0x80 ? UNSURE : NOT_HEAD;
    }
    // It is a head; read its fields the regular way or let the parser do it.
    const sp = u.indexOf(SPACE, ss);
    if (sp === -1 || sp >= se) return UNSURE;
    const day = parseUsDateAt(u, ss, sp, this.days);
    if (day < 0 || !parseClock(u, sp + 1, se, this.clock)) return UNSURE;
    if (ce > cs && (isAsciiSpace(u[cs]) || isAsciiSpace(u[ce - 1]) || u[cs] >= 0x80 || u[ce - 1] >= 0x80)) return UNSURE;
    let thread = 0;
    let i = ts;
    while (i < te && u[i] >= 48 && u[i] <= 57) thread = thread * 10 + u[i++] - 48;
    if (i === ts) {
      if (i !== te) return UNSURE;
      thread = NO_THREAD;
    } else if (i < te && u[i] !== SPACE) return UNSURE;
    if (thread > 0xfffffffe && thread !== NO_THREAD) return UNSURE;
    this.wall = day + this.clock.ms;
    this.zone = this.clock.offset === NO_OFFSET ? 0 : this.index.zoneId(this.clock.offset, false);
    this.comp = this.componentId(u, cs, ce);
    this.thread = thread;
    this.textEnd = at;
    return HEAD;
  }

  private componentId(u: Units, s: number, e: number): number {
    if (e === s) return this.index.componentId(null);
    // Server logs interleave few components: compare to the last one before building a string.
    const last = this.lastComp;
    if (last.length === e - s) {
      let same = true;
      for (let k = 0; k < last.length; k++) {
        if (last.charCodeAt(k) !== u[s + k] || u[s + k] >= 0x80) {
          same = false;
          break;
        }
      }
      if (same) return this.lastCompId;
    }
    this.lastComp = decodeUnits(u, s, e);
    this.lastCompId = this.index.componentId(this.lastComp);
    return this.lastCompId;
  }
}

/** Does the line u[s..e) surely start an SMS entry (a head line)? Where workers may split a file. */
export function isSmsHead(u: Units, s: number, e: number): boolean {
  const probe = new SmsIndexer({ name: 'sms', sniff: () => 0, parser: () => ({ line() {}, end() {} }), samples: [] }, new EntryIndex(), 1);
  return (probe as unknown as { classify(u: Units, s: number, e: number): number }).classify(u, s, e) === HEAD;
}
