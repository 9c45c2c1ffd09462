// Byte-level indexer for ConfigMgr server logs: `text  $$<Component><MM-DD-YYYY HH:MM:SS.mmm+BIAS><thread=N (0xN)>`.
// A line with the trailer starts an entry; lines without `$$<` continue it (sms/format.ts). Severity has no column: the
// text rule decides, so the entry's bytes get a cheap hint scan and only entries with a hint go through the parser.
// Lines whose trailer this scan does not read exactly are handed, with their entry, to the parser.
import { ByteIndexer } from './byte-indexer';
import { EntryIndex, NO_THREAD, SEVERITY_CODE } from './entry-index';
import { SMS_SCAN_WASM } from './generated/sms-scan-wasm';
import { indexRegion } from './generic-indexer';
import { mayHaveSeverityHint } from './severity-hint';
import { UnitsMemo } from './units-memo';
import { compiledOnce, instantiate, WasmScanner, type ScannerExports, type WasmGlobal } from './wasm-scanner';
import { MIN_MEMO_BYTES, TextMemo } from './text-memo';
import { parseClock, parseUsDateAt } from './time-fields';
import { codes, decodeUnits, startsWithAt, type Units } from './units';
import { splitLines } from '../formats/lines';
import { FIELD_CLOSE, FIELD_OPEN, THREAD_FIELD, TRAILER_OPEN } from '../formats/sms/shape';
import { lastTrailerAt } from '../formats/sms/text-bounds';
import { deriveSeverity } from '../formats/severity';

const LF = 10;
const CR = 13;
const LT = FIELD_OPEN.charCodeAt(0);
const GT = FIELD_CLOSE.charCodeAt(0);
const SPACE = 32;
const THREAD = codes(THREAD_FIELD);

const NOT_HEAD = 0;
const HEAD = 1;
const UNSURE = 2;

const isAsciiSpace = (c: number): boolean => c === SPACE || (c >= 9 && c <= 13);

/** The SMS scanner's own exports: its severity memo, and the rows of the last scan whose severity JS decides. */
interface SmsScanExports extends ScannerExports {
  addSeverity(unitSize: number, s: number, textEnd: number, headEnd: number, end: number, sev: number): void;
  deferred: WasmGlobal;
  /** Five i32 a deferred row: the row, then its entry's units as severity() takes them. */
  OUT_DEFER: WasmGlobal;
}
type SmsScanner = WasmScanner<SmsScanExports>;

const scannerModule = compiledOnce(SMS_SCAN_WASM);

/**
 * A fresh WebAssembly SMS scanner (wasm/sms-scan.ts) for one indexer (its tables are that index's component and zone
 * ids and its severity memo), or null where WebAssembly or its SIMD is missing, or when CMLENS_NO_WASM=1: the JS
 * scan then does all the work.
 */
export function smsScanner(): SmsScanner | null {
  const x = instantiate<SmsScanExports>(scannerModule());
  return x === null ? null : new WasmScanner(x, 64);
}

export class SmsIndexer extends ByteIndexer<SmsScanner> {
  // Fields of the line classify() last read as HEAD (with wall and zone).
  private comp = 0;
  private thread = NO_THREAD;
  private textEnd = 0;

  /** Set by feedJs when it stopped at a head for the scanner to go on from (handBack). */
  private handedBack = false;

  /** The scanner's deferred rows get their severity by the text rule (and its memo learns them). */
  protected override beforeRows(w: SmsScanner, u: Units): void {
    const x = w.x;
    const n = x.deferred.value;
    if (n === 0) return;
    w.stats.jsSeverities += n;
    // A view of the scanner's memory, read before the next scan (addSeverity does not grow it).
    const d = new Int32Array(x.memory.buffer, x.OUT_DEFER.value, n * 5);
    for (let o = 0; o < d.length; o += 5) {
      const sev = this.severity(u, d[o + 1], d[o + 2], d[o + 3], d[o + 4]);
      w.setSeverity(d[o], sev);
      x.addSeverity(this.unitSize, d[o + 1], d[o + 2], d[o + 3], d[o + 4], sev);
    }
  }

  /** JS reads on from the entry where the scanner stopped, up to the next head (where the scanner resumes). */
  protected readOn(w: SmsScanner, u: Units, p: number, base: number, final: boolean): number {
    w.stats.jsEntries++;
    const q = this.feedJs(u, base, final, p, true);
    return this.handedBack ? q : ~q;
  }

  /** The JS indexer from unit `from` (a line start); with handBack it returns at the first head after `from`. */
  protected feedJs(u: Units, base: number, final: boolean, from = 0, handBack = false): number {
    this.handedBack = false;
    const len = u.length;
    let p = from;
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
    // UTF-8 one-line texts seen before get their severity from the memo, without a scan for severity words.
    const dv = u.BYTES_PER_ELEMENT === 1 ? new DataView(u.buffer, u.byteOffset, u.byteLength) : null;
    const memo = this.texts;
    const commit = (end: number, endLine: number): void => {
      let sev: number;
      if (dv !== null && end <= headEnd + 1 && textEnd - cur >= MIN_MEMO_BYTES) {
        sev = memo.get(dv, cur, textEnd);
        if (sev < 0) {
          sev = mayHaveSeverityHint(u, cur, textEnd) ? this.severity(u, cur, textEnd, headEnd, end) : 0;
          memo.set(dv, cur, textEnd, sev);
        }
      } else {
        // Text without a hint is info; the rest (and only it) is decoded and parsed.
        const hint = mayHaveSeverityHint(u, cur, textEnd) || mayHaveSeverityHint(u, headEnd, end);
        sev = hint ? this.severity(u, cur, textEnd, headEnd, end) : 0;
      }
      this.index.push(base + cur * this.unitSize, curLine, wall, sev, zone, comp, thread);
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
        if (handBack && p > from) {
          this.handedBack = true;
          this.nextLine = line;
          return p;
        }
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
        // A line before any head (a file cut mid-entry): an entry of its own, as sms/format.ts does.
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

  private readonly texts = new TextMemo();
  private readonly severityOf = new Map<string, number>();

  /**
   * Severity by the text rule, on the entry's text built as sms/format.ts builds it (head text without trailing white
   * space, continuation lines joined by LF). Server logs repeat their messages: remember the answer per text.
   */
  private severity(u: Units, s: number, textEnd: number, headEnd: number, end: number): number {
    // A one-line entry's text is a function of its head's units alone: look those up without decoding.
    if (end <= headEnd + 1) {
      let sev = this.severityOfUnits.get(u, s, textEnd);
      if (sev < 0) this.severityOfUnits.set(u, s, textEnd, (sev = this.severityOfText(u, s, textEnd, headEnd, end)));
      return sev;
    }
    return this.severityOfText(u, s, textEnd, headEnd, end);
  }

  private readonly severityOfUnits = new UnitsMemo(20_000);

  private severityOfText(u: Units, s: number, textEnd: number, headEnd: number, end: number): number {
    let text = decodeUnits(u, s, textEnd).replace(/\s+$/, '');
    if (end > headEnd + 1) {
      const more = splitLines(decodeUnits(u, headEnd + 1, end));
      if (more.length) text += '\n' + more.join('\n');
    }
    let sev = this.severityOf.get(text);
    if (sev === undefined) {
      sev = SEVERITY_CODE[deriveSeverity(text)];
      if (this.severityOf.size > 20_000) this.severityOf.clear();
      this.severityOf.set(text, sev);
    }
    return sev;
  }

  /** Is u[s..e) (one line, e at its LF) an entry head? HEAD fills the field slots. */
  private classify(u: Units, s: number, e: number, fill = true): number {
    let end = e;
    if (end > s && u[end - 1] === CR) end--;
    if (end - s < 3) return NOT_HEAD;
    // sms/format.ts: the LAST `$$<` of the line, then `$$<comp><stamp><thread=…>` and only white space.
    const at = lastTrailerAt(u, s, end);
    if (at < 0) return NOT_HEAD;
    const cs = at + TRAILER_OPEN.length;
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
    this.textEnd = at;
    if (!fill) return HEAD; // a probe (search, split points) only asks whether the line is a head
    this.stamp(day, false);
    this.comp = this.components.id(u, cs, ce);
    this.thread = thread;
    return HEAD;
  }

}

let probe: SmsIndexer | null = null;

export function isSmsHead(u: Units, s: number, e: number): boolean {
  probe ??= new SmsIndexer({ name: 'sms', sniff: () => 0, parser: () => ({ line() {}, end() {} }), samples: [] }, new EntryIndex(16), 1);
  return (probe as unknown as { classify(u: Units, s: number, e: number, fill: boolean): number }).classify(u, s, e, false) === HEAD;
}
