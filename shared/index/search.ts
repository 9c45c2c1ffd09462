// Search over the index without holding text: scan the file's raw units chunk by chunk for the needle (memmem on
// bytes for exact ASCII/UTF-8 needles, WebAssembly SIMD (ascii-nocase-finder.ts) or else a 1:1 one-byte string
// with a /i regex for case-insensitive ASCII needles, the decoded UTF-16 units for UTF-16 files), map each hit to its row, and confirm that the hit lies in the
// entry's text (a CMTrace message between `<![LOG[` and `]LOG]!>`; any other row: its decoded text). Regex
// queries decode every row of the view. Semantics are those of `rowMatcher`, which the tests scan naively.
import { NO_COMPONENT, type EntryIndex } from './entry-index';
import type { LogShape } from './log-shape';
import { textOfRow } from './row-text';
import { decodeUnits, seqFinder, type Units } from './units';
import { cmtraceTextEnd, cmtraceTextStart } from '../formats/cmtrace/text-bounds';
import { headLineEnd, lastTrailerAt, smsTextEnd } from '../formats/sms/text-bounds';
import { toUnits } from './log-encoding';
import { AsciiNoCaseFinder, type HitCursor } from './ascii-nocase-finder';
import { compileUserRegex } from '../user-regex/user-regex';

export interface SearchQuery {
  query: string;
  regex: boolean;
  matchCase: boolean;
}

/** What a row's text must satisfy: the definition every search path agrees with. */
export function rowMatcher(q: SearchQuery): (text: string) => boolean {
  if (q.regex) return compileUserRegex(q.query, q.matchCase); // the user-regex policy: refused or linear time
  if (q.matchCase) return (t) => t.includes(q.query);
  const re = new RegExp(escapeRegExp(q.query), 'i');
  return (t) => re.test(t);
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One log as search and filters see it: its index, shape and a stateless positioned read. */
export interface LogSource {
  index: EntryIndex;
  shape: LogShape;
  /**
   * The bytes at offset. `into`, when given and long enough, may be filled and a view of it returned: search
   * passes one reused chunk buffer, sparing a fresh 8 MiB allocation (and its page faults) per chunk.
   */
  readAt(offset: number, length: number, into?: Uint8Array): Uint8Array;
}

// Chunks stay cache-sized (a read, then a scan or a latin1 copy, then its regex) and above Node's ~1 MiB line for
// external strings: a /i search over smaller latin1 slices runs ~3x slower, over 8 MiB ones ~30 % slower.
const CHUNK = 2 << 20;
const enc = new TextEncoder();

/** Rows (of `subset`, or all) whose text matches, ascending. */
export function searchLog(src: LogSource, q: SearchQuery, subset: Uint32Array | null = null): Uint32Array {
  const match = rowMatcher(q);
  const { index, shape } = src;
  const n = subset ? subset.length : index.count;
  // At most n hits: one array that size, its used part copied out.
  const out = new Uint32Array(n);
  let found = 0;
  if (n === 0) return out;
  const rowAt = (k: number): number => (subset ? subset[k] : k);
  const text = (row: number): string => textOfRow(shape.format, shape, src.readAt(index.offset(row), index.length(row)), index.line(row));
  const raw = rawSearchable(q, shape);
  if (!raw) {
    // Regex or needles the raw units cannot stand for: decode each row.
    for (let k = 0; k < n; k++) if (match(text(rowAt(k)))) out[found++] = rowAt(k);
    return out.slice(0, found);
  }
  const us = shape.unitSize;
  const last = rowAt(n - 1);
  const end = index.offset(last) + index.length(last);
  /** Byte just past view position k's row (ascending in k: rows are in file order). */
  const rowEnd = (k: number): number => {
    const r = rowAt(k);
    return r + 1 < index.count ? index.offset(r + 1) : index.endOffset;
  };
  /** First view position in [k, kEnd) whose row ends after byte `at` (kEnd if none): gallop, then bisect. */
  const rowEndingAfter = (at: number, k: number, kEnd: number): number => {
    let lo = k;
    let step = 1;
    let hi = k;
    while (hi < kEnd && rowEnd(hi) <= at) {
      lo = hi + 1;
      hi += step;
      step *= 2;
    }
    if (hi > kEnd) hi = kEnd;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (rowEnd(mid) <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let chunk: Uint8Array | undefined;
  let k = 0; // next candidate position in the view
  let pos = index.offset(rowAt(0));
  while (pos < end && k < n) {
    // Chunks end at a row boundary so that no hit is split between two reads.
    let to = Math.min(end, pos + CHUNK);
    // Rows k..kEnd-1 end by `to`.
    let kEnd = rowEndingAfter(to, k, n);
    if (kEnd === k) {
      kEnd = k + 1; // one row longer than a chunk
      to = rowEnd(k);
    } else to = rowEnd(kEnd - 1);
    pos = index.offset(rowAt(k));
    if (to - pos <= CHUNK) chunk ??= raw.chunkBuffer?.() ?? new Uint8Array(CHUNK);
    const bytes = src.readAt(pos, to - pos, to - pos <= CHUNK ? chunk : undefined);
    const u = toUnits(bytes, shape.encoding);
    const next = raw.open(u, bytes);
    // One hit settles a row: after it, search on from the row's end (a count needs no second hit).
    let from = 0;
    for (let hit = next(from); hit !== -1; hit = next(from)) {
      const at = pos + hit * us;
      // Advance to the row holding this hit.
      k = rowEndingAfter(at, k, kEnd);
      if (k >= kEnd) break;
      const row = rowAt(k);
      const ro = index.offset(row);
      const rs = (ro - pos) / us;
      if (at < ro) {
        from = rs; // between rows of a filtered view
        continue;
      }
      const re = (rowEnd(k) - pos) / us;
      const verdict =
        shape.format === 'cmtrace'
          ? cmtraceTextHit(u, rs, re, hit, next, raw.units)
          : shape.format === 'sms'
            ? smsOneLineHead(index, row, raw)
              ? hit + raw.units <= lastTrailerAt(u, rs, re)
              : smsTextHit(u, rs, re, hit, next, raw.units)
            : null;
      if (verdict ?? match(text(row))) out[found++] = row;
      from = re;
      k++;
    }
    k = kEnd;
    pos = to;
  }
  return out.slice(0, found);
}

/**
 * For a regular CMTrace row (starts with `<![LOG[`, closed by `]LOG]!>` inside its bytes) the text is exactly the
 * units between the markers (CRLF read as LF; needles here hold no CR/LF): the row matches iff a hit lies inside.
 * `hit`: the row's first hit; `next`: the hits after it. null: not such a row, decode it.
 */
function cmtraceTextHit(u: Units, rs: number, re: number, hit: number, next: HitCursor, len: number): boolean | null {
  const ts = cmtraceTextStart(u, rs);
  if (ts < 0) return null;
  const m = cmtraceTextEnd(u, ts, re);
  if (m < 0) return null;
  const h = hit < ts ? next(ts) : hit; // a hit overlapping the opening marker is not in the text
  return h !== -1 && h + len <= m; // hits ascend: the first one in the text, if any, settles it
}

/**
 * An SMS row whose first line is an entry head: its text is that line up to the trailer (trailing white space
 * dropped) plus its continuation lines. A hit counts iff it lies in one of those. null: decode the row.
 * The head line's trailer is found from the row's end (one memrchr, no search for the first LF): a line whose
 * last `$$<` opens a whole trailer is a head, and a head always starts its row (rows are the parser's entries).
 */
function smsTextHit(u: Units, rs: number, re: number, hit: number, next: HitCursor, len: number): boolean | null {
  let textEnd = smsTextEnd(u, rs, re);
  if (textEnd < 0) {
    // The row's last `$$<` is not a head's trailer (a continuation line holds one): read the first line.
    let le = u.indexOf(10, rs);
    if (le === -1 || le > re) le = re;
    textEnd = smsTextEnd(u, rs, le);
    if (textEnd < 0) return null;
  }
  const le = headLineEnd;
  if (hit + len <= textEnd || hit > le) return true;
  const h = next(le + 1); // past the trailer: the continuation lines
  return h !== -1 && h < re;
}

/**
 * A one-line SMS row with a component is a head as sms/format.ts reads it (lines before any head are entries
 * without one), its text the line before its last `$$<` less trailing white space. A needle that does not end in
 * white space lies in that text iff it ends by that `$$<`: no trailer to check, no white space to walk.
 */
function smsOneLineHead(index: EntryIndex, row: number, raw: RawSearch): boolean {
  return raw.plainEnd && index.componentCode(row) !== NO_COMPONENT && index.lineCount(row) === 1;
}

interface RawSearch {
  units: number;
  /** The needle's last char is not white space (a hit ending before white space that text drops is in the text). */
  plainEnd: boolean;
  /** A cursor over the candidate hits in u (`bytes`: the same data as read, for a native byte search). */
  open(u: Units, bytes: Uint8Array): HitCursor;
  /** Where to read chunks (CHUNK bytes) when the search wants them somewhere of its own (a finder's input area). */
  chunkBuffer?(): Uint8Array;
}

/** How to find candidate hits in raw units, or null when the query needs decoded rows. */
function rawSearchable(q: SearchQuery, shape: LogShape): RawSearch | null {
  if (q.regex || /[\r\n\uFFFD]/.test(q.query) || q.query.length === 0) return null;
  const ascii = /^[\x20-\x7e\t]*$/.test(q.query);
  const plainEnd = !/\s$/.test(q.query);
  if (shape.unitSize === 2 && shape.encoding === 'utf-16le' && q.matchCase && !/[\uD800-\uDFFF]/.test(q.query)) {
    // The needle's own UTF-16LE bytes, searched natively in the raw bytes; hits at odd bytes straddle two units.
    // Without surrogates in the needle, raw hits are the decoded text's (decoding only turns lone surrogates into
    // U+FFFD, which the needle lacks).
    const needle = new Uint8Array(q.query.length * 2);
    for (let i = 0; i < q.query.length; i++) {
      needle[2 * i] = q.query.charCodeAt(i) & 0xff;
      needle[2 * i + 1] = q.query.charCodeAt(i) >> 8;
    }
    return {
      units: q.query.length,
      plainEnd,
      open: (_u, bytes) => {
        const nextByte = seqFinder(bytes, needle, 2);
        return (from) => {
          const i = nextByte(from * 2);
          return i === -1 ? -1 : i >> 1;
        };
      },
    };
  }
  if (shape.unitSize === 2) {
    const re = new RegExp(escapeRegExp(q.query), q.matchCase ? 'g' : 'gi');
    if (!q.matchCase && !ascii) return null;
    return { units: q.query.length, plainEnd, open: (u) => regexCursor(re, decodeUnits(u, 0, u.length), q.query.length) };
  }
  if (q.matchCase) {
    const needle = enc.encode(q.query);
    return { units: needle.length, plainEnd, open: (u) => seqFinder(u as Uint8Array, needle) };
  }
  if (!ascii) return null;
  // One char per byte: a /i regex on it finds every ASCII-case-insensitive hit at its byte offset.
  const re = new RegExp(escapeRegExp(q.query), 'gi');
  const byRegex = (u: Units): HitCursor => oneByteRegexCursor(re, u as Uint8Array, q.query.length);
  // The same hits by WebAssembly SIMD, chunks read straight into its memory (the regex for a longer row).
  const finder = AsciiNoCaseFinder.create(q.query, CHUNK);
  if (finder) {
    return { units: q.query.length, plainEnd, chunkBuffer: () => finder.inputBytes(), open: (u) => finder.cursor(u as Uint8Array) ?? byRegex(u) };
  }
  return { units: q.query.length, plainEnd, open: byRegex };
}

/** A cursor over the matches of a needle regex whose matches all have `len` chars; test() allocates no match array. */
function regexCursor(re: RegExp, s: string, len: number): HitCursor {
  return (from) => {
    re.lastIndex = from;
    return re.test(s) ? re.lastIndex - len : -1;
  };
}

/**
 * Latin1 copies of a chunk are made slice by slice, each under V8's large-object size: such strings live in the
 * young generation, whose pages are reused. A 2 MiB copy is malloc'ed afresh each time, and its page faults (many
 * more after a fork: a spawned process leaves every written page copy-on-write) cost as much as the regex itself.
 */
export const ONE_BYTE_SLICE = 120 << 10;

/** regexCursor over u's bytes as one char each, a slice at a time (slices overlap by len - 1: no hit is cut). */
function oneByteRegexCursor(re: RegExp, u: Uint8Array, len: number): HitCursor {
  let base = 0;
  let end = -1;
  let s = '';
  return (from) => {
    for (;;) {
      if (from >= u.length) return -1;
      if (from < base || from >= end) {
        base = from;
        end = Math.min(u.length, from + ONE_BYTE_SLICE);
        s = oneBytePerChar(u, base, Math.min(u.length, end + len - 1));
      }
      re.lastIndex = from - base;
      if (re.test(s)) return base + re.lastIndex - len; // the first hit at >= from: any hit starting before end fits
      if (end >= u.length) return -1;
      from = end;
    }
  };
}

interface Latin1Bytes extends Uint8Array {
  latin1Slice(start: number, end: number): string;
}

/** Bytes u[s..e) as one char each (Node's Buffer has a native latin1 slice; elsewhere build it in pieces). */
function oneBytePerChar(u: Uint8Array, s: number, e: number): string {
  const b = u as Latin1Bytes;
  if (typeof b.latin1Slice === 'function') return b.latin1Slice(s, e);
  let out = '';
  for (let i = s; i < e; i += 8192) out += String.fromCharCode.apply(null, Array.from(u.subarray(i, Math.min(e, i + 8192))));
  return out;
}
