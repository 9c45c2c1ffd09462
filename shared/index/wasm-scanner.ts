// What the two WebAssembly scanners (wasm/cmtrace-scan.ts, wasm/sms-scan.ts) share on the JS side: their module
// compiled once per thread from the committed base64 bytes, a fresh instance per indexer, the input area JS writes
// units into, the scan call, the results and questions it leaves (wasm/scan-common.ts), the component and zone ids
// JS teaches it, and the row columns appended to the EntryIndex in bulk.
import { makeColumns, type EntryIndex } from './entry-index';
import type { Units } from './units';

// shared/ is checked without DOM or Node types: the few WebAssembly members used here, declared locally.
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
export interface WasmGlobal {
  readonly value: number;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}

/** Why a scan returned (wasm/scan-common.ts). */
export const SCAN_DONE = 0;
export const SCAN_FULL = 1;
export const SCAN_NEED_COMPONENT = 3;
export const SCAN_NEED_ZONE = 4;

/** Where each row column of a batch lies in a scanner's memory (wasm/scan-common.ts). */
const OUT_COLUMN = { offLo: 'OUT_OFFLO', wall: 'OUT_WALL', severity: 'OUT_SEV', zone: 'OUT_ZONE', component: 'OUT_COMP', thread: 'OUT_THREAD' } as const;

/** The globals both scanners export: the results of the last scan call. */
type ScanGlobal = 'pos' | 'line' | 'rows' | 'needStart' | 'needEnd' | 'needBias' | 'needScripted';
/** Their memory layout. */
type LayoutGlobal = 'INPUT' | 'PAD' | 'MAX_ROWS' | 'OUT_LINE';

/** The exports both scanners have: the globals, the row columns, the calls. */
export interface ScannerExports extends Record<ScanGlobal | LayoutGlobal | (typeof OUT_COLUMN)[keyof typeof OUT_COLUMN], WasmGlobal> {
  memory: WasmMemory;
  init(): void;
  scan8(len: number, p: number, baseLo: number, line: number, final: number): number;
  scan16(len: number, p: number, baseLo: number, line: number, final: number): number;
  addComponent(unitSize: number, s: number, e: number, id: number, scripted: number): number;
  setZone(bias: number, scripted: number, id: number): void;
}

const PAGE = 65536;

/**
 * A scanner's module from its base64 bytes, compiled on the first call and then kept (once per thread); null when
 * this runtime cannot run it (no WebAssembly, no SIMD) or CMLENS_NO_WASM=1: the JS indexer then does all the work.
 */
export function compiledOnce(wasmBase64: string): () => object | null {
  let compiled: object | null | undefined;
  return () => {
    if (compiled !== undefined) return compiled;
    const g = globalThis as unknown as { WebAssembly?: WasmApi; process?: { env?: Record<string, string | undefined> } };
    compiled = null;
    if (g.process?.env?.CMLENS_NO_WASM === '1' || !g.WebAssembly) return null;
    try {
      compiled = new g.WebAssembly.Module(Uint8Array.from(atob(wasmBase64), (c) => c.charCodeAt(0)));
    } catch {
      compiled = null; // no SIMD (an old engine): the JS path
    }
    return compiled;
  };
}

/** The exports of a fresh instance of module m (its own tables), or null when there is none. */
export function instantiate<X>(m: object | null): X | null {
  if (m === null) return null;
  try {
    const g = globalThis as unknown as { WebAssembly: WasmApi };
    return new g.WebAssembly.Instance(m, {}).exports as X;
  } catch {
    return null;
  }
}

/** Counters for the benchmark and tests: how much went through WebAssembly and how often JS stepped in. */
export interface ScanStats {
  wasmRows: number;
  /** Times the JS indexer read entries (or irregular stretches) because the scanner stopped at them. */
  jsEntries: number;
  /** SMS: entries whose severity JS decided (hinted text the memo did not know yet, or too long to remember). */
  jsSeverities: number;
}

/** One scanner instance: its input area, the scan call, its results and questions, and its row columns. */
export class WasmScanner<X extends ScannerExports = ScannerExports> {
  readonly stats: ScanStats = { wasmRows: 0, jsEntries: 0, jsSeverities: 0 };
  private viewOf: ArrayBuffer | null = null;
  private lineCol = new Uint32Array(0);
  private cols = makeColumns((_k, T) => new T(0));
  private readonly input: number;

  /**
   * `x`: the instance's exports, whose globals (pos, line, rows, need*) the caller reads after each scan;
   * `slack`: bytes kept free past the input's pad (the scanner's widest read beyond it).
   */
  constructor(
    readonly x: X,
    private readonly slack: number,
  ) {
    x.init();
    this.input = x.INPUT.value;
  }

  /** Scan the loaded units from p; rows are numbered from `line`, offsets are base + unit * unitSize. */
  scan(unitSize: number, len: number, p: number, base: number, line: number, final: boolean): number {
    const lo = base % 0x1_0000_0000 | 0;
    return unitSize === 1 ? this.x.scan8(len, p, lo, line, final ? 1 : 0) : this.x.scan16(len, p, lo, line, final ? 1 : 0);
  }

  /** Teach the scanner component units [s, e) of the loaded input; false when its tables are full. */
  addComponent(unitSize: number, s: number, e: number, id: number, scripted: boolean): boolean {
    return this.x.addComponent(unitSize, s, e, id, scripted ? 1 : 0) !== 0;
  }

  setZone(bias: number, scripted: boolean, id: number): void {
    this.x.setZone(bias, scripted ? 1 : 0, id);
  }

  /** A view of the scanner's input area, `bytes` long: read a chunk straight into it to save feed a copy. */
  inputBytes(bytes: number): Uint8Array {
    this.reserve(bytes);
    return new Uint8Array(this.x.memory.buffer, this.input, bytes);
  }

  /** Make u the scanner's input (copied unless it already lies there) and zero the pad after it. */
  load(u: Units): void {
    const bytes = u.byteLength;
    const mem = this.x.memory;
    if (u.buffer !== mem.buffer || u.byteOffset !== this.input) {
      this.reserve(bytes);
      new Uint8Array(mem.buffer, this.input, bytes).set(new Uint8Array(u.buffer, u.byteOffset, bytes));
    }
    new Uint8Array(mem.buffer, this.input + bytes, this.x.PAD.value).fill(0);
  }

  /** Set the severity of a row of the last scan (SMS: a row the scanner left to JS). */
  setSeverity(row: number, sev: number): void {
    this.views();
    this.cols.severity[row] = sev;
  }

  /** Append the last scan's rows to the index; `start`: the byte offset of the unit the scan began at. */
  appendRowsTo(index: EntryIndex, start: number): void {
    const n = this.x.rows.value;
    if (n === 0) return;
    this.views();
    this.stats.wasmRows += n;
    index.appendRows(n, start, this.lineCol, this.cols);
  }

  /** The column views over the scanner's memory, made again when it grew (its buffer is then a new one). */
  private views(): void {
    const buf = this.x.memory.buffer;
    if (buf === this.viewOf) return;
    const x = this.x;
    const n = x.MAX_ROWS.value;
    this.lineCol = new Uint32Array(buf, x.OUT_LINE.value, n);
    this.cols = makeColumns((k, T) => new T(buf, x[OUT_COLUMN[k]].value, n));
    this.viewOf = buf;
  }

  private reserve(bytes: number): void {
    const mem = this.x.memory;
    const need = this.input + bytes + this.x.PAD.value + this.slack;
    if (need > mem.buffer.byteLength) mem.grow(Math.ceil((need - mem.buffer.byteLength) / PAGE));
  }
}
