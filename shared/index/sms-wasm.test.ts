// The WebAssembly fast path must give exactly the columns of the JS-only SmsIndexer (every field, component and
// zone table, severity, end offset and line) on generated logs and on fuzzed ones, whatever the chunk splits and
// with offsets past 2^32. (The corpus has no SMS server log.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatByName } from '../formats/registry';
import { SmsIndexer, smsScanner } from './sms-indexer';
import type { ScanStats } from './wasm-scanner';
import { rng, smsText } from '../../test/support/index/synthetic-logs';
import { bytesOf, type Enc, type MakeIndexer, mutated, pick, sameAsJs, scannerOrFail, utf16, utf8 } from '../../test/support/index/wasm-compare';

const scanned: MakeIndexer<ScanStats> = (index, us, wasm) => {
  const fast = wasm ? scannerOrFail(smsScanner()) : null;
  return { indexer: new SmsIndexer(formatByName('sms'), index, us, 1, fast), stats: fast?.stats ?? null };
};
const same = (bytes: Uint8Array, e: Enc, cuts: number[] = [], shift = 0) => sameAsJs(scanned, bytes, e, 0, cuts, shift);

describe('WebAssembly SMS scanner = JS indexer', () => {
  it('does the regular entries itself (JS reads none of a clean log) and decides most severities', () => {
    const w = same(utf8(smsText(5000, { multiLineEvery: 7 })), 'utf-8');
    expect(w.cols.count).toBe(5000);
    expect(w.stats!.wasmRows).toBe(5000);
    expect(w.stats!.jsEntries).toBe(0);
    // Only the first sight of each hinted text goes to JS (10 messages, each alone or with the STATMSG line).
    expect(w.stats!.jsSeverities).toBeGreaterThan(0);
    expect(w.stats!.jsSeverities).toBeLessThanOrEqual(20);
    // The log has errors and warnings (the generated messages name them), so the column is not all info.
    expect(new Set(w.cols.severity)).toEqual(new Set([0, 1, 2]));
    const w16 = same(utf16(smsText(3000, { multiLineEvery: 5 })), 'utf-16le');
    expect(w16.stats!.wasmRows).toBe(3000);
    expect(w16.stats!.jsEntries).toBe(0);
  });

  const generated: [string, () => string][] = [
    ['CRLF', () => smsText(4000)],
    ['LF', () => smsText(4000, { seed: 3 }).replace(/\r\n/g, '\n')],
    ['multi-line', () => smsText(4000, { multiLineEvery: 3, seed: 4 })],
    ['multi-line LF', () => smsText(4000, { multiLineEvery: 2, seed: 5 }).replace(/\r\n/g, '\n')],
    ['without a final line end', () => smsText(300, { multiLineEvery: 4 }).replace(/\r\n$/, '')],
    ['cut mid-entry at the start', () => smsText(300, { multiLineEvery: 2 }).slice(40)],
  ];
  for (const [name, text] of generated) {
    for (const e of ['utf-8', 'utf-16le'] as const) {
      it(`generated ${name} ${e}, whole and in chunks`, () => {
        const b = bytesOf(text(), e);
        same(b, e);
        const r = rng(b.length);
        for (const size of [61, 4096, 100_000]) {
          const cuts: number[] = [];
          for (let c = 0; c < b.length; c += Math.max(1, Math.floor(size * (0.5 + r())))) cuts.push(c);
          same(b, e, cuts);
        }
      });
    }
  }

  it('offsets past 2^32 (a batch that crosses it, one that starts past it)', () => {
    const b = utf8(smsText(3000, { multiLineEvery: 9 }));
    const w = same(b, 'utf-8', [b.length >> 1], 2 ** 32 - 200_000);
    expect(w.cols.highStarts.length).toBe(1);
    same(utf16(smsText(2000)), 'utf-16le', [5000], 3 * 2 ** 32 + 6);
  });

  it('texts too long for the memo: JS decides each one, one-line and multi-line', () => {
    const long = 'x'.repeat(5000);
    const lines: string[] = [];
    for (let i = 0; i < 60; i++) {
      const text = [`${long} error ${i % 3}`, `${long} fine`, `ok`, `${long} warning`][i % 4];
      const more = i % 5 === 0 ? `${long} hr\r\n= 8024402C\r\n` : '';
      lines.push(`${text}  $$<SMS_X><11-24-2026 10:00:00.000+300><thread=1 (0x1)>\r\n${more}`);
    }
    const w = same(utf8(lines.join('')), 'utf-8', [100_000]);
    expect(w.stats!.jsEntries).toBe(0);
    expect(w.stats!.jsSeverities).toBeGreaterThanOrEqual(30); // every long hinted entry, once per scan
    expect(w.cols.severity.filter((v) => v === 2).length).toBeGreaterThan(12); // "error" and `hr\n= 8024402C`
  });

  it('more rows than one batch holds', () => {
    const b = utf8(smsText(70_000, { seed: 9 }));
    const w = same(b, 'utf-8', [b.length >> 1]);
    expect(w.stats!.wasmRows).toBe(70_000);
  });
});

// ---- fuzzing: entries of every shape the scanner must either read exactly or leave to JS ----

const entryArb = fc.record({
  text: fc.constantFrom(
    'ok', 'Successfully completed scan.', 'Scan failed with error = 0x80244021.', 'WARNING: retry', 'wArN me', 'FATAL crash',
    'fAiLed hard', 'exit code = 0x8024402F', 'Exit Code=0x0', 'No errors found', 'hr=8024402C', 'HR :0x80004005', 'hr\u00a0= 1',
    'x 0X8 y', '0xA', 'error_success', 'a $$< b', 'cost $$5', 'é ünï 中文', '', '   ', 'ends with hr', 'fail', 'fa', 'e',
  ),
  more: pick([[], ['STATMSG: ID=6703 SEV=E LEV=M'], ['', 'two'], ['= 8024402C']], [['junk $$<x><y><thread=1>'], ['$$<a><11-24-2026 10:00:00.000+300><thread=1> \u00e9'], ['é']]),
  gap: pick(['  '], ['', ' ', '\t']),
  comp: pick([...Array.from({ length: 90 }, (_, i) => `SMS_C${i}`), 'SMS_WSUS_SYNC_MANAGER', 'Ünï_cödé', ''], [' lead', 'trail ', 'é', 'a<b', 'a$$<b']),
  date: pick(['11-24-2026', '02-29-2024', '12-31-9999', '1-2-2026', '11/24/2026'], ['02-29-2023', '02-30-2026', '13-01-2026', '00-10-2026', '1x-24-2026', '11-24-0999', '11-24-26', '123-1-2026', '']),
  time: pick(['10:00:00.000', '23:59:59.999', '00:00:00.000', '9:5:7.1', '10:00:00.12'], ['24:00:00.000', '10:60:00.000', '10:00:00', '10:00:00.0000', '10:00:00.1234567', 'ab:00:00.000', '10:00:00.']),
  bias: pick(['+300', '-60', '+0', '-0', '+840', '-8', ''], ['-841', '+30000', '120', '+', '+12345', '+3x0']),
  sep: pick([' '], ['  ', '']),
  thread: pick(['4120 (0x1018)', '1 (0x1)', '', '4294967294 (0xFFFFFFFE)', '4294967295'], ['4294967296', '99999999999999999999', '12a', 'x', ' 1', '12\t(0xC)']),
  tail: pick([''], [' ', '\t ', ' x', ' é', '>']),
  eol: fc.constantFrom('\r\n', '\n'),
});

type Entry = typeof entryArb extends fc.Arbitrary<infer T> ? T : never;

function entryText(e: Entry): string {
  const head = `${e.text}${e.gap}$$<${e.comp}><${e.date}${e.sep}${e.time}${e.bias}><thread=${e.thread}>${e.tail}${e.eol}`;
  return head + e.more.map((m) => m + e.eol).join('');
}

/** A log of fuzzed entries, some bytes then flipped or dropped. */
const logArb = fc.record({
  entries: fc.array(entryArb, { minLength: 1, maxLength: 80, size: 'medium' }),
  lead: fc.constantFrom('', 'cut entry tail\r\n', '\r\n', 'x'),
  mutations: fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }), drop: fc.boolean() }), { maxLength: 4 }),
  cuts: fc.array(fc.nat(), { maxLength: 8 }),
  enc: fc.constantFrom<Enc>('utf-8', 'utf-16le'),
  shift: fc.constantFrom(0, 2 ** 32 - 700, 2 ** 32 + 3),
});

describe('WebAssembly SMS scanner = JS indexer on fuzzed logs', () => {
  it('same columns for any entries, mutations, chunk cuts and base offset', () => {
    const seen = { wasmRows: 0, jsEntries: 0, jsSeverities: 0 };
    fc.assert(
      fc.property(logArb, ({ entries, lead, mutations, cuts, enc: e, shift }) => {
        const b = mutated(bytesOf(lead + entries.map(entryText).join(''), e), mutations);
        const w = same(b, e, cuts.map((c) => c % (b.length + 1)), shift);
        seen.wasmRows += w.stats!.wasmRows;
        seen.jsEntries += w.stats!.jsEntries;
        seen.jsSeverities += w.stats!.jsSeverities;
      }),
      { numRuns: 400 },
    );
    // Both sides of the hand-over were exercised.
    expect(seen.wasmRows).toBeGreaterThan(1000);
    expect(seen.jsEntries).toBeGreaterThan(300);
    expect(seen.jsSeverities).toBeGreaterThan(300);
  });

  it('zone changes, no bias, and more components than fit the JS direct-mapped table, entry after entry', () => {
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const bias = ['+300', '-60', '+0', '+300', '-840', ''][i % 6];
      const word = ['done', 'ERROR here', 'Warning', 'fine', 'exit code = 0x80004005'][i % 5];
      lines.push(`${word} ${i % 13}  $$<SMS_C${i % 300}><11-24-2026 10:00:${String(i % 60).padStart(2, '0')}.000${bias}><thread=${i} (0x${i.toString(16)})>\r\n`);
    }
    const w = same(utf8(lines.join('')), 'utf-8', [50_000, 120_000]);
    expect(w.cols.components.length).toBe(300);
    expect(w.cols.zones.length).toBe(1 + 4); // none (no bias) + four biases
    expect(w.stats!.jsEntries).toBe(0);
  });
});
