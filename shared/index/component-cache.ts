// Component name → dictionary id straight from the units, without building a string per entry: a hash of the
// units finds the candidates, a unit compare confirms. A string is decoded once per distinct name.
import type { EntryIndex } from './entry-index';
import { decodeUnits, type Units } from './units';

export class ComponentCache {
  private readonly byHash = new Map<number, { units: Uint16Array; id: number }[]>();
  private lastUnits: Uint16Array | null = null;
  private lastId = 0;

  constructor(private readonly index: EntryIndex) {}

  id(u: Units, s: number, e: number): number {
    if (e === s) return this.index.componentId(null);
    const last = this.lastUnits;
    if (last !== null && same(last, u, s, e)) return this.lastId;
    let h = 0x811c9dc5;
    for (let i = s; i < e; i++) h = Math.imul(h ^ u[i], 0x01000193);
    let list = this.byHash.get(h);
    if (list) {
      for (const c of list) {
        if (same(c.units, u, s, e)) {
          this.lastUnits = c.units;
          this.lastId = c.id;
          return c.id;
        }
      }
    } else this.byHash.set(h, (list = []));
    const units = Uint16Array.from(u.subarray(s, e));
    const id = this.index.componentId(decodeUnits(u, s, e));
    list.push({ units, id });
    this.lastUnits = units;
    this.lastId = id;
    return id;
  }
}

function same(a: Uint16Array, u: Units, s: number, e: number): boolean {
  if (a.length !== e - s) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== u[s + k]) return false;
  return true;
}
