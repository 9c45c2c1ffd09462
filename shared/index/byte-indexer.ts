// What the byte-level indexers (CMTrace, SMS) share: the file's format (its parser reads what their scans do not
// recognise), the index they fill, day, component and zone caches, and the choice between their WebAssembly scanner and
// the JavaScript scan, with the scanner's memory offered as the buffer the next chunk is read into.
import type { LogFormat } from '../formats/log-format';
import type { ChunkIndexer } from './chunk-indexer';
import { ComponentCache } from './component-cache';
import type { EntryIndex } from './entry-index';
import { type Clock, DayCache, NO_OFFSET } from './time-fields';
import type { Units } from './units';
import { SCAN_DONE, SCAN_FULL, SCAN_NEED_COMPONENT, SCAN_NEED_ZONE, type WasmScanner } from './wasm-scanner';

export abstract class ByteIndexer<W extends WasmScanner> implements ChunkIndexer {
  nextLine: number;
  protected readonly days = new DayCache();
  protected readonly components: ComponentCache;
  /** The time field just read (parseClock's slots). */
  protected readonly clock: Clock = { ms: 0, offset: NO_OFFSET };
  // The entry just read: its wall clock and zone id (stamp).
  protected wall = 0;
  protected zone = 0;
  private lastBias = NaN;
  private lastScripted = false;
  private lastZone = 0;

  constructor(
    protected readonly format: LogFormat,
    protected readonly index: EntryIndex,
    protected readonly unitSize: number,
    firstLine = 1,
    /** The WebAssembly fast path, or null for JS only. */
    protected readonly wasm: W | null = null,
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

  /**
   * this.wall and this.zone from the entry's day and this.clock; `scripted`: the writer's bias is not trusted. The
   * last bias's zone id is kept: a log writes one bias for long stretches.
   */
  protected stamp(day: number, scripted: boolean): void {
    this.wall = day + this.clock.ms;
    const bias = this.clock.offset;
    if (bias !== this.lastBias || scripted !== this.lastScripted) {
      this.lastBias = bias;
      this.lastScripted = scripted;
      this.lastZone = bias === NO_OFFSET ? 0 : this.index.zoneId(bias, scripted);
    }
    this.zone = this.lastZone;
  }

  /** The JavaScript scan of u (the same ChunkIndexer contract as feed). */
  protected abstract feedJs(u: Units, base: number, final: boolean): number;

  /**
   * The JavaScript scan from unit p, where the scanner stopped: the unit the scanner goes on from, or ~n (n the
   * units consumed) when this feed ends there.
   */
  protected abstract readOn(w: W, u: Units, p: number, base: number, final: boolean): number;

  /** The scanner's rows of its last scan are about to join the index (SMS: their deferred severities). */
  protected beforeRows(_w: W, _u: Units): void {}

  /** The component's name is a script writer's (CMTrace: that writer's bias is not trusted). */
  protected componentScripted(_id: number): boolean {
    return false;
  }

  /**
   * The WebAssembly scanner reads the regular entries; where it stops, this answers its question (a component or
   * zone id) or the JavaScript scan reads on from there, and lets it go on.
   */
  private feedWasm(w: W, u: Units, base: number, final: boolean): number {
    const len = u.length;
    const us = this.unitSize;
    w.load(u);
    let p = 0;
    while (p < len) {
      const status = w.scan(us, len, p, base, this.nextLine, final);
      const x = w.x;
      this.nextLine = x.line.value >>> 0;
      if (x.rows.value > 0) {
        this.beforeRows(w, u);
        w.appendRowsTo(this.index, base + p * us);
        this.index.setEnd(base + x.pos.value * us, this.nextLine - 1);
      }
      p = x.pos.value;
      if (status === SCAN_DONE) return p;
      if (status === SCAN_FULL) continue;
      if (status === SCAN_NEED_COMPONENT) {
        const [s, e] = [x.needStart.value, x.needEnd.value];
        const id = this.components.id(u, s, e);
        if (w.addComponent(us, s, e, id, this.componentScripted(id))) continue;
      } else if (status === SCAN_NEED_ZONE) {
        const [bias, scripted] = [x.needBias.value, x.needScripted.value !== 0];
        w.setZone(bias, scripted, this.index.zoneId(bias, scripted));
        continue;
      }
      // Not the regular shape, incomplete, or the scanner's tables are full: the JavaScript scan reads on.
      const q = this.readOn(w, u, p, base, final);
      if (q < 0) return ~q;
      p = q;
    }
    return p;
  }
}
