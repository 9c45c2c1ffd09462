// The committed wasm modules are what the AssemblyScript sources compile to, and the generated shape files what the
// format modules say: edit wasm/*-scan.ts or shared/formats/*/shape.ts, then `npm run build:wasm`, or this fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Scanner {
  source: string;
  module: string;
}
interface BuildWasm {
  SCANNERS: Scanner[];
  compileScanner(s: Scanner): Promise<Uint8Array>;
  moduleText(wasm: Uint8Array, s: Scanner): string;
  shapeFiles(): Promise<{ path: string; text: string }[]>;
}

const build = (await import('./build-wasm.mjs' as string)) as BuildWasm;

describe('generated wasm modules', () => {
  it('builds the CMTrace and the SMS scanner and the case-insensitive ASCII search', () => {
    expect(build.SCANNERS.map((s) => s.source)).toEqual(['wasm/cmtrace-scan.ts', 'wasm/sms-scan.ts', 'wasm/find-ascii-nocase.ts']);
  });
  it('generates the scanners\' shape files from the format modules (shared/formats/*/shape.ts)', async () => {
    const files = await build.shapeFiles();
    expect(files.map((f) => f.path)).toEqual(['wasm/generated/cmtrace-shape.ts', 'wasm/generated/sms-shape.ts']);
    for (const f of files) expect(readFileSync(join(__dirname, '..', f.path), 'utf8'), f.path).toBe(f.text);
    // The markup the scanners compare is the format's: `]LOG]!><time="` as bytes, `<thread=` as UTF-16 units.
    expect(files[0].text).toContain('eqBytes(a, 0x3c3e215d474f4c5d, 0x0000223d656d6974, 0x0000000000000000, 0x0000000000000000, 14)');
    expect(files[1].text).toContain('eqBytes(a, 0x007200680074003c, 0x003d006400610065, 0x0000000000000000, 0x0000000000000000, 16)');
  });
  for (const s of build.SCANNERS) {
    it(`${s.module} matches a fresh build of ${s.source}`, async () => {
      const wasm = await build.compileScanner(s);
      expect(wasm.length).toBeGreaterThan(400); // the finder is the smallest (~600 bytes)
      expect(readFileSync(join(__dirname, '..', s.module), 'utf8')).toBe(build.moduleText(wasm, s));
    });
  }
});
