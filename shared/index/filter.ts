// Filters computed over the index: severity, component, thread and time range read the columns only; text
// include/exclude run the raw-unit search (search.ts) restricted to the rows still in. Combinable: all must hold.
import { NO_COMPONENT, NO_THREAD, SEVERITY_CODE } from './entry-index';
import type { RowFilter } from '../api/contract';
import { searchLog, type LogSource } from './search';

/**
 * Rows passing the filter (the API's; include/exclude: text the entry must or must not contain, case-insensitive),
 * ascending. `instant` gives a row's instant (the log's own offset, or an override).
 */
export function filterRows(src: LogSource, f: RowFilter, instant: (row: number) => number): Uint32Array {
  const ix = src.index;
  const sev = f.severities ? new Set(f.severities.map((s) => SEVERITY_CODE[s])) : null;
  let comps: Set<number> | null = null;
  if (f.components) {
    // '' stands for "no component" (as the API's filter lists it).
    comps = new Set(f.components.map((c) => (c === '' ? NO_COMPONENT : ix.components.indexOf(c))).filter((c) => c !== -1));
  }
  const threads = f.threads ? new Set(f.threads) : null;
  const timed = f.fromMs !== undefined || f.toMs !== undefined;
  const from = f.fromMs ?? -Infinity;
  const to = f.toMs ?? Infinity;
  const out = new Uint32Array(ix.count);
  let n = 0;
  for (let r = 0; r < ix.count; r++) {
    if (sev && !sev.has(ix.severityCode(r))) continue;
    if (comps && !comps.has(ix.componentCode(r))) continue;
    if (threads) {
      const t = ix.threadValue(r);
      if (t === NO_THREAD || !threads.has(t)) continue;
    }
    if (timed) {
      const t = instant(r);
      if (!(t >= from && t <= to)) continue; // NaN (no time) fails a time range
    }
    out[n++] = r;
  }
  let rows: Uint32Array = out.slice(0, n);
  if (f.include) rows = searchLog(src, { query: f.include, regex: false, matchCase: false }, rows);
  if (f.exclude) rows = subtract(rows, searchLog(src, { query: f.exclude, regex: false, matchCase: false }, rows));
  return rows;
}

/** a minus b, both ascending. */
function subtract(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length);
  let n = 0;
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    while (j < b.length && b[j] < a[i]) j++;
    if (j < b.length && b[j] === a[i]) continue;
    out[n++] = a[i];
  }
  return out.slice(0, n);
}
