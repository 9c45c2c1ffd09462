// A direct-mapped memo from a run of bytes (an SMS entry's one-line text) to a small number (its severity), looked
// up without scanning the bytes for a key: the length and the first and last four bytes make the key, a compare
// four bytes at a time confirms. Server logs repeat their messages, so most texts are found and never scanned for
// severity words. A text is copied into its slot only when the same slot key comes back, so logs of unique
// messages allocate little.
const BITS = 12;
const SLOTS = 1 << BITS;
/** Shorter texts are cheaper to scan than to look up. */
export const MIN_MEMO_BYTES = 8;

export class TextMemo {
  private readonly keys = new Int32Array(SLOTS);
  private readonly texts: (Uint32Array | null)[] = new Array<Uint32Array | null>(SLOTS).fill(null);
  private readonly lengths = new Int32Array(SLOTS).fill(-1);
  private readonly values = new Int32Array(SLOTS);
  private slot = 0;
  private key = 0;

  /** The value remembered for bytes [s, e) of dv (e - s >= MIN_MEMO_BYTES), or -1; prepares a following `set`. */
  get(dv: DataView, s: number, e: number): number {
    const n = e - s;
    const a = dv.getUint32(s, true);
    const b = dv.getUint32(e - 4, true);
    const key = Math.imul(n, 0x9e3779b1) ^ Math.imul(a, 0x85ebca6b) ^ Math.imul(b ^ (b >>> 15), 0xc2b2ae35);
    const slot = (key ^ (key >>> 16)) & (SLOTS - 1);
    this.slot = slot;
    this.key = key;
    const t = this.texts[slot];
    if (t === null || this.lengths[slot] !== n || this.keys[slot] !== key) return -1;
    // The words from s on; the last 1..3 bytes lie in the last four, which the key fixes once length and first
    // four bytes agree (the key is a bijection of those last four then).
    const words = n >>> 2;
    for (let k = 0; k < words; k++) if (dv.getUint32(s + 4 * k, true) !== t[k]) return -1;
    return this.values[slot];
  }

  /** Remember value for the bytes of the last `get` that missed. */
  set(dv: DataView, s: number, e: number, value: number): void {
    const slot = this.slot;
    const n = e - s;
    if (this.keys[slot] !== this.key || this.lengths[slot] !== n) {
      // First sight of this key in the slot: remember the key only.
      this.keys[slot] = this.key;
      this.lengths[slot] = n;
      this.texts[slot] = null;
      return;
    }
    const words = n >>> 2;
    const t = new Uint32Array(words);
    for (let k = 0; k < words; k++) t[k] = dv.getUint32(s + 4 * k, true);
    this.texts[slot] = t;
    this.values[slot] = value;
  }
}
