import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDE_SECTIONS, guideSection } from './guide-sections';
import { SECTION_IDS } from './section-ids';

const OUTLINE = resolve(__dirname, '../../../shared/guide/outline.md');

describe('guide sections', () => {
  it.runIf(existsSync(OUTLINE))('has exactly the ids of outline.md, in its order', () => {
    const text = readFileSync(OUTLINE, 'utf8');
    const table = text.split('## Section ids')[1].split('\n## ')[0];
    const ids = [...table.matchAll(/^\| `([a-z0-9.-]+)` \|/gm)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(20);
    expect(GUIDE_SECTIONS.map((g) => g.id)).toEqual(ids);
    expect([...SECTION_IDS]).toEqual(ids);
  });
  if (!existsSync(OUTLINE)) console.warn('*** ../shared/guide/outline.md not found: id check against the outline SKIPPED ***');

  it('every section has a title and body in both languages, and a known parent', () => {
    for (const g of GUIDE_SECTIONS) {
      for (const lang of ['en', 'zh-CN'] as const) {
        expect(g.title[lang].length, `${g.id} ${lang}`).toBeGreaterThan(1);
        expect(g.body[lang].length, `${g.id} ${lang}`).toBeGreaterThan(80);
      }
      expect(/[\u4e00-\u9fff]/.test(g.body['zh-CN'])).toBe(true);
      if (g.parent) expect(GUIDE_SECTIONS.findIndex((p) => p.id === g.parent)).toBeLessThan(GUIDE_SECTIONS.indexOf(g));
    }
  });

  it('keeps the facts the guide names (KB numbers, commands, registry keys)', () => {
    const en = (id: string) => guideSection(id, 'en')!.body;
    expect(en('scan.request.wua-repair')).toMatch(/KB2714434[\s\S]*KB949104[\s\S]*SoftwareDistribution\.old/);
    expect(en('scan.request.wua-memory')).toMatch(/KB3050265/);
    expect(en('scan.wua.proxy')).toMatch(/netsh winhttp show proxy[\s\S]*netsh winhttp import proxy source=ie/);
    expect(en('scan.location.registry')).toMatch(/WUServer[\s\S]*WUStatusServer[\s\S]*UseWUServer/);
    expect(en('scan.wua.http')).toMatch(/wuident\.cab[\s\S]*wusserverversion\.xml[\s\S]*SimpleAuth\.asmx/);
    expect(en('update.install.msi')).toMatch(/KB223300[\s\S]*Return value 3/);
    expect(en('update.install.cbs')).toMatch(/KB947821/);
    expect(en('sync.start')).toMatch(/EventId=382[\s\S]*EventId=381/);
    expect(guideSection('scan.wua.proxy', 'zh-CN')!.body).toMatch(/0x8024402C/);
    expect(guideSection('nope', 'en')).toBeNull();
  });
});
