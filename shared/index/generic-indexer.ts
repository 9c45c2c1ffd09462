// The generic path: any format, through its own line parser. Decodes complete lines chunk by chunk (never the
// whole file), feeds the parser and records each emitted entry's byte offset from the line's start offset.
// The fast cmtrace/sms indexers also use `indexRegion` for the rare entries their byte scan does not accept,
// so the index always agrees with the parser (docs/decisions.md, Correctness is king).
import type { LogFormat } from '../formats/log-format';
import { MAX_LINE_CHARS } from '../formats/parse';
import type { ChunkIndexer } from './chunk-indexer';
import { type EntryIndex, NO_THREAD, SEVERITY_CODE } from './entry-index';
import { decodeUnits, type Units } from './units';

const LF = 10;

/**
 * Streaming generic indexer: feeds whole lines to a parser and turns emitted entries into rows, holding the partial
 * last line until its LF (or the end). Line start offsets are kept only from the oldest line the parser may still
 * hold, so memory stays bounded however long the log.
 */
export class GenericIndexer implements ChunkIndexer {
  private offsets: number[] = [];
  private firstLine: number;
  private held: number;
  nextLine: number;
  private readonly parser;

  constructor(
    format: LogFormat,
    index: EntryIndex,
    private readonly unitSize: number,
    firstLine = 1,
  ) {
    this.firstLine = firstLine;
    this.held = firstLine;
    this.nextLine = firstLine;
    this.parser = format.parser((e) => {
      const at = this.offsets[e.line - this.firstLine];
      const wall = e.wallMs === null ? NaN : e.wallMs;
      const thread = e.thread === null ? NO_THREAD : e.thread;
      index.push(at, e.line, wall, SEVERITY_CODE[e.severity], index.zoneId(e.utcOffset, e.offsetUncertain), index.componentId(e.component), thread);
      const after = e.line + e.lineCount;
      index.setEnd(this.offsets[after - this.firstLine], after - 1);
      this.held = after;
    });
  }

  feed(u: Units, base: number, final: boolean): number {
    const cut = final ? u.length : u.lastIndexOf(LF) + 1;
    this.lines(u, base, 0, cut, final);
    return cut;
  }

  /** Feed the lines of u[from..to); `to` is just past a LF, or the end of the data when `last`. */
  lines(u: Units, base: number, from: number, to: number, last: boolean): void {
    if (to <= from) {
      if (!last) return;
      // The end offset closes the last entry's byte range.
      this.offsets.push(base + to * this.unitSize);
      this.parser.end();
      this.offsets.pop();
      return;
    }
    const text = decodeUnits(u, from, to);
    const parts = text.split('\n');
    const endsWithLf = u[to - 1] === LF;
    if (endsWithLf) parts.pop();
    let p = from;
    for (let k = 0; k < parts.length; k++) {
      this.offsets.push(base + p * this.unitSize);
      const nl = u.indexOf(LF, p);
      p = nl === -1 || nl >= to ? to : nl + 1;
    }
    // The offset where the next line starts closes the last entry's byte range.
    this.offsets.push(base + to * this.unitSize);
    for (let k = 0; k < parts.length; k++) {
      let line = parts[k];
      // lines.ts: the CR of a CRLF belongs to the terminator; an unterminated last line keeps its CR.
      if ((endsWithLf || k < parts.length - 1) && line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
      // parse.ts cuts absurdly long lines the same way.
      if (line.length > MAX_LINE_CHARS) line = line.slice(0, MAX_LINE_CHARS);
      this.parser.line(line, this.nextLine++);
    }
    if (last) this.parser.end();
    this.offsets.pop();
    this.compact();
  }

  private compact(): void {
    const drop = this.held - this.firstLine;
    if (drop > 4096) {
      this.offsets = this.offsets.slice(drop);
      this.firstLine = this.held;
    }
  }
}

/** Index the complete lines u[from..to) with a fresh parser, starting at line `firstLine`. Returns the lines read. */
export function indexRegion(format: LogFormat, index: EntryIndex, u: Units, base: number, unitSize: number, from: number, to: number, firstLine: number): number {
  const feeder = new GenericIndexer(format, index, unitSize, firstLine);
  feeder.lines(u, base, from, to, true);
  return feeder.nextLine - firstLine;
}
