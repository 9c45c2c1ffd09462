// Case-insensitive search of an ASCII needle in one-byte units by WebAssembly SIMD (wasm/find-ascii-nocase.ts):
// the same hits as a /gi regex over the bytes as a latin1 string, without making that string. Search reads each
// chunk straight into the finder's input area (inputBytes); bytes found elsewhere are copied there first. Null
// where WebAssembly or its SIMD is missing, or when CMLENS_NO_WASM=1: search then keeps its regex path.
import { FIND_ASCII_NOCASE_WASM } from './generated/find-ascii-nocase-wasm';
import { compiledOnce, instantiate, type WasmGlobal, type WasmMemory } from './wasm-scanner';

interface FinderExports {
  memory: WasmMemory;
  setNeedle(len: number): void;
  find(from: number, len: number): number;
  MAX_NEEDLE: WasmGlobal;
  NEEDLE: WasmGlobal;
  INPUT: WasmGlobal;
  PAD: WasmGlobal;
}

const finderModule = compiledOnce(FIND_ASCII_NOCASE_WASM);
const PAGE = 65536;

/** The first (candidate) hit at unit index >= from, or -1; hits come in ascending order. */
export type HitCursor = (from: number) => number;

export class AsciiNoCaseFinder {
  private readonly input: number;

  private constructor(
    private readonly x: FinderExports,
    /** The most bytes one search can take (the input area's size; memory never grows after this). */
    readonly capacity: number,
  ) {
    this.input = x.INPUT.value;
  }

  /**
   * A finder for `needle` (printable ASCII or tab, 1..256 chars) over up to `capacity` bytes at a time, or null
   * when WebAssembly cannot be used here or the needle does not fit.
   */
  static create(needle: string, capacity: number): AsciiNoCaseFinder | null {
    if (needle.length === 0 || !/^[\x20-\x7e\t]*$/.test(needle)) return null;
    const x = instantiate<FinderExports>(finderModule());
    if (x === null || needle.length > x.MAX_NEEDLE.value) return null;
    // Grown once, here: views of the input area (search's chunk buffer) stay valid for the finder's life.
    const need = x.INPUT.value + capacity + x.PAD.value;
    const have = x.memory.buffer.byteLength;
    if (need > have) x.memory.grow(Math.ceil((need - have) / PAGE));
    const at = new Uint8Array(x.memory.buffer, x.NEEDLE.value, needle.length);
    for (let i = 0; i < needle.length; i++) at[i] = needle.charCodeAt(i);
    x.setNeedle(needle.length);
    return new AsciiNoCaseFinder(x, capacity);
  }

  /** The input area, `capacity` bytes: read a chunk straight into it to spare the copy. */
  inputBytes(): Uint8Array {
    return new Uint8Array(this.x.memory.buffer, this.input, this.capacity);
  }

  /** A cursor over the hits in bytes (copied into the input area unless they lie there), or null when too long. */
  cursor(bytes: Uint8Array): HitCursor | null {
    const len = bytes.length;
    if (len > this.capacity) return null;
    const buf = this.x.memory.buffer;
    if (bytes.buffer !== buf || bytes.byteOffset !== this.input) new Uint8Array(buf, this.input, len).set(bytes);
    const x = this.x;
    return (from) => x.find(from, len);
  }
}
