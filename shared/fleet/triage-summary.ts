// What a fleet's records add up to: how many clients per verdict and per cause (guide section and error code),
// most common first, so the technician starts with the failure that hits most machines.
import type { TriageRecord, TriageVerdict } from './triage-record';
import { TRIAGE_VERDICTS } from './triage-record';

interface VerdictCount {
  verdict: TriageVerdict;
  count: number;
}

export interface CauseCount {
  section: string;
  errorCode: string | null;
  count: number;
}

export interface TriageSummary {
  total: number;
  verdicts: VerdictCount[];
  /** Causes of the sets that are not healthy (failed, incomplete, no data); unreadable sets have none. */
  causes: CauseCount[];
}

const PROBLEM: ReadonlySet<TriageVerdict> = new Set(['failed', 'incomplete', 'no-data']);

function isProblem(r: TriageRecord): boolean {
  return PROBLEM.has(r.verdict) && r.section !== null;
}

/** One key per cause: a section alone, or a section and its code. */
function causeKey(section: string, errorCode: string | null): string {
  return errorCode ? `${section} ${errorCode}` : section;
}

export function summarizeTriage(records: readonly TriageRecord[]): TriageSummary {
  const byVerdict = new Map<TriageVerdict, number>();
  const byCause = new Map<string, CauseCount>();
  for (const r of records) {
    byVerdict.set(r.verdict, (byVerdict.get(r.verdict) ?? 0) + 1);
    if (!isProblem(r)) continue;
    const key = causeKey(r.section!, r.errorCode);
    const c = byCause.get(key) ?? { section: r.section!, errorCode: r.errorCode, count: 0 };
    c.count++;
    byCause.set(key, c);
  }
  // Ties keep a fixed order (verdicts by severity, causes by name) so the same fleet prints the same summary.
  const verdicts = [...byVerdict].map(([verdict, count]) => ({ verdict, count })).sort((a, b) => b.count - a.count || TRIAGE_VERDICTS.indexOf(a.verdict) - TRIAGE_VERDICTS.indexOf(b.verdict));
  const causes = [...byCause.values()].sort((a, b) => b.count - a.count || causeKey(a.section, a.errorCode).localeCompare(causeKey(b.section, b.errorCode)));
  return { total: records.length, verdicts, causes };
}
