import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes, detectEncoding, looksBinary } from './encoding';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(__dirname, 'fixtures', name)));
const FIRST = '<![LOG[Successfully completed scan. Übersicht café]LOG]!>';

describe('detectEncoding + decodeBytes', () => {
  it.each([
    ['cmtrace-utf8.log', 'utf-8'],
    ['cmtrace-utf8-bom.log', 'utf-8-bom'],
    ['cmtrace-utf16le-bom.log', 'utf-16le'],
    ['cmtrace-utf16be-bom.log', 'utf-16be'],
  ] as const)('%s is %s and decodes to the same text, BOM stripped', (file, enc) => {
    const bytes = fixture(file);
    expect(detectEncoding(bytes)).toBe(enc);
    const text = decodeBytes(bytes, enc);
    expect(text.startsWith(FIRST)).toBe(true);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it.each([
    ['windowsupdate10-utf16le-nobom.log', 'utf-16le'],
    ['windowsupdate10-utf16be-nobom.log', 'utf-16be'],
  ] as const)('%s (no BOM) is told by its NUL pattern', (file, enc) => {
    const bytes = fixture(file);
    expect(detectEncoding(bytes)).toBe(enc);
    expect(decodeBytes(bytes, enc).startsWith('2024/03/01 10:00:00.1234567 1234  5678  ComApi')).toBe(true);
  });

  it('replaces invalid bytes with U+FFFD and never throws', () => {
    const bytes = fixture('cbs-invalid-bytes.log');
    expect(detectEncoding(bytes)).toBe('utf-8');
    expect(decodeBytes(bytes, 'utf-8')).toContain('Caf\uFFFD \uFFFD text');
    // An odd byte count in UTF-16 as well.
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]), 'utf-16le')).toBe('A\uFFFD');
  });

  it('calls tiny and empty inputs utf-8', () => {
    expect(detectEncoding(new Uint8Array())).toBe('utf-8');
    expect(detectEncoding(new Uint8Array([0x41]))).toBe('utf-8');
  });
});

describe('looksBinary', () => {
  it('refuses an executable header and accepts every text fixture', () => {
    expect(looksBinary(fixture('binary.bin'))).toBe(true);
    for (const f of ['cmtrace-utf8.log', 'cmtrace-utf16le-bom.log', 'cmtrace-utf16be-bom.log', 'windowsupdate10-utf16le-nobom.log', 'cbs-invalid-bytes.log']) {
      expect(looksBinary(fixture(f)), f).toBe(false);
    }
  });
  it('treats empty input as text', () => {
    expect(looksBinary(new Uint8Array())).toBe(false);
  });
});
