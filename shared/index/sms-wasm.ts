// The WebAssembly SMS server-log scanner (wasm/sms-scan.ts) as SmsIndexer uses it: one instance per indexer (its
// tables are that index's component and zone ids and its severity memo), the units written into its memory (or
// read there directly: inputBytes), its batches of rows appended to the EntryIndex in bulk. Null where WebAssembly
// or its SIMD is missing, or when CMLENS_NO_WASM=1: the JS indexer then does all the work.
import { base64Bytes, type WasmApi, type WasmGlobal, type WasmMemory } from './cmtrace-wasm';
import type { EntryIndex } from './entry-index';
import { SMS_SCAN_WASM } from './sms-scan-wasm';
import type { Units } from './units';

/** Why a scan returned (wasm/sms-scan.ts). */
export const SMS_SCAN_DONE = 0;
export const SMS_SCAN_FULL = 1;
export const SMS_SCAN_JS_ENTRY = 2;
export const SMS_SCAN_NEED_COMPONENT = 3;
export const SMS_SCAN_NEED_ZONE = 4;
export const SMS_SCAN_NEED_SEVERITY = 5;

interface ScanExports {
  memory: WasmMemory;
  init(): void;
  scan8(len: number, p: number, baseLo: number, line: number, final: number): number;
  scan16(len: number, p: number, baseLo: number, line: number, final: number): number;
  addComponent(unitSize: number, s: number, e: number, id: number): number;
  setZone(bias: number, id: number): void;
  addSeverity(unitSize: number, s: number, textEnd: number, headEnd: number, end: number, sev: number): void;
  pos: WasmGlobal;
  line: WasmGlobal;
  rows: WasmGlobal;
  deferred: WasmGlobal;
  firstPos: WasmGlobal;
  needStart: WasmGlobal;
  needEnd: WasmGlobal;
  needBias: WasmGlobal;
  needHeadEnd: WasmGlobal;
  needEntryEnd: WasmGlobal;
  INPUT: WasmGlobal;
  PAD: WasmGlobal;
  OUT_OFFLO: WasmGlobal;
  OUT_LINE: WasmGlobal;
  OUT_WALL: WasmGlobal;
  OUT_THREAD: WasmGlobal;
  OUT_COMP: WasmGlobal;
  OUT_SEV: WasmGlobal;
  OUT_ZONE: WasmGlobal;
  OUT_DEFER: WasmGlobal;
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
    compiled = new g.WebAssembly.Module(base64Bytes(SMS_SCAN_WASM));
  } catch {
    compiled = null; // no SIMD (an old engine): the JS path
  }
  return compiled;
}

/** Counters for the benchmark and tests: how much went through WebAssembly and how often JS stepped in. */
export interface SmsScanStats {
  wasmRows: number;
  /** Times the JS indexer read entries because the scanner stopped at them. */
  jsEntries: number;
  /** Entries whose severity JS decided (hinted text the memo did not know yet, or too long to remember). */
  jsSeverities: number;
  components: number;
  zones: number;
}

/** A row of the last scan whose severity JS decides: the units of its entry as SmsIndexer's severity() takes them. */
export interface DeferredSeverity {
  row: number;
  start: number;
  textEnd: number;
  headEnd: number;
  end: number;
}

export class SmsWasm {
  readonly stats: SmsScanStats = { wasmRows: 0, jsEntries: 0, jsSeverities: 0, components: 0, zones: 0 };
  private viewOf: ArrayBuffer | null = null;
  private offLo = new Uint32Array(0);
  private lineCol = new Uint32Array(0);
  private wall = new Float64Array(0);
  private thread = new Uint32Array(0);
  private comp = new Uint16Array(0);
  private sev = new Uint8Array(0);
  private zone = new Uint8Array(0);
  private defer = new Int32Array(0);
  private readonly input: number;

  private constructor(private readonly x: ScanExports) {
    x.init();
    this.input = x.INPUT.value;
  }

  /** A fresh scanner (its own tables), or null when WebAssembly cannot be used here. */
  static create(): SmsWasm | null {
    const m = scannerModule();
    if (m === null) return null;
    try {
      const g = globalThis as unknown as { WebAssembly: WasmApi };
      return new SmsWasm(new g.WebAssembly.Instance(m, {}).exports as ScanExports);
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
  scan(unitSize: number, len: number, p: number, base: number, line: number, final: boolean): number {
    const lo = base % 0x1_0000_0000 | 0;
    return unitSize === 1 ? this.x.scan8(len, p, lo, line, final ? 1 : 0) : this.x.scan16(len, p, lo, line, final ? 1 : 0);
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
  /** The entry the scanner asks about: units from needStart, text end needEnd, head line end, entry end. */
  get needHeadEnd(): number {
    return this.x.needHeadEnd.value;
  }
  get needEntryEnd(): number {
    return this.x.needEntryEnd.value;
  }

  /** Teach the scanner the severity of the entry [s, end) of the loaded input (its text units are the memo's key). */
  addSeverity(unitSize: number, s: number, textEnd: number, headEnd: number, end: number, sev: number): void {
    this.stats.jsSeverities++;
    this.x.addSeverity(unitSize, s, textEnd, headEnd, end, sev);
  }

  /** Teach the scanner component units [s, e) of the loaded input; false when its tables are full. */
  addComponent(unitSize: number, s: number, e: number, id: number): boolean {
    this.stats.components++;
    return this.x.addComponent(unitSize, s, e, id) !== 0;
  }

  setZone(bias: number, id: number): void {
    this.stats.zones++;
    this.x.setZone(bias, id);
  }

  /** The rows of the last scan whose severity JS decides, in row order. */
  deferred(): DeferredSeverity[] {
    const n = this.x.deferred.value >>> 0;
    if (n === 0) return [];
    this.views();
    const d = this.defer;
    const out: DeferredSeverity[] = new Array(n);
    for (let k = 0, o = 0; k < n; k++, o += 5) out[k] = { row: d[o], start: d[o + 1], textEnd: d[o + 2], headEnd: d[o + 3], end: d[o + 4] };
    this.stats.jsSeverities += n;
    return out;
  }

  /** Set the severity of a row of the last scan. */
  setSeverity(d: DeferredSeverity, sev: number): void {
    this.views();
    this.sev[d.row] = sev;
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
    this.defer = new Int32Array(buf, x.OUT_DEFER.value, n * 5);
    this.viewOf = buf;
  }

  private reserve(bytes: number): void {
    const mem = this.x.memory;
    const need = this.input + bytes + this.x.PAD.value + 64;
    if (need > mem.buffer.byteLength) mem.grow(Math.ceil((need - mem.buffer.byteLength) / PAGE));
  }
}
