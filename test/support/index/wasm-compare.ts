// Comparing a WebAssembly scanner with the JS indexer it speeds up (cmtrace-wasm.test.ts, sms-wasm.test.ts): the
// same bytes, indexed with and without the scanner and cut into the same chunks, must give the same columns, next
// line and end.
import fc from 'fast-check';
import { expect } from 'vitest';
import type { ChunkIndexer } from '../../../shared/index/chunk-indexer';
import { EntryIndex, type EntryColumns } from '../../../shared/index/entry-index';
import { toUnits } from '../../../shared/index/log-encoding';
import { utf16leWithBom } from './synthetic-logs';

export type Enc = 'utf-8' | 'utf-16le';

export interface Run<S> {
  cols: EntryColumns;
  nextLine: number;
  consumed: number;
  /** The scanner's counters (null without it). */
  stats: S | null;
}

/** The indexer under test over `index`, with its scanner (and that scanner's counters) or without. */
export type MakeIndexer<S> = (index: EntryIndex, unitSize: number, wasm: boolean) => { indexer: ChunkIndexer; stats: S | null };

/**
 * Index `bytes` (units from `start`) with or without the scanner, cut into chunks at `cuts` (byte positions,
 * rounded to units), the unconsumed rest handed over again as the file indexer does; offsets shifted by `shift`.
 */
export function runIndexer<S>(make: MakeIndexer<S>, bytes: Uint8Array, enc: Enc, start: number, wasm: boolean, cuts: number[] = [], shift = 0): Run<S> {
  const us = enc === 'utf-8' ? 1 : 2;
  const index = new EntryIndex(16);
  const { indexer: ix, stats } = make(index, us, wasm);
  const end = bytes.length - ((bytes.length - start) % us);
  const stops = [...cuts.map((c) => c - ((c - start) % us)).filter((c) => c > start && c < end), end].sort((a, b) => a - b);
  let pos = start;
  for (const stop of stops) {
    if (stop <= pos) continue;
    const final = stop === end;
    pos += ix.feed(toUnits(bytes.slice(pos, stop), enc), shift + pos, final) * us;
    if (final) break;
  }
  // A rest held back at the end (an entry whose end was not in view at a cut) is fed once more as final.
  if (pos < end) pos += ix.feed(toUnits(bytes.slice(pos, end), enc), shift + pos, true) * us;
  return { cols: index.columnsView(), nextLine: ix.nextLine, consumed: pos, stats };
}

/** runIndexer with and without the scanner: the same results (asserted); the scanner's run. */
export function sameAsJs<S>(make: MakeIndexer<S>, bytes: Uint8Array, enc: Enc, start: number, cuts: number[] = [], shift = 0): Run<S> {
  const js = runIndexer(make, bytes, enc, start, false, cuts, shift);
  const w = runIndexer(make, bytes, enc, start, true, cuts, shift);
  expect(w.cols).toEqual(js.cols);
  expect(w.nextLine).toBe(js.nextLine);
  expect(w.consumed).toBe(js.consumed);
  return w;
}

/** The scanner or, where there is none, a failure (not a silent JS-only run). */
export function scannerOrFail<X>(x: X | null): X {
  if (x === null) throw new Error('WebAssembly scanner unavailable (CMLENS_NO_WASM set?)');
  return x;
}

const encoder = new TextEncoder();
export const utf8 = (s: string): Uint8Array => encoder.encode(s);
export const utf16 = (s: string): Uint8Array => utf16leWithBom(s).subarray(2);
export const bytesOf = (s: string, e: Enc): Uint8Array => (e === 'utf-8' ? utf8(s) : utf16(s));

/** b with each mutation applied: the byte at `at` (modulo the length) replaced, or dropped. */
export function mutated(b: Uint8Array, mutations: { at: number; byte: number; drop: boolean }[]): Uint8Array {
  for (const m of mutations) {
    const at = m.at % b.length;
    if (m.drop) b = Uint8Array.from([...b.subarray(0, at), ...b.subarray(at + 1)]);
    else b[at] = m.byte;
  }
  return b;
}

/** Mostly the regular values (so the scanner has runs to read), now and then an odd one. */
export const pick = <T>(regular: T[], odd: T[]): fc.Arbitrary<T> =>
  fc.oneof({ arbitrary: fc.constantFrom(...regular), weight: 12 }, { arbitrary: fc.constantFrom(...odd), weight: 1 });
