// The Fleet view's table: which records show (filters by verdict, section, code, WSUS server and last scan time)
// and in which order. Pure, so the view and its tests agree on every rule.
import { stepRank, type StepId } from '../pipeline/steps';
import { TRIAGE_VERDICTS, type TriageRecord } from './triage-record';

export type FleetSortKey = 'set' | 'machine' | 'verdict' | 'section' | 'errorCode' | 'failedStep' | 'wsusUrl' | 'lastScan' | 'failedCycles';
/** The fields the filter menus offer, in their order. */
export const FILTER_FIELDS = ['verdict', 'section', 'errorCode', 'wsusUrl'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

/** A field's value as the filter menus list it; `''` stands for "none" (a healthy client has no section). */
export type FleetFilter = Partial<Record<FilterField, string>> & {
  /** Last scan at or after / before this instant (ms); a record without a last scan is left out once either is set. */
  fromMs?: number;
  toMs?: number;
};

function lastScanMs(r: TriageRecord): number | null {
  if (!r.lastScan) return null;
  const ms = Date.parse(r.lastScan);
  return Number.isNaN(ms) ? null : ms;
}

export function filterRecords(records: readonly TriageRecord[], f: FleetFilter): TriageRecord[] {
  return records.filter((r) => {
    for (const k of FILTER_FIELDS) if (f[k] !== undefined && (r[k] ?? '') !== f[k]) return false;
    if (f.fromMs === undefined && f.toMs === undefined) return true;
    const t = lastScanMs(r);
    return t !== null && (f.fromMs === undefined || t >= f.fromMs) && (f.toMs === undefined || t < f.toMs);
  });
}

function compare(key: FleetSortKey, a: TriageRecord, b: TriageRecord): number {
  if (key === 'verdict') return TRIAGE_VERDICTS.indexOf(a.verdict) - TRIAGE_VERDICTS.indexOf(b.verdict);
  if (key === 'failedCycles') return a.failedCycles - b.failedCycles || a.cycles - b.cycles;
  if (key === 'lastScan') return (lastScanMs(a) ?? 0) - (lastScanMs(b) ?? 0);
  if (key === 'failedStep') return stepRank(a.failedStep as StepId) - stepRank(b.failedStep as StepId);
  // Names sort as people count (PC2 before PC10); codes are fixed-width hex, where digit runs are no numbers.
  return String(a[key]).localeCompare(String(b[key]), undefined, { numeric: key === 'set' || key === 'machine' });
}

/** Sorted by one column; records without a value go last either way; ties keep the set name order. */
export function sortRecords(records: readonly TriageRecord[], key: FleetSortKey, dir: 'asc' | 'desc'): TriageRecord[] {
  const sign = dir === 'asc' ? 1 : -1;
  const missing = (r: TriageRecord): boolean => r[key] === null || (key === 'lastScan' && lastScanMs(r) === null);
  return [...records].sort((a, b) => {
    const ma = missing(a);
    const mb = missing(b);
    if (ma || mb) return ma === mb ? a.set.localeCompare(b.set) : ma ? 1 : -1;
    return sign * compare(key, a, b) || a.set.localeCompare(b.set);
  });
}

/** The values a filter menu offers, with how many records carry each, most common first. */
export function valueCounts(records: readonly TriageRecord[], field: FilterField): { value: string; count: number }[] {
  const m = new Map<string, number>();
  for (const r of records) m.set(r[field] ?? '', (m.get(r[field] ?? '') ?? 0) + 1);
  return [...m].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
