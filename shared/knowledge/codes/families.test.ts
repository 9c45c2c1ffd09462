import { describe, expect, it } from 'vitest';
import { GUIDE_NAMED_CODES, OUR_CODE_SECTIONS } from '../code-sections';
import { ERROR_CODES } from '../error-codes';
import { isSectionId } from '../section-ids';
import { familyRows, type CodeFamily } from './code-family';
import { CODE_FAMILIES } from './families';

const rowsOf = (f: CodeFamily) => familyRows(f);
const inRanges = (f: CodeFamily, v: number) => f.ranges.some(([a, b]) => v >= a >>> 0 && v <= b >>> 0);

describe('the code families', () => {
  it('name their source in the file and in the data', () => {
    for (const f of CODE_FAMILIES) expect(f.source, f.id).toMatch(/\S{8,}/);
  });
  it('give every code a meaning and, except ConfigMgr (which publishes none), a symbolic name', () => {
    for (const f of CODE_FAMILIES) {
      for (const r of rowsOf(f)) {
        expect(r.meaning.en.length, r.value.toString(16)).toBeGreaterThan(8);
        expect(r.meaning['zh-CN'].length, r.value.toString(16)).toBeGreaterThan(2);
        if (f.id !== 'configmgr') expect(r.name, `${f.id} ${r.value.toString(16)}`).toMatch(/^[A-Z][A-Z0-9_]+$/);
      }
    }
  });
  it('keep every code inside its family ranges', () => {
    for (const f of CODE_FAMILIES) for (const r of rowsOf(f)) expect(inRanges(f, r.value), `${f.id} ${r.value.toString(16)}`).toBe(true);
  });
  it('define each value once, so no value carries two names', () => {
    const seen = new Map<number, string>();
    for (const f of CODE_FAMILIES) {
      for (const r of rowsOf(f)) {
        expect(seen.get(r.value), `${r.value.toString(16)} in ${f.id}`).toBeUndefined();
        seen.set(r.value, f.id);
      }
    }
    expect(ERROR_CODES.size).toBe(seen.size);
  });
  it('give a Chinese meaning to every code, written or built from the family gist with the English detail', () => {
    const built = CODE_FAMILIES.flatMap(rowsOf).filter((r) => !r.zhWritten);
    expect(built.length).toBeGreaterThan(0);
    for (const r of built) {
      expect(r.meaning['zh-CN'], r.value.toString(16)).toMatch(/[\u4e00-\u9fff]/);
      expect(r.meaning['zh-CN'].endsWith(r.meaning.en), r.value.toString(16)).toBe(true);
    }
  });
  it('write Chinese for the codes the scan pipeline meets: WinHTTP and the certificate codes it relays', () => {
    for (const v of [0x80072ee2, 0x80072efd, 0x80072f8f, 0x800b0101, 0x800b0109, 0x80092013, 0x8024400e, 0x80244007, 0x80070057, 0x800710dd]) {
      const r = CODE_FAMILIES.flatMap(rowsOf).find((x) => x.value === v >>> 0);
      expect(r?.zhWritten, v.toString(16)).toBe(true);
    }
  });
  it('reject a malformed line instead of dropping a code', () => {
    expect(() => familyRows({ id: 't', source: 's', ranges: [], zhGist: [], lines: '8024402C|WU_E_PT_X' })).toThrow(/malformed/);
    expect(() => familyRows({ id: 't', source: 's', ranges: [], zhGist: [], lines: '8024402C|WU_E_PT_X|a | b|中|文' })).toThrow(/malformed/);
  });
});

describe('coverage', () => {
  it('holds at least 800 codes, more than CMTrace Open ships (739)', () => {
    expect(ERROR_CODES.size).toBeGreaterThanOrEqual(800);
  });
  // each family a technician meets has real depth, spread over the ranges it claims
  it.each([
    ['wua', 450],
    ['winhttp', 90],
    ['cert-trust', 150],
    ['win32-hresult', 150],
    ['msi', 50],
    ['com-rpc', 150],
    ['cbs', 100],
    ['configmgr', 250],
    ['dotnet', 40],
    ['transfer', 60],
  ])('%s has at least %i codes and every range it claims is used', (id, min) => {
    const f = CODE_FAMILIES.find((x) => x.id === id)!;
    const rows = rowsOf(f);
    expect(rows.length).toBeGreaterThanOrEqual(min);
    for (const [a, b] of f.ranges) expect(rows.some((r) => r.value >= a >>> 0 && r.value <= b >>> 0), `${id} ${a.toString(16)}`).toBe(true);
  });
  it('covers the Windows Update web-service range 0x80244001-0x8024402F and WinHTTP 0x80072EE1-0x80072F8F densely', () => {
    const known = (a: number, b: number) => { let n = 0; for (let v = a; v <= b; v++) if (ERROR_CODES.has(v)) n++; return n; };
    expect(known(0x80244001, 0x8024402f)).toBeGreaterThanOrEqual(45);
    expect(known(0x80072ee1, 0x80072f8f)).toBeGreaterThanOrEqual(80);
  });
  it('knows every Windows Installer exit code 1601-1650, as written in decimal and as an HRESULT', () => {
    for (let n = 1601; n <= 1650; n++) {
      const e = ERROR_CODES.get((0x80070000 | n) >>> 0);
      expect(e?.name, String(n)).toMatch(/^ERROR_/);
      expect(e?.section, String(n)).toBe('update.install.msi');
    }
  });
  it('gives the CBS codes the CBS section unless mapped otherwise', () => {
    expect(ERROR_CODES.get(0x800f0831)?.section).toBe('update.install.cbs');
    expect(ERROR_CODES.get(0x800f0906)?.section).toBe('update.install.cbs');
    expect(ERROR_CODES.get(0x800f0203)?.section).toBeNull(); // SPAPI: a driver, not CBS
  });
  it('links the other Windows Update Agent codes to the guide\'s error-code reference', () => {
    expect(ERROR_CODES.get(0x8024d009)?.section).toBe('reference.error-codes');
    expect(ERROR_CODES.get(0x80244021)?.section).toBe('scan.wua.proxy');
    expect(ERROR_CODES.get(0x00240005)?.section).toBeNull(); // a success code needs no guide
  });
});

describe('section mappings', () => {
  it('use only the outline\'s section ids and only codes the table knows', () => {
    for (const [v, s] of [...GUIDE_NAMED_CODES, ...OUR_CODE_SECTIONS]) {
      expect(isSectionId(s), s).toBe(true);
      expect(ERROR_CODES.has(v >>> 0), (v >>> 0).toString(16)).toBe(true);
    }
    for (const e of ERROR_CODES.values()) if (e.section !== null) expect(isSectionId(e.section), e.section).toBe(true);
  });
  it('never give a code the outline names another section', () => {
    const named = new Map(GUIDE_NAMED_CODES.map(([v, s]) => [v >>> 0, s]));
    for (const [v, s] of OUR_CODE_SECTIONS) if (named.has(v >>> 0)) expect(s).toBe(named.get(v >>> 0));
  });
});

describe('the codes real client failures carry', () => {
  it.each([
    [0x800b0101, 'CERT_E_EXPIRED', 'scan.wua.certificate'],
    [0x800710dd, 'ERROR_INVALID_OPERATION', null],
    [0x8013150a, 'COR_E_SECURITY', null],
    [0x8024400e, 'WU_E_PT_SOAP_SERVER', 'scan.wua.http'],
    [0x80244007, 'WU_E_PT_SOAPCLIENT_SOAPFAULT', 'scan.wua.http'],
    // healthy agents log it on every run (AuthTicketHelper::AddTickets): the handler's own words place it, not the code
    [0x80070057, 'E_INVALIDARG', null],
  ])('%s is %s', (v, name, section) => {
    const e = ERROR_CODES.get(v >>> 0)!;
    expect(e.name).toBe(name);
    expect(e.section).toBe(section);
    expect(e.meaning['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
  });
});
