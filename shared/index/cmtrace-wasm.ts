// The WebAssembly CMTrace scanner (wasm/cmtrace-scan.ts) as the indexer uses it: one instance per indexer (its
// tables are that index's component and zone ids), the units written into its memory (or read there directly:
// inputBytes), its batches of rows appended to the EntryIndex in bulk (wasm-scanner.ts). Null where WebAssembly or
// its SIMD is missing, or when CMLENS_NO_WASM=1: the JS indexer then does all the work (the bench and tests compare both).
import { CMTRACE_SCAN_WASM } from './cmtrace-scan-wasm';
import { compiledOnce, instantiate, WasmScanner, type ScannerExports, type WasmGlobal } from './wasm-scanner';

/** Why a scan returned (wasm/cmtrace-scan.ts). */
export const SCAN_DONE = 0;
export const SCAN_FULL = 1;
export const SCAN_JS_ENTRY = 2;
export const SCAN_NEED_COMPONENT = 3;
export const SCAN_NEED_ZONE = 4;

interface ScanExports extends ScannerExports {
  scan8(len: number, p: number, baseLo: number, line: number): number;
  scan16(len: number, p: number, baseLo: number, line: number): number;
  addComponent(unitSize: number, s: number, e: number, id: number, scripted: number): number;
  setZone(bias: number, scripted: number, id: number): void;
  needScripted: WasmGlobal;
}

const scannerModule = compiledOnce(CMTRACE_SCAN_WASM);

/** Counters for the benchmark and tests: how much went through WebAssembly and how often JS stepped in. */
export interface ScanStats {
  wasmRows: number;
  /** Entries (or irregular stretches) the JS indexer read because the scanner stopped at them. */
  jsEntries: number;
  components: number;
  zones: number;
}

export class CmtraceWasm extends WasmScanner<ScanExports> {
  readonly stats: ScanStats = { wasmRows: 0, jsEntries: 0, components: 0, zones: 0 };

  private constructor(x: ScanExports) {
    super(x, 16);
  }

  /** A fresh scanner (its own tables), or null when WebAssembly cannot be used here. */
  static create(): CmtraceWasm | null {
    const x = instantiate<ScanExports>(scannerModule());
    return x === null ? null : new CmtraceWasm(x);
  }

  /** Scan the loaded units from p; rows are numbered from `line`, offsets are base + unit * unitSize. */
  scan(unitSize: number, len: number, p: number, base: number, line: number): number {
    const lo = base % 0x1_0000_0000 | 0;
    return unitSize === 1 ? this.x.scan8(len, p, lo, line) : this.x.scan16(len, p, lo, line);
  }

  get needScripted(): boolean {
    return this.x.needScripted.value !== 0;
  }

  /** Teach the scanner component units [s, e) of the loaded input; false when its tables are full. */
  addComponent(unitSize: number, s: number, e: number, id: number, scripted: boolean): boolean {
    this.stats.components++;
    return this.x.addComponent(unitSize, s, e, id, scripted ? 1 : 0) !== 0;
  }

  setZone(bias: number, scripted: boolean, id: number): void {
    this.stats.zones++;
    this.x.setZone(bias, scripted ? 1 : 0, id);
  }
}
