// The WebAssembly CMTrace scanner (wasm/cmtrace-scan.ts) as the indexer uses it: one instance per indexer (its
// tables are that index's component and zone ids), the units written into its memory (or read there directly:
// inputBytes), its batches of rows appended to the EntryIndex in bulk (wasm-scanner.ts). Null where WebAssembly or
// its SIMD is missing, or when CMLENS_NO_WASM=1: the JS indexer then does all the work (the bench and tests compare both).
import { CMTRACE_SCAN_WASM } from './generated/cmtrace-scan-wasm';
import { compiledOnce, instantiate, WasmScanner, type ScannerExports } from './wasm-scanner';

const scannerModule = compiledOnce(CMTRACE_SCAN_WASM);

export class CmtraceWasm extends WasmScanner {
  /** A fresh scanner (its own tables), or null when WebAssembly cannot be used here. */
  static create(): CmtraceWasm | null {
    const x = instantiate<ScannerExports>(scannerModule());
    return x === null ? null : new CmtraceWasm(x, 16);
  }
}
