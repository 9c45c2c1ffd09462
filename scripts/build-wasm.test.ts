// The committed wasm module is what the AssemblyScript source compiles to: edit wasm/cmtrace-scan.ts, then
// `npm run build:wasm`, or this fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface BuildWasm {
  MODULE: string;
  compileScanner(): Promise<Uint8Array>;
  moduleText(wasm: Uint8Array): string;
}

describe('shared/index/cmtrace-scan-wasm.ts', () => {
  it('matches a fresh build of wasm/cmtrace-scan.ts', async () => {
    const build = (await import('./build-wasm.mjs' as string)) as BuildWasm;
    const wasm = await build.compileScanner();
    expect(wasm.length).toBeGreaterThan(1000);
    expect(readFileSync(join(__dirname, '..', build.MODULE), 'utf8')).toBe(build.moduleText(wasm));
  });
});
