// The WebAssembly SMS server-log scanner (wasm/sms-scan.ts) as SmsIndexer uses it: one instance per indexer (its
// tables are that index's component and zone ids and its severity memo), the units written into its memory (or
// read there directly: inputBytes), its batches of rows appended to the EntryIndex in bulk (wasm-scanner.ts). Null
// where WebAssembly or its SIMD is missing, or when CMLENS_NO_WASM=1: the JS indexer then does all the work.
import { SMS_SCAN_WASM } from './generated/sms-scan-wasm';
import { compiledOnce, instantiate, WasmScanner, type ScannerExports, type WasmGlobal } from './wasm-scanner';

interface ScanExports extends ScannerExports {
  addSeverity(unitSize: number, s: number, textEnd: number, headEnd: number, end: number, sev: number): void;
  deferred: WasmGlobal;
  OUT_DEFER: WasmGlobal;
}

const scannerModule = compiledOnce(SMS_SCAN_WASM);

export class SmsWasm extends WasmScanner<ScanExports> {
  private defer = new Int32Array(0);

  private constructor(x: ScanExports) {
    super(x, 64);
  }

  /** A fresh scanner (its own tables), or null when WebAssembly cannot be used here. */
  static create(): SmsWasm | null {
    const x = instantiate<ScanExports>(scannerModule());
    return x === null ? null : new SmsWasm(x);
  }

  /**
   * The rows of the last scan whose severity JS decides, in row order, five numbers each: the row, then its entry's
   * units as SmsIndexer's severity() takes them (start, text end, head line end, entry end).
   */
  deferred(): Int32Array {
    const n = this.x.deferred.value >>> 0;
    this.views();
    this.stats.jsSeverities += n;
    return this.defer.slice(0, n * 5);
  }

  /** Set the severity of the deferred row at d[o] of the last scan and teach the memo its entry's text. */
  setSeverity(unitSize: number, d: Int32Array, o: number, sev: number): void {
    this.cols.severity[d[o]] = sev;
    this.x.addSeverity(unitSize, d[o + 1], d[o + 2], d[o + 3], d[o + 4], sev);
  }

  protected override moreViews(buf: ArrayBuffer, n: number): void {
    this.defer = new Int32Array(buf, this.x.OUT_DEFER.value, n * 5);
  }
}
