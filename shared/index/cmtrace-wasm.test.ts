// The WebAssembly fast path must give exactly the columns of the JS-only CmtraceIndexer (every field, component and
// zone table, end offset and line) on the corpus, on generated logs and on fuzzed ones, whatever the chunk splits
// and with offsets past 2^32.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatByName } from '../formats/registry';
import { corpusFiles, hasCorpus } from '../../test/support/corpus';
import { CmtraceIndexer, cmtraceScanner } from './cmtrace-indexer';
import type { ScanStats } from './wasm-scanner';
import { sniffLog } from './log-shape';
import { cmtraceText, rng } from '../../test/support/index/synthetic-logs';
import { bytesOf, type Enc, type MakeIndexer, mutated, pick, sameAsJs, scannerOrFail, utf16, utf8 } from '../../test/support/index/wasm-compare';

const scanned: MakeIndexer<ScanStats> = (index, us, wasm) => {
  const fast = wasm ? scannerOrFail(cmtraceScanner()) : null;
  return { indexer: new CmtraceIndexer(formatByName('cmtrace'), index, us, 1, fast), stats: fast?.stats ?? null };
};
const same = (bytes: Uint8Array, e: Enc, start: number, cuts: number[] = [], shift = 0) => sameAsJs(scanned, bytes, e, start, cuts, shift);

describe('WebAssembly CMTrace scanner = JS indexer', () => {
  it('does the regular entries itself (JS reads none of a clean log)', () => {
    const w = same(utf8(cmtraceText(5000, { multiLineEvery: 7 })), 'utf-8', 0);
    expect(w.cols.count).toBe(5000);
    expect(w.stats!.wasmRows).toBe(5000);
    expect(w.stats!.jsEntries).toBe(0);
    const w16 = same(utf16(cmtraceText(3000, { multiLineEvery: 5 })), 'utf-16le', 0);
    expect(w16.stats!.wasmRows).toBe(3000);
  });

  const generated: [string, () => string][] = [
    ['CRLF', () => cmtraceText(4000)],
    ['LF', () => cmtraceText(4000, { seed: 3 }).replace(/\r\n/g, '\n')],
    ['multi-line', () => cmtraceText(4000, { multiLineEvery: 3, seed: 4 })],
    ['multi-line LF', () => cmtraceText(4000, { multiLineEvery: 2, seed: 5 }).replace(/\r\n/g, '\n')],
    ['without a final line end', () => cmtraceText(300).replace(/\r\n$/, '')],
  ];
  for (const [name, text] of generated) {
    for (const e of ['utf-8', 'utf-16le'] as const) {
      it(`generated ${name} ${e}, whole and in chunks`, () => {
        const b = bytesOf(text(), e);
        same(b, e, 0);
        const r = rng(b.length);
        for (const size of [61, 4096, 100_000]) {
          const cuts: number[] = [];
          for (let c = 0; c < b.length; c += Math.max(1, Math.floor(size * (0.5 + r())))) cuts.push(c);
          same(b, e, 0, cuts);
        }
      });
    }
  }

  it('offsets past 2^32 (a batch that crosses it, one that starts past it)', () => {
    const b = utf8(cmtraceText(3000, { multiLineEvery: 9 }));
    const w = same(b, 'utf-8', 0, [b.length >> 1], 2 ** 32 - 200_000);
    expect(w.cols.highStarts.length).toBe(1);
    same(utf16(cmtraceText(2000)), 'utf-16le', 0, [5000], 3 * 2 ** 32 + 6);
  });
});

describe.skipIf(!hasCorpus)('WebAssembly CMTrace scanner = JS indexer on the corpus', () => {
  const cmtrace = corpusFiles().filter((f) => sniffLog(readFileSync(f.path).subarray(0, 65536), f.file).format === 'cmtrace');
  it('has CMTrace files to compare', () => expect(cmtrace.length).toBeGreaterThan(3));
  for (const f of cmtrace) {
    it(f.file, () => {
      const bytes = readFileSync(f.path);
      const shape = sniffLog(bytes.subarray(0, 65536), f.file);
      const e = shape.encoding === 'utf-16le' ? 'utf-16le' : 'utf-8';
      if (shape.encoding !== 'utf-16le' && shape.unitSize !== 1) throw new Error(`unexpected encoding ${shape.encoding}`);
      const w = same(bytes, e, shape.dataStart);
      expect(w.stats!.wasmRows).toBeGreaterThan(0);
      const cuts = Array.from({ length: Math.ceil(bytes.length / 4096) }, (_, k) => shape.dataStart + k * 4093);
      same(bytes, e, shape.dataStart, cuts, 2 ** 32 - Math.floor(bytes.length / 2));
    });
  }
});

// ---- fuzzing: entries of every shape the scanner must either read exactly or leave to JS ----

const entryArb = fc.record({
  msg: fc.constantFrom('ok', 'a ] b ]LOG c', 'two\r\nlines', 'three\nlines\nhere', 'nested\r\n<![LOG[inner', 'x]LOG]!>y', '', 'é ünï 中文'),
  time: pick(['10:00:00.000', '23:59:59.999', '00:00:00.000'], ['1:2:3.4', '24:00:00.000', '10:60:00.000', '10:00:00', '10:00:00.0000', 'ab:00:00.000']),
  bias: pick(['+300', '-60', '+0', '-0', '+840', '-8'], ['-841', '+30000', '', '120', '+', '+12345']),
  // The scanner reads the usual date by one template compare and reuses the last day's number: an all-zero date
  // and dates differing in one digit from the one before must not pass for it.
  date: pick(['11-24-2026', '11-25-2026', '02-29-2024', '12-31-9999', '01-01-1970'], ['01-01-1000', '02-29-2023', '02-30-2026', '1-2-2026', '11/24/2026', '11-24-0999', '13-01-2026', '00-10-2026', '1x-24-2026', '00-00-0000', '11-24-202x']),
  // Over 64 names (the JS in-place table's size), the empty one, script writers, odd bytes.
  comp: pick([...Array.from({ length: 90 }, (_, i) => `Comp${i}`), '', 'LiteTouch', 'ZTIGather', 'Ünïcode'], ['a>b', 'x"y', 'a\nb']),
  ctx: pick([''], ['ctx']),
  type: pick(['0', '1', '2', '3'], ['7', 'x', '11', '']),
  // Thread digits are read 8 at a time: 7, 8 and 9 digits, leading zeros.
  thread: pick(['', '1', '4120', '1234567', '12345678', '99999999', '123456789', '00000042', '4294967294'], ['4294967295', '99999999999999999999', '12a', '4120 (0x1018)', '1234567x']),
  file: pick(['cwuahandler.cpp:12', '', 'Run.PS1:12', 'a.ps1', 'ztiGather', 'LiteTouch.wsf', 'x.vbs', 'b.js', 'c.cmd:', ':12', 'd.bat', 'e.psm1', 'f.txt', 'g.t', 'zt', 'l'], ['a>b', 'a\nb']),
  eol: fc.constantFrom('\r\n', '\n'),
  kind: pick(['regular'], ['junk', 'unclosed', 'indented', 'spaced', 'two']),
});

type Entry = typeof entryArb extends fc.Arbitrary<infer T> ? T : never;

function entryText(e: Entry): string {
  const tag = `<time="${e.time}${e.bias}" date="${e.date}" component="${e.comp}" context="${e.ctx}" type="${e.type}" thread="${e.thread}" file="${e.file}">`;
  const entry = `<![LOG[${e.msg}]LOG]!>${tag}${e.eol}`;
  switch (e.kind) {
    case 'junk':
      return `junk line ${e.msg}${e.eol}`;
    case 'unclosed':
      return `<![LOG[${e.msg} never closed${e.eol}`;
    case 'indented':
      return `  ${entry}`;
    case 'spaced':
      return entry.replace('" date=', '"  date=');
    case 'two':
      return `<![LOG[${e.msg}]LOG]!>${tag}<![LOG[x]LOG]!>${e.eol}`;
    default:
      return entry;
  }
}

/** A log of fuzzed entries, some bytes then flipped or dropped. */
const logArb = fc.record({
  entries: fc.array(entryArb, { minLength: 1, maxLength: 80, size: 'medium' }),
  mutations: fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }), drop: fc.boolean() }), { maxLength: 4 }),
  cuts: fc.array(fc.nat(), { maxLength: 8 }),
  enc: fc.constantFrom<Enc>('utf-8', 'utf-16le'),
  shift: fc.constantFrom(0, 2 ** 32 - 700, 2 ** 32 + 3),
});

describe('WebAssembly CMTrace scanner = JS indexer on fuzzed logs', () => {
  it('same columns for any entries, mutations, chunk cuts and base offset', () => {
    const seen = { wasmRows: 0, jsEntries: 0 };
    fc.assert(
      fc.property(logArb, ({ entries, mutations, cuts, enc: e, shift }) => {
        const b = mutated(bytesOf(entries.map(entryText).join(''), e), mutations);
        const w = same(b, e, 0, cuts.map((c) => c % (b.length + 1)), shift);
        seen.wasmRows += w.stats!.wasmRows;
        seen.jsEntries += w.stats!.jsEntries;
      }),
      { numRuns: 400 },
    );
    // Both sides of the hand-over were exercised.
    expect(seen.wasmRows).toBeGreaterThan(1000);
    expect(seen.jsEntries).toBeGreaterThan(500);
  });

  it('zone changes and more components than the scanner takes at once (>64), entry after entry', () => {
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const bias = ['+300', '-60', '+0', '+300', '-840'][i % 5];
      lines.push(`<![LOG[m${i}]LOG]!><time="10:00:${String(i % 60).padStart(2, '0')}.000${bias}" date="11-24-2026" component="C${i % 150}" context="" type="${i % 4}" thread="${i % 7 === 0 ? '' : i}" file="${i % 11 === 0 ? 'a.ps1' : 'x.cpp'}">\r\n`);
    }
    const w = same(utf8(lines.join('')), 'utf-8', 0, [50_000, 120_000]);
    expect(w.cols.components.length).toBe(150);
    expect(w.cols.zones.length).toBe(1 + 4 + 4); // none + four biases, each also as a script writer's
    expect(w.stats!.jsEntries).toBe(0);
  });
});
