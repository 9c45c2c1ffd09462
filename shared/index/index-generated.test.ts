// The index equals the naive parse on generated logs, including shapes the corpus lacks (SMS, UTF-16LE CMTrace)
// and irregular entries that send the byte scan to the parser.
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../formats/parse';
import type { LogEntry } from '../model/log-entry';
import { EntryIndex, inRegion, sharedColumns } from './entry-index';
import { indexBytes } from './index-bytes';
import { feedInChunks } from '../../test/support/index/feed-in-chunks';
import { indexerFor } from './indexer-for';
import { sniffLog } from './log-shape';
import { toUnits } from './log-encoding';
import { entryOfRow } from './row-text';
import { cmtraceText, smsText, utf16leWithBom } from '../../test/support/index/synthetic-logs';

const enc = new TextEncoder();
/** Columns for `rows` rows: 20 bytes of fields, a line step byte, and a 4-byte line mark per 64 rows. */
const bytesForRows = (rows: number): number => 21 * rows + 4 * Math.ceil(rows / 64);

function rows(bytes: Uint8Array, index: EntryIndex, shape: ReturnType<typeof sniffLog>): LogEntry[] {
  return Array.from({ length: index.count }, (_, r) => entryOfRow(index, r, shape.format, shape, bytes.subarray(index.offset(r), index.offset(r) + index.length(r))));
}

/** Odd entries a real log has now and then: each must come out as the parser reads it. */
const IRREGULAR_CMTRACE = [
  '<![LOG[unterminated entry\r\n',
  'junk line between entries\r\n',
  '<![LOG[odd type]LOG]!><time="10:00:00.000+300" date="11-24-2026" component="X" context="" type="7" thread="1" file="">\r\n',
  '<![LOG[script]LOG]!><time="10:00:00.000120" date="11-24-2026" component="X" context="" type="1" thread="1" file="a.ps1">\r\n',
  '<![LOG[ps1 with bias]LOG]!><time="10:00:00.000+300" date="11-24-2026" component="X" context="" type="1" thread="1" file="Run.PS1:12">\r\n',
  '<![LOG[hex thread]LOG]!><time="10:00:00.000-60" date="2-30-2026" component="X" context="" type="1" thread="4120 (0x1018)" file="">\r\n',
  '<![LOG[two on a line]LOG]!><time="10:00:00.000+300" date="11-24-2026" component="X" context="" type="1" thread="1" file=""><![LOG[x]LOG]!>\r\n',
  '  <![LOG[indented]LOG]!><time="10:00:00.000+300" date="11-24-2026" component="" context="" type="2" thread="1" file="">\n',
  '<![LOG[bare CR\rinside]LOG]!><time="1:2:3.4+00" date="1-2-2026" component="Y" context="" type="0" thread="" file="">\r\n',
  // The usual attribute layout with values the one-pass readers must refuse or read exactly as the parser does.
  '<![LOG[Feb 30]LOG]!><time="10:00:00.000+300" date="02-30-2026" component="X" context="" type="1" thread="1" file="">\r\n',
  '<![LOG[hour 24]LOG]!><time="24:00:00.000+300" date="11-24-2026" component="X" context="" type="1" thread="1" file="">\r\n',
  '<![LOG[long bias]LOG]!><time="10:00:00.000+30000" date="11-24-2026" component="X" context="" type="1" thread="1" file="">\r\n',
  '<![LOG[bias 841]LOG]!><time="10:00:00.000-841" date="11-24-2026" component="X" context="" type="1" thread="1" file="">\r\n',
  '<![LOG[bias -0]LOG]!><time="10:00:00.000-0" date="11-24-2026" component="X" context="" type="3" thread="4294967294" file="">\r\n',
  '<![LOG[year 999]LOG]!><time="10:00:00.000+300" date="11-24-0999" component="X" context="" type="1" thread="1" file="">\r\n',
  '<![LOG[slashes]LOG]!><time="10:00:00.000+300" date="11/24/2026" component="X" context="" type="1" thread="" file="">\r\n',
  '<![LOG[odd thread]LOG]!><time="10:00:00.000+300" date="11-24-2026" component="X" context="" type="1" thread="12a" file="">\r\n',
  '<![LOG[gt in component]LOG]!><time="10:00:00.000+300" date="11-24-2026" component="a>b" context="" type="1" thread="1" file="">\r\n',
  '<![LOG[script file]LOG]!><time="10:00:00.000+300" date="11-24-2026" component="X" context="" type="1" thread="1" file="Setup.VBS:12">\r\n',
  '<![LOG[MDT writer]LOG]!><time="10:00:00.000+300" date="11-24-2026" component="X" context="" type="1" thread="1" file="ztiGather">\r\n',
  '<![LOG[script component]LOG]!><time="10:00:00.000+300" date="11-24-2026" component="LiteTouch" context="" type="2" thread="1" file="a.cpp:1">\r\n',
  '<![LOG[two spaces]LOG]!><time="10:00:00.000+300"  date="11-24-2026" component="X" context="" type="1" thread="1" file="">\r\n',
  // Longer than the short JS scan of a message, with line breaks before and after that mark.
  `<![LOG[long ${'x'.repeat(300)}\r\n${'y] '.repeat(150)}\r\nend]LOG]!><time="10:00:00.000+300" date="11-24-2026" component="X" context="" type="1" thread="1" file="">\r\n`,
  '<![LOG[context has a value]LOG]!><time="10:00:00.000+300" date="11-24-2026" component="X" context="ctx" type="0" thread="1" file="">\n',
];

const IRREGULAR_SMS = [
  'orphan continuation at the start\r\n',
  'spaces in stamp  $$<SMS_X><11-24-2026  10:00:00.000+300><thread=1 (0x1)>\r\n',
  'hex thread  $$<SMS_X><11-24-2026 10:00:00.000+300><thread=0x1F>\r\n',
  'no trailer end  $$<SMS_X><11-24-2026 10:00:00.000+300><thread=1 (0x1)> junk\r\n',
  'Exit code = 0x8024402F  $$< SMS_Y ><11-24-2026 10:00:00.000-60><thread=7 (0x7)>\r\n',
  'hr = 0x0 is fine  $$<SMS_Y><11-24-2026 10:00:00.000-60><thread=7 (0x7)>\r\n',
];

function mixed(base: string, odd: readonly string[]): string {
  const lines = base.split(/(?<=\n)/);
  const out: string[] = [];
  lines.forEach((l, i) => {
    out.push(l);
    if (i % 37 === 5) out.push(odd[(i / 37) | 0 % odd.length] ?? odd[i % odd.length]);
  });
  return out.join('') + odd.join('');
}

const CASES: { name: string; file: string; bytes: () => Uint8Array }[] = [
  { name: 'CMTrace', file: 'WUAHandler.log', bytes: () => enc.encode(cmtraceText(3000, { multiLineEvery: 17 })) },
  { name: 'CMTrace with irregular entries', file: 'WUAHandler.log', bytes: () => enc.encode(mixed(cmtraceText(2000, { multiLineEvery: 23 }), IRREGULAR_CMTRACE)) },
  { name: 'CMTrace UTF-16LE', file: 'WUAHandler.log', bytes: () => utf16leWithBom(mixed(cmtraceText(2000, { multiLineEvery: 11 }), IRREGULAR_CMTRACE)) },
  { name: 'SMS', file: 'WSyncMgr.log', bytes: () => enc.encode(smsText(3000, { multiLineEvery: 13 })) },
  { name: 'SMS with irregular lines', file: 'WSyncMgr.log', bytes: () => enc.encode(IRREGULAR_SMS[0] + mixed(smsText(2000, { multiLineEvery: 7 }), IRREGULAR_SMS.slice(1))) },
  { name: 'SMS UTF-16LE', file: 'WSyncMgr.log', bytes: () => utf16leWithBom(smsText(1500, { multiLineEvery: 5 })) },
  { name: 'CMTrace without final line end', file: 'x.log', bytes: () => enc.encode(cmtraceText(50).replace(/\r\n$/, '')) },
];

describe('index equals the naive parse on generated logs', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const bytes = c.bytes();
      const naive = parseBytes(bytes, c.file);
      const { shape, index } = indexBytes(bytes, c.file);
      expect(shape.format).toBe(naive.format);
      expect(index.endLine).toBe(naive.lineCount);
      expect(rows(bytes, index, shape)).toEqual(naive.entries);
    });
    for (const chunk of [64, 1000, 65536]) {
      it(`${c.name}, fed in ${chunk}-byte chunks`, () => {
        const bytes = c.bytes();
        const naive = parseBytes(bytes, c.file);
        const shape = sniffLog(bytes, c.file);
        const index = new EntryIndex();
        feedInChunks(indexerFor(shape.format, index, shape.unitSize), bytes, shape, chunk);
        expect(rows(bytes, index, shape)).toEqual(naive.entries);
      });
    }
  }

  it('instantsInto gives every row\'s instant as instant() does, or with an offset in place of the rows\' own', () => {
    const ix = new EntryIndex(4);
    const rows: [number, number | null][] = [[1000, null], [NaN, 60], [5000, -300], [7000, 60], [9000, null]];
    rows.forEach(([w, off], i) => ix.push(i * 10, i + 1, w, 0, ix.zoneId(off, false), 0xffff, 1));
    const out = new Float64Array(rows.length + 2).fill(-1);
    ix.instantsInto(out, 2);
    expect(Array.from(out.subarray(2))).toEqual(rows.map((_, r) => ix.instant(r)));
    expect(Array.from(out.subarray(2))).toEqual([1000, NaN, 5000 + 300 * 60_000, 7000 - 60 * 60_000, 9000]);
    ix.instantsInto(out, 0, 120);
    expect(Array.from(out.subarray(0, rows.length))).toEqual(rows.map(([w]) => w - 120 * 60_000));
    expect(Array.from(out.subarray(0, rows.length))).toEqual(rows.map((_, r) => ix.instant(r, 120)));
  });

  it('offsets past 4 GiB survive (high parts table)', () => {
    const ix = new EntryIndex(4);
    const offs = [0, 2 ** 32 - 10, 2 ** 32 + 5, 3 * 2 ** 32 + 7, 3 * 2 ** 32 + 100];
    offs.forEach((o, i) => ix.push(o, i + 1, NaN, 0, 0, 0xffff, 0xffffffff));
    ix.setEnd(3 * 2 ** 32 + 200, 5);
    expect(offs.map((_, i) => ix.offset(i))).toEqual(offs);
    expect(ix.length(4)).toBe(100);
    const copy = new EntryIndex();
    copy.appendColumns(ix.columnsView(), 0);
    expect(offs.map((_, i) => copy.offset(i))).toEqual(offs);
  });

  it('parts appended one after another (as two workers give them) keep offsets, lines and ids', () => {
    const parts: [number, string, number][][] = [
      [[10, 'A', 60], [2 ** 32 - 10, 'B', 0]],
      [[2 ** 32 + 5, 'B', 60], [2 ** 32 + 9, 'C', 60], [5 * 2 ** 32 + 1, 'A', 0]],
    ];
    const whole = new EntryIndex();
    const views = [];
    let line = 1;
    for (const part of parts) {
      const ix = new EntryIndex();
      part.forEach(([off, comp, zone], i) => {
        ix.push(off, i + 1, i, 1, ix.zoneId(zone || null, false), ix.componentId(comp), i);
        whole.push(off, line++, i, 1, whole.zoneId(zone || null, false), whole.componentId(comp), i);
      });
      ix.setEnd(part[part.length - 1][0] + 3, part.length);
      // Views of each part's own buffers, as a worker hands them over.
      views.push(ix.columnsView());
    }
    whole.setEnd(5 * 2 ** 32 + 4, line - 1);
    const merged = EntryIndex.fromParts(views);
    expect(merged.count).toBe(whole.count);
    expect([merged.endOffset, merged.endLine]).toEqual([whole.endOffset, whole.endLine]);
    for (let r = 0; r < whole.count; r++) expect(merged.row(r)).toEqual(whole.row(r));
    // Exact-size columns (16 rows at least), plus one number per 4 GiB crossed.
    expect(merged.residentBytes()).toBe(bytesForRows(16) + 8 * 5);
  });

  it('parts written into regions of shared columns join in place, aligned to the line blocks or not', () => {
    const bytes = enc.encode(cmtraceText(700, { seed: 11, multiLineEvery: 7 }));
    const { index: whole, shape } = indexBytes(bytes, 'x.log');
    for (const [cutRow, gap] of [[256, 0], [250, 3], [300, 200]] as const) {
      const cut = whole.offset(cutRow);
      // Region 0 holds its rows and `gap` spare ones, rounded to whole 64-row blocks; region 1 follows.
      const r0 = Math.ceil((cutRow + gap) / 64) * 64;
      const rows = r0 + Math.ceil((whole.count - cutRow + 1) / 64) * 64;
      const columns = sharedColumns(rows);
      const regions = [{ columns, start: 0, limit: r0 }, { columns, start: r0, limit: rows }];
      const parts = [[shape.dataStart, cut], [cut, bytes.length]].map(([from, to], k) => {
        const ix = new EntryIndex(0, regions[k]);
        indexerFor(shape.format, ix, shape.unitSize).feed(toUnits(bytes.subarray(from, to), shape.encoding), from, true);
        return inRegion(ix.columnsView(), regions[k]);
      });
      const merged = EntryIndex.fromParts(parts);
      expect(merged.count).toBe(whole.count);
      for (let r = 0; r < whole.count; r++) expect(merged.row(r)).toEqual(whole.row(r));
      expect([merged.endOffset, merged.endLine]).toEqual([whole.endOffset, whole.endLine]);
      // Joined in the shared columns themselves, unless the spare room was worth giving back (trim copies).
      expect(merged.columnsView().wall.buffer === columns.wall).toBe(rows - whole.count <= whole.count / 20);
    }
  });

  it('a first part with room for every row is adopted and the others appended into it; much spare room is given back', () => {
    const bytes = enc.encode(cmtraceText(600, { seed: 7, multiLineEvery: 9 }));
    const { index: whole, shape } = indexBytes(bytes, 'x.log');
    const cut = whole.offset(250);
    const partOf = (from: number, to: number, capacity: number): EntryIndex => {
      const ix = new EntryIndex(capacity);
      indexerFor(shape.format, ix, shape.unitSize).feed(toUnits(bytes.subarray(from, to), shape.encoding), from, true);
      return ix;
    };
    for (const [room, kept] of [
      [whole.count + 8, true], // room for all: adopted, and the spare (under 1/20) kept
      [whole.count * 2, false], // adopted, then trimmed to size
      [250, false], // no room: copied into exact columns
    ] as const) {
      const first = partOf(shape.dataStart, cut, room);
      const merged = EntryIndex.fromParts([first.columnsView(), partOf(cut, bytes.length, 16).columnsView()]);
      expect(merged.count).toBe(whole.count);
      for (let r = 0; r < whole.count; r++) expect(merged.row(r)).toEqual(whole.row(r));
      expect([merged.endOffset, merged.endLine]).toEqual([whole.endOffset, whole.endLine]);
      expect(merged.residentBytes()).toBe(bytesForRows(kept ? room : whole.count));
      // A tail appends after the merged rows as to any index.
      merged.push(merged.endOffset, merged.endLine + 1, 0, 2, 0, merged.componentId('Tail'), 1);
      expect(merged.row(whole.count).component).toBe('Tail');
      expect(merged.row(whole.count - 1)).toEqual(whole.row(whole.count - 1));
    }
  });
});
