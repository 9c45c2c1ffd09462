// A small memo from a run of units to a number, without decoding them: a hash of the units finds the candidates,
// a unit compare confirms, so an answer is reused only for the very same units. Bounded: cleared when full.
import { sameUnits, unitsHash, type Units } from './units';

interface Slot {
  units: Uint16Array;
  value: number;
}

export class UnitsMemo {
  private readonly byHash = new Map<number, Slot[]>();
  private size = 0;
  private hash = 0;

  constructor(private readonly limit: number) {}

  /** The value remembered for u[s..e), or -1. Remembers the hash for a following `set` of the same units. */
  get(u: Units, s: number, e: number): number {
    const h = unitsHash(u, s, e);
    this.hash = h;
    const list = this.byHash.get(h);
    if (list === undefined) return -1;
    for (const c of list) if (sameUnits(c.units, u, s, e)) return c.value;
    return -1;
  }

  /** Remember `value` (>= 0) for u[s..e), right after a `get` of the same units that missed. */
  set(u: Units, s: number, e: number, value: number): void {
    if (this.size >= this.limit) {
      this.byHash.clear();
      this.size = 0;
    }
    let list = this.byHash.get(this.hash);
    if (list === undefined) this.byHash.set(this.hash, (list = []));
    list.push({ units: Uint16Array.from(u.subarray(s, e)), value });
    this.size++;
  }
}
