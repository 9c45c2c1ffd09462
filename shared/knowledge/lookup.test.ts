import { describe, expect, it } from 'vitest';
import { GUIDE_NAMED_CODES } from './code-sections';
import { ERROR_CODES } from './error-codes';
import { findErrorCodes, lookupErrorCode, parseErrorCode } from './lookup';

describe('parseErrorCode', () => {
  it.each([
    ['0x80244021', 0x80244021],
    ['80244021', 0x80244021],
    ['8024402c', 0x8024402c],
    ['-2145107935', 0x80244021],
    ['2147942405', 0x80070005],
    ['hr=8024402C', 0x8024402c],
    ['hr = 0x80072EE2', 0x80072ee2],
    ['Error = 0x87d00692.', 0x87d00692],
    ['[80072EE7]', 0x80072ee7],
    ['5', 0x80070005],
  ])('%s', (s, v) => expect(parseErrorCode(s)).toBe(v >>> 0));
  it('rejects what is not a code', () => {
    for (const s of ['', 'hello', '0xZZ', '99999999999', '-99999999999']) expect(parseErrorCode(s)).toBeNull();
  });
});

describe('lookupErrorCode', () => {
  it('knows the WUA codes by symbolic name and the guide sections', () => {
    const e = lookupErrorCode('0x80244021')!;
    expect(e.name).toBe('WU_E_PT_HTTP_STATUS_BAD_GATEWAY');
    expect(e.section).toBe('scan.wua.proxy');
    expect(e.namedByGuide).toBe(true);
    expect(e.meaning.en).toMatch(/502/);
    expect(e.meaning['zh-CN']).toMatch(/502/);
    expect(lookupErrorCode('-2145107924')!.name).toBe('WU_E_PT_WINHTTP_NAME_NOT_RESOLVED');
    expect(lookupErrorCode('80072EE2')!.name).toBe('ERROR_WINHTTP_TIMEOUT');
    expect(lookupErrorCode('0x80072F0C')!.section).toBe('scan.wua.certificate');
    expect(lookupErrorCode('0x800f081f')!.name).toBe('CBS_E_SOURCE_MISSING');
    expect(lookupErrorCode('2147942405')!.name).toBe('E_ACCESSDENIED');
  });
  it('reads the codes of the new families in every form people write them', () => {
    for (const form of ['0x800B0101', '800b0101', '-2146762495', '2148204801', 'hr=0x800B0101']) expect(lookupErrorCode(form)?.name, form).toBe('CERT_E_EXPIRED');
    expect(lookupErrorCode('1603')!.name).toBe('ERROR_INSTALL_FAILURE');
    expect(lookupErrorCode('3010')!.name).toBe('ERROR_SUCCESS_REBOOT_REQUIRED');
    expect(lookupErrorCode('0x87D00324')!.name).toBeNull();
    expect(lookupErrorCode('0x87D00324')!.meaning.en).toMatch(/not detected/);
    expect(lookupErrorCode('0x8013150A')!.meaning['zh-CN']).toMatch(/安全/);
  });
  it('every code the outline names is in the table with its section', () => {
    for (const [v, section] of GUIDE_NAMED_CODES) {
      expect(ERROR_CODES.get(v >>> 0)?.section).toBe(section);
    }
  });
  it('describes unknown codes of a known facility generically', () => {
    const w = lookupErrorCode('0x800703E6')!;
    expect(w.known).toBe(false);
    expect(w.meaning.en).toBe('Win32 error 998 as HRESULT.');
    expect(lookupErrorCode('0x8024ABCD')!.section).toBe('reference.error-codes');
    expect(lookupErrorCode('0x87D00999')!.meaning.en).toMatch(/Configuration Manager/);
    expect(lookupErrorCode('0x87D1FFFE')!.meaning.en).toMatch(/Configuration Manager/);
    expect(lookupErrorCode('0x800B01FF')!.meaning['zh-CN']).toMatch(/证书/);
    expect(lookupErrorCode('0x8013FFFF')!.meaning.en).toMatch(/\.NET/);
    expect(lookupErrorCode('nonsense')).toBeNull();
  });
  it('has the whole WUA PT family with names', () => {
    for (let v = 0x80244001; v <= 0x80244035; v++) {
      if (v === 0x80244014) continue; // not defined in wuerror.h
      expect(ERROR_CODES.get(v)?.name, v.toString(16)).toMatch(/^WU_E_PT_/);
    }
  });
});

describe('findErrorCodes', () => {
  const codes = (t: string) => findErrorCodes(t).map((h) => h.code);
  it('finds codes as the logs write them', () => {
    expect(codes('OnSearchComplete - Failed to end search job. Error = 0x80244021.')).toEqual(['0x80244021']);
    expect(codes('WARNING: Send failed with hr = 80072efd.')).toEqual(['0x80072EFD']);
    expect(codes('*FAILED* [80072EE7] Send request')).toEqual(['0x80072EE7']);
    expect(codes('Failed (Error: 80070057; Source: Windows)')).toEqual(['0x80070057']);
    expect(codes('[HRESULT = 0x800f081f - CBS_E_SOURCE_MISSING]')).toEqual(['0x800F081F']);
    // the certificate and .NET facilities written bare, as WindowsUpdate.log and WSUS logs do
    expect(codes('*FAILED* [800B0101] Web service call')).toEqual(['0x800B0101']);
    expect(codes('hr = 8013150a')).toEqual(['0x8013150A']);
  });
  it('gives offsets of the code as written', () => {
    const t = 'Scan failed with error = 0x80244021.';
    const [h] = findErrorCodes(t);
    expect(t.slice(h.start, h.end)).toBe('0x80244021');
  });
  it('ignores success codes, dates, GUID parts and ids', () => {
    expect(codes('Exit code = 0x00000000, Result code = 0x240001')).toEqual([]);
    expect(codes('2024-04-11 12:48:04.6269606 9248  4780 Agent 20240411')).toEqual([]);
    expect(codes('update {80070005-0EAA-4BE0-B81B-DBD7053D5FAE}.104')).toEqual([]);
    expect(codes('ProductID = 0fa1201d-4330-4fa8-8ae9b877473b6441')).toEqual([]);
  });
});
