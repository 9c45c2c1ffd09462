// Fuzzing parseBytes and the detector with what customers' machines really produce when things go wrong:
// random and binary bytes, truncated and unbalanced entries, giant lines, NULs, mixed encodings.
// The promises: no exception escapes, every physical line belongs to exactly one entry (or the input is
// reported as a problem), and memory stays bounded relative to the input.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FORMAT_NAMES, type FormatName } from '../model/log-entry';
import { detectFormat } from './registry';
import { detectBytes, MAX_LINE_CHARS, parseBytes, type ParseResult } from './parse';
import { formatByName } from './registry';
import { problemText } from '../api/messages';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** Every physical line in exactly one entry, in order, without gaps; or nothing parsed and a problem said. */
function expectAccounted(r: ParseResult): void {
  if (r.entries.length === 0) {
    expect(r.lineCount === 0 || r.problems.length > 0).toBe(true);
    if (r.lineCount > 0) return;
  }
  let next = 1;
  for (const e of r.entries) {
    expect(e.line).toBe(next);
    expect(e.lineCount).toBeGreaterThanOrEqual(1);
    next += e.lineCount;
  }
  expect(next - 1).toBe(r.lineCount);
  expect(r.entries.reduce((n, e) => n + e.lineCount, 0)).toBe(r.lineCount);
}

function parseChecked(bytes: Uint8Array, name: string): ParseResult {
  let r: ParseResult | undefined;
  expect(() => (r = parseBytes(bytes, name))).not.toThrow();
  expectAccounted(r!);
  return r!;
}

/** A head that makes the detector pick this format, so the fuzzed tail goes through its parser. */
const headOf = (f: FormatName): string => formatByName(f).samples[0].lines.join('\r\n') + '\r\n';
const nameOf: Record<FormatName, string> = {
  cmtrace: 'WUAHandler.log',
  sms: 'wsyncmgr.log',
  'windowsupdate-legacy': 'WindowsUpdate.log',
  'windowsupdate-10': 'WindowsUpdate.log',
  softwaredistribution: 'SoftwareDistribution.log',
  cbs: 'CBS.log',
  msi: 'MSI1a2b3.LOG',
  'iis-w3c': 'u_ex261124.log',
  plain: 'notes.txt',
};

// Pieces that matter to some parser: markers, separators, time-like text, control and odd characters.
const piece = fc.constantFrom(
  '<![LOG[', ']LOG]!>', '<time="10:21:03.123+300" date="11-24-2026" component="X" type="3" thread="1" file="">', '\n', '\r\n', '\r', '\t',
  '$$<', '><', 'thread=', '2026-11-24 10:21:03.123', '2026/11/24 10:21:03:123', '11/24/2026 10:21:03', 'MSI (s) (1C:2C) [10:21:03:123]: ', '#Fields: date time s-ip', '#Software: Microsoft Internet Information Services',
  'Info                  CBS    ', 'error 0x80244021', '"', '\u0000', '\uFFFD', '\uD800', 'é', '中文', ' ', '=', ':', '-', '0', 'x'.repeat(300),
);
const fuzzText = fc.array(fc.oneof(piece, fc.string({ maxLength: 20 })), { maxLength: 60 }).map((p) => p.join(''));

describe('parseBytes under fuzz: every format', () => {
  for (const f of FORMAT_NAMES) {
    it(`${f}: random text after a ${f} head keeps every line, never throws`, () => {
      fc.assert(
        fc.property(fuzzText, fc.boolean(), (tail, named) => {
          const r = parseChecked(utf8(headOf(f) + tail), named ? nameOf[f] : 'x.log');
          expect(FORMAT_NAMES).toContain(r.format);
        }),
        { numRuns: 120 },
      );
    });

    it(`${f}: a log cut at any byte (truncated entry, half a UTF-8 character) still parses`, () => {
      const full = utf8(formatByName(f).samples.flatMap((s) => s.lines).join('\r\n') + '\r\n');
      fc.assert(
        fc.property(fc.nat(full.length), fc.nat(full.length), (cut, from) => {
          parseChecked(full.subarray(0, cut), nameOf[f]);
          parseChecked(full.subarray(Math.min(from, cut), Math.max(from, cut)), nameOf[f]);
        }),
        { numRuns: 150 },
      );
    });

    it(`${f}: random bytes after a ${f} head`, () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 2000 }), (tail) => {
          parseChecked(concat(utf8(headOf(f)), tail), nameOf[f]);
        }),
        { numRuns: 80 },
      );
    });

    it(`${f}: a 10 MiB line without a newline is cut, kept and reported`, () => {
      const big = new Uint8Array(10 * 1024 * 1024).fill(0x61);
      const r = parseChecked(concat(utf8(headOf(f)), big), nameOf[f]);
      const last = r.entries[r.entries.length - 1];
      expect(last.line + last.lineCount - 1).toBe(r.lineCount);
      expect(r.problems.map(problemText).join('\n')).toMatch(/characters long, cut to/);
      for (const e of r.entries) expect(e.text.length).toBeLessThanOrEqual(MAX_LINE_CHARS * 2);
    });
  }
});

describe('parseBytes under fuzz: hostile shapes', () => {
  it('unbalanced <![LOG[ and ]LOG]!> in any order and count', () => {
    const marker = fc.constantFrom('<![LOG[', ']LOG]!>', '<![LOG[text', 'text]LOG]!><time="1:2:3.4+0" date="1-1-2026">', '\n', 'plain', '   <![LOG[');
    fc.assert(
      fc.property(fc.array(marker, { maxLength: 80 }), (parts) => {
        const r = parseChecked(utf8('<![LOG[a]LOG]!><time="10:00:00.000+000" date="01-01-2026" component="c" type="1" thread="1" file="">\n' + parts.join('')), 'smsts.log');
        expect(r.format).toBe('cmtrace');
      }),
      { numRuns: 300 },
    );
  });

  it('pure random bytes: parsed or reported as binary, never thrown', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.constantFrom(...Object.values(nameOf)), (bytes, name) => {
        parseChecked(bytes, name);
        expect(() => detectBytes(bytes, name)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('NUL-filled files (a crash left zeros in the file) are reported, not parsed as text', () => {
    for (const n of [1, 2, 3, 4096, 1 << 20]) {
      const r = parseChecked(new Uint8Array(n), 'ccmexec.log');
      expect(r.entries).toEqual([]);
      expect(r.problems.map(problemText).join()).toMatch(/binary/);
      expect(detectBytes(new Uint8Array(n), 'ccmexec.log').binary).toBe(true);
    }
  });

  it('a log whose tail was zeroed by a power loss keeps its real lines', () => {
    // 100 KiB of log, then a 4 KiB cluster of zeros (NTFS after a hard power-off).
    const good = utf8(headOf('cmtrace').repeat(130));
    const r = parseChecked(concat(good, new Uint8Array(4096)), 'ccmexec.log');
    expect(r.entries.filter((e) => e.component === 'WUAHandler')).toHaveLength(3 * 130);
  });

  it('mixed encodings: BOMs that lie, UTF-16 of odd length, UTF-8 inside UTF-16 and back', () => {
    const u16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
    const u16be = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le').swap16());
    const text = headOf('cmtrace');
    const cases: [string, Uint8Array][] = [
      ['utf-16le BOM then utf-8', concat(new Uint8Array([0xff, 0xfe]), utf8(text))],
      ['utf-8 BOM then utf-16le', concat(new Uint8Array([0xef, 0xbb, 0xbf]), u16le(text))],
      ['utf-16be BOM then utf-16le', concat(new Uint8Array([0xfe, 0xff]), u16le(text))],
      ['utf-16le, odd length', concat(new Uint8Array([0xff, 0xfe]), u16le(text), new Uint8Array([0x41]))],
      ['utf-16le appended to utf-8', concat(utf8(text), u16le(text))],
      ['utf-8 appended to utf-16le', concat(new Uint8Array([0xff, 0xfe]), u16le(text), utf8(text))],
      ['utf-16be without BOM', u16be(text)],
      ['a BOM alone', new Uint8Array([0xff, 0xfe])],
      ['lone surrogates in utf-16', concat(new Uint8Array([0xff, 0xfe]), new Uint8Array([0x00, 0xd8, 0x41, 0x00, 0x0a, 0x00]))],
      ['overlong and invalid utf-8', concat(utf8(text), new Uint8Array([0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xf8, 0x88, 0x80, 0x80, 0x80, 0x0a]))],
      ['windows-1252 bytes', concat(utf8(text), new Uint8Array([0x93, 0x71, 0x94, 0x20, 0xe9, 0x0a]))],
    ];
    for (const [, bytes] of cases) parseChecked(bytes, 'WUAHandler.log');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...cases.map((c) => c[1])), { minLength: 1, maxLength: 4 }), (parts) => {
        parseChecked(concat(...parts), 'WUAHandler.log');
      }),
      { numRuns: 100 },
    );
  });
});

describe('detectFormat under fuzz', () => {
  it('always names a known format, whatever the head and the name', () => {
    fc.assert(
      fc.property(fc.array(fuzzText, { maxLength: 70 }), fc.string({ maxLength: 40 }), (head, name) => {
        expect(FORMAT_NAMES).toContain(detectFormat(head, name));
      }),
      { numRuns: 300 },
    );
  });

  it('copes with head lines of 10 MiB', () => {
    expect(FORMAT_NAMES).toContain(detectFormat(['<![LOG[' + 'x'.repeat(10 << 20)], 'a.log'));
  });
});

describe('memory stays bounded on a 200 MiB line without a newline', () => {
  it('peak memory is a small multiple of the input, and nothing of the line is retained', () => {
    const size = 200 * 1024 * 1024;
    const big = new Uint8Array(size).fill(0x42);
    global.gc?.();
    const peakBefore = process.resourceUsage().maxRSS * 1024;
    const rssBefore = process.memoryUsage().rss;
    const r = parseChecked(big, 'huge.log');
    const peakGrowth = process.resourceUsage().maxRSS * 1024 - Math.max(peakBefore, rssBefore);
    expect(r.lineCount).toBe(1);
    expect(r.entries).toHaveLength(1);
    expect(r.entries[0].text.length).toBe(MAX_LINE_CHARS);
    // The input plus one decoded copy (one byte per char for Latin-1 text) is the budget; 4x leaves room.
    expect(peakGrowth).toBeLessThan(4 * size);
    // What the result keeps is the cut line, not the 200 MiB one: a sliced V8 string would pin the parent.
    const kept = r.entries.reduce((n, e) => n + e.text.length, 0);
    expect(kept).toBeLessThanOrEqual(MAX_LINE_CHARS);
  });
});
