// What a fleet's records add up to: how many clients per verdict and per cause (guide section and error code),
// most common first, so the technician starts with the failure that hits most machines.
import type { TriageRecord, TriageVerdict } from './triage-record';
import { TRIAGE_VERDICTS } from './triage-record';

export interface CauseCount {
  section: string;
  errorCode: string | null;
  count: number;
}

/** Clients per verdict, and the causes of the sets that are not healthy (unreadable sets have none). */
export function summarizeTriage(records: readonly TriageRecord[]) {
  const byVerdict = new Map<TriageVerdict, number>();
  // One key per cause: a section alone, or a section and its code.
  const byCause = new Map<string, CauseCount>();
  for (const r of records) {
    byVerdict.set(r.verdict, (byVerdict.get(r.verdict) ?? 0) + 1);
    if (r.verdict === 'healthy' || r.verdict === 'unreadable' || r.section === null) continue;
    const key = r.errorCode ? `${r.section} ${r.errorCode}` : r.section;
    const c = byCause.get(key) ?? { section: r.section, errorCode: r.errorCode, count: 0 };
    c.count++;
    byCause.set(key, c);
  }
  // Ties keep a fixed order (verdicts by severity, causes by name) so the same fleet prints the same summary.
  const verdicts = [...byVerdict].map(([verdict, count]) => ({ verdict, count })).sort((a, b) => b.count - a.count || TRIAGE_VERDICTS.indexOf(a.verdict) - TRIAGE_VERDICTS.indexOf(b.verdict));
  const causes = [...byCause].sort(([ka, a], [kb, b]) => b.count - a.count || ka.localeCompare(kb)).map(([, c]) => c);
  return { total: records.length, verdicts, causes };
}
