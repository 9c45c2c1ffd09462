// Component name → dictionary id straight from the units, without building a string per entry: the name met last,
// then a direct-mapped table on length and three units, then a memo of every name (hash, unit compare). A string is
// decoded once per distinct name.
import type { EntryIndex } from './entry-index';
import { decodeUnits, sameUnits, type Units } from './units';
import { UnitsMemo } from './units-memo';

interface Slot {
  units: Uint16Array;
  id: number;
}

export class ComponentCache {
  private readonly known = new UnitsMemo(Infinity);
  private readonly slots: (Slot | undefined)[] = new Array(SLOTS).fill(undefined);
  private last: Slot | null = null;

  constructor(private readonly index: EntryIndex) {}

  id(u: Units, s: number, e: number): number {
    if (e === s) return this.index.componentId(null);
    const last = this.last;
    if (last !== null && sameUnits(last.units, u, s, e)) return last.id;
    const n = e - s;
    const key = (n * 7 + u[s] * 31 + u[e - 1] * 17 + u[s + (n >> 1)]) & (SLOTS - 1);
    let slot = this.slots[key];
    if (slot === undefined || !sameUnits(slot.units, u, s, e)) {
      let id = this.known.get(u, s, e);
      if (id < 0) this.known.set(u, s, e, (id = this.index.componentId(decodeUnits(u, s, e))));
      this.slots[key] = slot = { units: Uint16Array.from(u.subarray(s, e)), id };
    }
    this.last = slot;
    return slot.id;
  }
}

const SLOTS = 256;
