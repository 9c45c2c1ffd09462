// Search hits equal a naive scan of every entry's text (rowMatcher on parse.ts's entries), on the corpus and on
// generated logs, for exact, case-insensitive and regex queries, through every raw path (bytes, UTF-16, subsets).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../formats/parse';
import { corpusFiles, hasCorpus } from '../../test/support/corpus';
import { ONE_BYTE_SLICE, rowMatcher, searchLog, type SearchQuery } from './search';
import { memorySource } from '../../test/support/index/memory-source';
import { cmtraceText, smsText, utf16leWithBom } from '../../test/support/index/synthetic-logs';

const QUERIES: SearchQuery[] = [
  { query: '0x80244021', regex: false, matchCase: true },
  { query: 'WUAHandler', regex: false, matchCase: true }, // also a component= value: hits in attributes must not count
  { query: 'error', regex: false, matchCase: false },
  { query: 'Scan', regex: false, matchCase: true },
  { query: 'detail LINE', regex: false, matchCase: false },
  { query: 'LOG[Its', regex: false, matchCase: true }, // overlaps the opening marker: never in the text
  { query: 'thread=', regex: false, matchCase: false },
  { query: 'fail(ed|ure)', regex: true, matchCase: false },
  { query: 'Größe', regex: false, matchCase: true },
  // Needles ending in white space (a hit may end in the white space the text drops) or at the trailer's `$$<`.
  { query: 'error ', regex: false, matchCase: false },
  { query: 'Scan $', regex: false, matchCase: true },
  { query: '$$', regex: false, matchCase: true },
];

function naiveRows(entries: { text: string }[], q: SearchQuery, subset?: Uint32Array): number[] {
  const m = rowMatcher(q);
  const rows = subset ? Array.from(subset) : entries.map((_, i) => i);
  return rows.filter((r) => m(entries[r].text));
}

const enc = new TextEncoder();
const GENERATED = [
  { name: 'WUAHandler.log', bytes: enc.encode(cmtraceText(3000, { multiLineEvery: 9 }) + '<![LOG[Größe und error]LOG]!><time="1:00:00.000+0" date="1-1-2026" component="X" context="" type="1" thread="1" file="">\r\njunk error line\r\n') },
  { name: 'WSyncMgr.log', bytes: enc.encode(smsText(3000, { multiLineEvery: 9 })) },
  // SMS heads the indexer cannot read (bad stamp, non-ASCII white space) that the parser still takes as heads,
  // `$$<` in the text, hits only in the trailer or past it, lines whose trailer is followed by junk.
  {
    name: 'WSyncMgr.log',
    bytes: enc.encode(
      'lead line  $$<SMS_X><11-24-2026 00:00:00.000+0><thread=1 (0x1)> junk error\r\n' +
        'bad date, trailer hit  $$<SMS_error><13-45-2026 99:00:00.000+0><thread=1 (0x1)>\r\n' +
        smsText(300, { multiLineEvery: 4 }) +
        [
          'Scan error with bad date  $$<SMS_X><13-45-2026 99:00:00.000+0><thread=1 (0x1)>',
          'error in text $$<not a trailer> more Scan  $$<SMS_X><11-24-2026 00:00:00.000+0><thread=2 (0x2)>',
          'trailing junk error  $$<SMS_X><11-24-2026 00:00:00.000+0><thread=3 (0x3)> junk',
          'nbsp error\u00a0 $$<SMS_X><11-24-2026 00:00:00.000+0><thread=4 (0x4)>',
          'trailer only  $$<SMS_error><11-24-2026 00:00:00.000+0><thread=5 (0x5)>',
          '0x80244021 $$<SMS_X><11-24-2026 00:00:00.000+0><thread=6 (0x6)>\t ',
          'x$$<SMS_X><11-24-2026><thread=error>',
          'Scan later$$<SMS_X><1-1-2026 0:0:0.0+0><thread=7>\u00a0',
          '  detail line with error',
          'three dollars, Scan $$$<SMS_X><11-24-2026 00:00:00.000+0><thread=9 (0x9)>',
          'ends in an opener, error $$<',
          'no trailer $$<SMS_X><11-24-2026 00:00:00.000+0><thread=8 (0x8)',
          // A head, then continuation lines holding `$`, `$$<` and a trailer cut by a line end (all text).
          'Scan error head  $$<SMS_X><11-24-2026 00:00:00.000+0><thread=10 (0xA)>',
          'continued error $$< Scan $ more',
          'cut trailer Scan error $$<SMS_X',
          '><11-24-2026 00:00:00.000+0><thread=11 (0xB)>',
          // The text ends in the needle's letters; its white space belongs to the trailer's padding.
          'text ends in error  $$<SMS_X><11-24-2026 00:00:00.000+0><thread=15 (0xF)>',
          // Heads whose text is white space only, or empty.
          '   $$<SMS_error><11-24-2026 00:00:00.000+0><thread=12 (0xC)>',
          '$$<SMS_X><11-24-2026 00:00:00.000+0><thread=13 (0xD)>',
          'error in the last head, no line end  $$<SMS_X><11-24-2026 00:00:00.000+0><thread=14 (0xE)>',
        ].join('\r\n'),
    ),
  },
  // The same odd SMS lines in a UTF-16 file (16-bit units, the UTF-16 raw paths).
  {
    name: 'WSyncMgr16.log',
    bytes: utf16leWithBom(
      smsText(200, { multiLineEvery: 3 }) +
        [
          'nbsp error\u00a0 $$<SMS_X><11-24-2026 00:00:00.000+0><thread=4 (0x4)>',
          'trailer only  $$<SMS_error><11-24-2026 00:00:00.000+0><thread=5 (0x5)>',
          'three dollars, Scan $$$<SMS_X><11-24-2026 00:00:00.000+0><thread=9 (0x9)>',
          'text ends in error  $$<SMS_X><11-24-2026 00:00:00.000+0><thread=15 (0xF)>',
          'Größe error 0x80244021  $$<SMS_X><11-24-2026 00:00:00.000+0><thread=10 (0xA)>',
          'continued error $$< Scan $ more',
          'cut trailer Scan error $$<SMS_X',
          '><11-24-2026 00:00:00.000+0><thread=11 (0xB)>',
        ].join('\r\n') +
        '\r\n',
    ),
  },
  { name: 'UTF16.log', bytes: utf16leWithBom(cmtraceText(2000, { multiLineEvery: 5 })) },
  // Non-ASCII text, and units whose bytes spell 'Scan' one byte off (53 | 00 63 | 00 61 | 00 6E | 00): not a hit.
  {
    name: 'UTF16-mixed.log',
    bytes: utf16leWithBom(
      cmtraceText(500, { multiLineEvery: 7 }) +
        '<![LOG[Größe \u5341\u6300\u6100\u6E00\u4E00 error]LOG]!><time="1:00:00.000+0" date="1-1-2026" component="X" context="" type="1" thread="1" file="">\r\n' +
        '<![LOG[x\u5341\u6300\u6100\u6E00\u4E00Scan]LOG]!><time="1:00:00.000+0" date="1-1-2026" component="X" context="" type="1" thread="1" file="">\r\n',
    ),
  },
];

describe('search equals a naive scan', () => {
  for (const g of GENERATED) {
    for (const asBuffer of [false, true]) {
      it(`${g.name}${asBuffer ? ' (Node Buffer reads)' : ''}`, () => {
        const src = memorySource(g.bytes, g.name, asBuffer ? (b) => Buffer.from(b.buffer, b.byteOffset, b.length) : undefined);
        const entries = parseBytes(g.bytes, g.name).entries;
        for (const q of QUERIES) expect(Array.from(searchLog(src, q)), JSON.stringify(q)).toEqual(naiveRows(entries, q));
        const subset = Uint32Array.from(entries.map((_, i) => i).filter((i) => i % 3 !== 1));
        for (const q of QUERIES) expect(Array.from(searchLog(src, q, subset)), JSON.stringify(q)).toEqual(naiveRows(entries, q, subset));
      });
    }
  }

  it('logs longer than one read chunk (2 MiB): hits in every chunk, near its ends too', () => {
    for (const [name, text] of [['WUAHandler.log', cmtraceText(14000, { multiLineEvery: 9 })], ['WSyncMgr.log', smsText(16000, { multiLineEvery: 9 })]]) {
      const bytes = enc.encode(text);
      expect(bytes.length).toBeGreaterThan(2.2 * 2 ** 20);
      const src = memorySource(bytes, name, (b) => Buffer.from(b.buffer, b.byteOffset, b.length));
      const entries = parseBytes(bytes, name).entries;
      for (const q of QUERIES.slice(0, 7)) expect(Array.from(searchLog(src, q)), `${name} ${JSON.stringify(q)}`).toEqual(naiveRows(entries, q));
    }
  });

  it('finds case-insensitive hits cut by the one-byte slices (at, before and after a slice end)', () => {
    // The first slice starts at the chunk's start: a hit row after a filler row of n bytes has its hit at n.
    for (let n = ONE_BYTE_SLICE - 6; n <= ONE_BYTE_SLICE + 2; n++) {
      const trailer = '  $$<SMS_X><11-24-2026 00:00:00.000+0><thread=1 (0x1)>\r\n';
      const filler = 'x'.repeat(n - trailer.length) + trailer;
      const bytes = enc.encode(filler + 'ERRor at a slice end' + trailer + filler + 'no hit' + trailer + 'then error' + trailer);
      const src = memorySource(bytes, 'WSyncMgr.log', (b) => Buffer.from(b.buffer, b.byteOffset, b.length));
      expect(Array.from(searchLog(src, QUERIES[2])), `filler ${n}`).toEqual([1, 4]);
    }
  });

  it('finds something for most queries (the comparison is not vacuous)', () => {
    const src = memorySource(GENERATED[0].bytes, GENERATED[0].name);
    const counts = QUERIES.map((q) => searchLog(src, q).length);
    expect(counts.filter((c) => c > 0).length).toBeGreaterThanOrEqual(6);
    expect(counts[5]).toBe(0);
  });

  describe.skipIf(!hasCorpus)('corpus', () => {
    for (const f of corpusFiles()) {
      it(f.file, () => {
        const bytes = readFileSync(f.path);
        const src = memorySource(bytes, f.file, (b) => Buffer.from(b.buffer, b.byteOffset, b.length));
        const entries = parseBytes(bytes, f.file).entries;
        for (const q of QUERIES.filter((q) => !q.regex)) expect(Array.from(searchLog(src, q)), JSON.stringify(q)).toEqual(naiveRows(entries, q));
      });
    }
  });
});
