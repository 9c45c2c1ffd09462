// Component name → dictionary id straight from the units, without building a string per entry: a hash of the
// units finds the candidates, a unit compare confirms. A string is decoded once per distinct name.
import type { EntryIndex } from './entry-index';
import { decodeUnits, sameUnits, unitsHash, type Units } from './units';

export class ComponentCache {
  private readonly byHash = new Map<number, { units: Uint16Array; id: number }[]>();
  private lastUnits: Uint16Array | null = null;
  private lastId = 0;
  private readonly slots: ({ units: Uint16Array; id: number } | undefined)[] = new Array(SLOTS).fill(undefined);

  constructor(private readonly index: EntryIndex) {}

  id(u: Units, s: number, e: number): number {
    if (e === s) return this.index.componentId(null);
    const last = this.lastUnits;
    if (last !== null && sameUnits(last, u, s, e)) return this.lastId;
    // A direct-mapped table on length and three units finds a known name without hashing all of it.
    const n = e - s;
    const key = (n * 7 + u[s] * 31 + u[e - 1] * 17 + u[s + (n >> 1)]) & (SLOTS - 1);
    const slot = this.slots[key];
    if (slot !== undefined && sameUnits(slot.units, u, s, e)) {
      this.lastUnits = slot.units;
      this.lastId = slot.id;
      return slot.id;
    }
    const h = unitsHash(u, s, e);
    let list = this.byHash.get(h);
    if (list) {
      for (const c of list) {
        if (sameUnits(c.units, u, s, e)) {
          this.slots[key] = c;
          this.lastUnits = c.units;
          this.lastId = c.id;
          return c.id;
        }
      }
    } else this.byHash.set(h, (list = []));
    const units = Uint16Array.from(u.subarray(s, e));
    const id = this.index.componentId(decodeUnits(u, s, e));
    const c = { units, id };
    list.push(c);
    this.slots[key] = c;
    this.lastUnits = units;
    this.lastId = id;
    return id;
  }
}

const SLOTS = 256;
