// The search equivalence tests again with WebAssembly off (CMLENS_NO_WASM=1, as on an engine without SIMD): the
// latin1 + /i regex path must stay right wherever the SIMD finder is unavailable. Each test file runs in its own
// module graph, so the flag is seen before the scanners are compiled.
import { expect, it } from 'vitest';

process.env.CMLENS_NO_WASM = '1';
const { AsciiNoCaseFinder } = await import('./ascii-nocase-finder');
await import('./search.test');

it('runs without the SIMD finder', () => {
  expect(AsciiNoCaseFinder.create('error', 1 << 20)).toBeNull();
});
