import { describe, expect, it } from 'vitest';
import { ERROR_CODES, GUIDE_NAMED_CODES, RELATED_CODE_SECTIONS } from '../error-codes';
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
  it('give a Chinese meaning to every code, written or built from the family gist', () => {
    const built = CODE_FAMILIES.flatMap(rowsOf).filter((r) => !r.zhWritten);
    for (const r of built) expect(r.meaning['zh-CN'], r.value.toString(16)).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('section mappings', () => {
  it('use only the outline\'s section ids and only codes the table knows', () => {
    for (const [v, s] of [...GUIDE_NAMED_CODES, ...RELATED_CODE_SECTIONS]) {
      expect(isSectionId(s), s).toBe(true);
      expect(ERROR_CODES.has(v >>> 0), (v >>> 0).toString(16)).toBe(true);
    }
  });
  it('never give a code the outline names another section', () => {
    const named = new Map(GUIDE_NAMED_CODES.map(([v, s]) => [v >>> 0, s]));
    for (const [v, s] of RELATED_CODE_SECTIONS) if (named.has(v >>> 0)) expect(s).toBe(named.get(v >>> 0));
  });
});

describe('the codes real client failures carry', () => {
  it.each([
    [0x800b0101, 'CERT_E_EXPIRED', 'scan.wua.certificate'],
    [0x800710dd, 'ERROR_INVALID_OPERATION', null],
    [0x8013150a, 'COR_E_SECURITY', null],
    [0x8024400e, 'WU_E_PT_SOAP_SERVER', 'scan.wua.http'],
    [0x80244007, 'WU_E_PT_SOAPCLIENT_SOAPFAULT', 'scan.wua.http'],
    [0x80070057, 'E_INVALIDARG', 'scan.request.wua-repair'],
  ])('%s is %s', (v, name, section) => {
    const e = ERROR_CODES.get(v >>> 0)!;
    expect(e.name).toBe(name);
    expect(e.section).toBe(section);
    expect(e.meaning['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
  });
});
