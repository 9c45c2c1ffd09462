import { describe, expect, it } from 'vitest';
import { detectBytes, MAX_LINE_CHARS, parseBytes, parseText } from './parse';
import { problemText } from '../api/messages';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('parseBytes', () => {
  it('survives a 200 MiB line: the line is kept (cut) and reported', () => {
    const big = new Uint8Array(200 * 1024 * 1024 + 2).fill(0x41);
    big[big.length - 2] = 0x0d;
    big[big.length - 1] = 0x0a;
    const r = parseBytes(big, 'huge.log');
    expect(r.lineCount).toBe(1);
    expect(r.entries).toHaveLength(1);
    expect(r.entries[0].text.length).toBe(MAX_LINE_CHARS);
    expect(r.problems.map(problemText).join()).toMatch(/line 1: 209715200 characters long, cut/);
  });

  it('refuses random binary without throwing', () => {
    let x = 12345;
    const bytes = new Uint8Array(100_000).map(() => ((x = (x * 1103515245 + 12345) >>> 0) >>> 24));
    const r = parseBytes(bytes, 'random.bin');
    expect(r.entries).toEqual([]);
    expect(r.problems.length).toBeGreaterThan(0);
  });

  it('reads an empty file as no lines', () => {
    const r = parseBytes(new Uint8Array(), 'empty.log');
    expect(r).toMatchObject({ format: 'plain', encoding: 'utf-8', entries: [], lineCount: 0, problems: [] });
  });

  it('uses the file name only to break near-ties: a CMTrace log named CBS.log is still cmtrace', () => {
    const line = '<![LOG[x]LOG]!><time="10:00:00.000+000" date="01-01-2026" component="c" context="" type="1" thread="1" file="">\r\n';
    expect(parseBytes(enc(line), 'Logs.zip!/CBS.log').format).toBe('cmtrace');
  });
});

describe('parseText', () => {
  it('parses text in the named format', () => {
    const e = parseText('2020-02-03 23:50:28, Info                  CBS    hello\r\n  more\r\n', 'cbs');
    expect(e).toHaveLength(1);
    expect(e[0]).toMatchObject({ lineCount: 2, component: 'CBS', text: 'hello\n  more' });
  });
});

describe('detectBytes', () => {
  it('tells format and encoding from the head, and binary apart', () => {
    const wu = '2024/03/01 10:00:00.1234567 1234  5678  ComApi          hello\r\n';
    const le = new Uint8Array([0xff, 0xfe, ...Array.from(wu).flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(detectBytes(le, 'WindowsUpdate.log')).toEqual({ format: 'windowsupdate-10', encoding: 'utf-16le', binary: false });
    expect(detectBytes(new Uint8Array(64).fill(1), 'x.bin').binary).toBe(true);
  });
});
