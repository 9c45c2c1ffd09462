// The committed wasm modules are what the AssemblyScript sources compile to: edit wasm/*-scan.ts, then
// `npm run build:wasm`, or this fails.
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
}

const build = (await import('./build-wasm.mjs' as string)) as BuildWasm;

describe('generated wasm modules', () => {
  it('builds the CMTrace and the SMS scanner and the case-insensitive ASCII search', () => {
    expect(build.SCANNERS.map((s) => s.source)).toEqual(['wasm/cmtrace-scan.ts', 'wasm/sms-scan.ts', 'wasm/find-ascii-nocase.ts']);
  });
  for (const s of build.SCANNERS) {
    it(`${s.module} matches a fresh build of ${s.source}`, async () => {
      const wasm = await build.compileScanner(s);
      expect(wasm.length).toBeGreaterThan(400); // the finder is the smallest (~600 bytes)
      expect(readFileSync(join(__dirname, '..', s.module), 'utf8')).toBe(build.moduleText(wasm, s));
    });
  }
});
