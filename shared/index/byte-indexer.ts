// What the byte-level indexers (CMTrace, SMS) share: the file's format (its parser reads what their scans do not
// recognise), the index they fill, day and component caches, and the choice between their WebAssembly scanner and
// the JavaScript scan, with the scanner's memory offered as the buffer the next chunk is read into.
import type { LogFormat } from '../formats/log-format';
import type { ChunkIndexer } from './chunk-indexer';
import { ComponentCache } from './component-cache';
import type { EntryIndex } from './entry-index';
import { DayCache } from './time-fields';
import type { Units } from './units';

/** What the indexer needs of a WebAssembly scanner here (each scanner has the rest of its own API). */
export interface ScannerInput {
  inputBytes(bytes: number): Uint8Array;
}

export abstract class ByteIndexer<W extends ScannerInput> implements ChunkIndexer {
  nextLine: number;
  protected readonly days = new DayCache();
  protected readonly components: ComponentCache;

  constructor(
    protected readonly format: LogFormat,
    protected readonly index: EntryIndex,
    protected readonly unitSize: number,
    firstLine: number,
    /** The WebAssembly fast path, or null for JS only. */
    protected readonly wasm: W | null,
  ) {
    this.nextLine = firstLine;
    this.components = new ComponentCache(index);
  }

  feed(u: Units, base: number, final: boolean): number {
    return this.wasm === null ? this.feedJs(u, base, final) : this.feedWasm(this.wasm, u, base, final);
  }

  /** A buffer to read the next chunk into (the WebAssembly scanner's input: feed then copies nothing); null: any. */
  inputBytes(bytes: number): Uint8Array | null {
    return this.wasm === null ? null : this.wasm.inputBytes(bytes);
  }

  /** The JavaScript scan of u (the same ChunkIndexer contract as feed). */
  protected abstract feedJs(u: Units, base: number, final: boolean): number;
  /** The scanner reads what it recognises; the JavaScript scan reads the rest. */
  protected abstract feedWasm(w: W, u: Units, base: number, final: boolean): number;
}
