// The WebAssembly CMTrace scanner (wasm/cmtrace-scan.ts) as the indexer uses it: one instance per indexer (its
// tables are that index's component and zone ids), the units written into its memory (or read there directly:
// inputBytes), its batches of rows appended to the EntryIndex in bulk. Null where WebAssembly or its SIMD is
// missing, or when CMLENS_NO_WASM=1: the JS indexer then does all the work (the bench and tests compare both).
import { CMTRACE_SCAN_WASM } from './cmtrace-scan-wasm';
import type { EntryIndex } from './entry-index';
import type { Units } from './units';

/** Why a scan returned (wasm/cmtrace-scan.ts). */
export const SCAN_DONE = 0;
export const SCAN_FULL = 1;
export const SCAN_JS_ENTRY = 2;
export const SCAN_NEED_COMPONENT = 3;
export const SCAN_NEED_ZONE = 4;

// shared/ is checked without DOM or Node types: the few WebAssembly members used here, declared locally.
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
export interface WasmGlobal {
  readonly value: number;
}
export interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}
interface ScanExports {
  memory: WasmMemory;
  init(): void;
  scan8(len: number, p: number, baseLo: number, line: number): number;
  scan16(len: number, p: number, baseLo: number, line: number): number;
  addComponent(unitSize: number, s: number, e: number, id: number, scripted: number): number;
  setZone(bias: number, scripted: number, id: number): void;
  pos: WasmGlobal;
  line: WasmGlobal;
  rows: WasmGlobal;
  firstPos: WasmGlobal;
  needStart: WasmGlobal;
  needEnd: WasmGlobal;
  needBias: WasmGlobal;
  needScripted: WasmGlobal;
  INPUT: WasmGlobal;
  PAD: WasmGlobal;
  OUT_OFFLO: WasmGlobal;
  OUT_LINE: WasmGlobal;
  OUT_WALL: WasmGlobal;
  OUT_THREAD: WasmGlobal;
  OUT_COMP: WasmGlobal;
  OUT_SEV: WasmGlobal;
  OUT_ZONE: WasmGlobal;
  MAX_ROWS: WasmGlobal;
}

const PAGE = 65536;
let compiled: object | null | undefined;

/** The compiled module, once per thread; null when this runtime cannot run it. */
function scannerModule(): object | null {
  if (compiled !== undefined) return compiled;
  const g = globalThis as unknown as { WebAssembly?: WasmApi; process?: { env?: Record<string, string | undefined> } };
  compiled = null;
  if (g.process?.env?.CMLENS_NO_WASM === '1' || !g.WebAssembly) return null;
  try {
    compiled = new g.WebAssembly.Module(base64Bytes(CMTRACE_SCAN_WASM));
  } catch {
    compiled = null; // no SIMD (an old engine): the JS path
  }
  return compiled;
}

/** Counters for the benchmark and tests: how much went through WebAssembly and how often JS stepped in. */
export interface ScanStats {
  wasmRows: number;
  /** Entries (or irregular stretches) the JS indexer read because the scanner stopped at them. */
  jsEntries: number;
  components: number;
  zones: number;
}

export class CmtraceWasm {
  readonly stats: ScanStats = { wasmRows: 0, jsEntries: 0, components: 0, zones: 0 };
  private viewOf: ArrayBuffer | null = null;
  private offLo = new Uint32Array(0);
  private lineCol = new Uint32Array(0);
  private wall = new Float64Array(0);
  private thread = new Uint32Array(0);
  private comp = new Uint16Array(0);
  private sev = new Uint8Array(0);
  private zone = new Uint8Array(0);
  private readonly input: number;

  private constructor(private readonly x: ScanExports) {
    x.init();
    this.input = x.INPUT.value;
  }

  /** A fresh scanner (its own tables), or null when WebAssembly cannot be used here. */
  static create(): CmtraceWasm | null {
    const m = scannerModule();
    if (m === null) return null;
    try {
      const g = globalThis as unknown as { WebAssembly: WasmApi };
      return new CmtraceWasm(new g.WebAssembly.Instance(m, {}).exports as ScanExports);
    } catch {
      return null;
    }
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

  /** Scan the loaded units from p; rows are numbered from `line`, offsets are base + unit * unitSize. */
  scan(unitSize: number, len: number, p: number, base: number, line: number): number {
    const lo = base % 0x1_0000_0000 | 0;
    return unitSize === 1 ? this.x.scan8(len, p, lo, line) : this.x.scan16(len, p, lo, line);
  }

  get pos(): number {
    return this.x.pos.value;
  }
  get line(): number {
    return this.x.line.value >>> 0;
  }
  get rows(): number {
    return this.x.rows.value >>> 0;
  }
  get needStart(): number {
    return this.x.needStart.value;
  }
  get needEnd(): number {
    return this.x.needEnd.value;
  }
  get needBias(): number {
    return this.x.needBias.value;
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

  /** Append the last scan's rows to the index. */
  appendRowsTo(index: EntryIndex, base: number, unitSize: number): void {
    const n = this.rows;
    if (n === 0) return;
    this.views();
    this.stats.wasmRows += n;
    index.appendRows(n, base + this.x.firstPos.value * unitSize, this.offLo, this.lineCol, this.wall, this.sev, this.zone, this.comp, this.thread);
  }

  private views(): void {
    const buf = this.x.memory.buffer;
    if (buf === this.viewOf) return;
    const x = this.x;
    const n = x.MAX_ROWS.value;
    this.offLo = new Uint32Array(buf, x.OUT_OFFLO.value, n);
    this.lineCol = new Uint32Array(buf, x.OUT_LINE.value, n);
    this.wall = new Float64Array(buf, x.OUT_WALL.value, n);
    this.thread = new Uint32Array(buf, x.OUT_THREAD.value, n);
    this.comp = new Uint16Array(buf, x.OUT_COMP.value, n);
    this.sev = new Uint8Array(buf, x.OUT_SEV.value, n);
    this.zone = new Uint8Array(buf, x.OUT_ZONE.value, n);
    this.viewOf = buf;
  }

  private reserve(bytes: number): void {
    const mem = this.x.memory;
    const need = this.input + bytes + this.x.PAD.value + 16;
    if (need > mem.buffer.byteLength) mem.grow(Math.ceil((need - mem.buffer.byteLength) / PAGE));
  }
}

/** Base64 to bytes (no atob or Buffer in shared/). */
export function base64Bytes(s: string): Uint8Array {
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const val = new Uint8Array(128);
  for (let i = 0; i < 64; i++) val[A.charCodeAt(i)] = i;
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((s.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    const v = (val[s.charCodeAt(i)] << 18) | (val[s.charCodeAt(i + 1)] << 12) | (val[s.charCodeAt(i + 2)] << 6) | val[s.charCodeAt(i + 3)];
    if (o < out.length) out[o++] = v >> 16;
    if (o < out.length) out[o++] = (v >> 8) & 255;
    if (o < out.length) out[o++] = v & 255;
  }
  return out;
}
