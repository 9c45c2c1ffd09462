// The story of a set's earlier runs in one sentence, as a technician asks it: how many scans (or syncs) failed
// since when, the last failure's code and time, the last success, and what the failures were about. Pure: computed
// from the cycles the diagnosis already summarised, so the text output and the side panel say the same thing.
import type { SectionId } from '../knowledge/section-ids';
import type { CycleSummary } from './diagnosis-types';

export interface FailureCause {
  section: SectionId | null;
  code: string | null;
  count: number;
}

export interface CycleHistory {
  total: number;
  failed: number;
  healthy: number;
  /** Still running or cut off. */
  incomplete: number;
  /** Start of the first cycle (ISO 8601 as written). */
  since: string | null;
  lastFailure: { at: string | null; code: string | null; section: SectionId | null } | null;
  lastSuccess: string | null;
  /** Failures grouped by their first diagnosis (section and code), most frequent first. */
  causes: FailureCause[];
}

const MAX_CAUSES = 3;

/** What a failed cycle failed of: its first error, else its first diagnosis. */
const causeOf = (c: CycleSummary) => c.diagnoses.find((x) => x.severity === 'error') ?? c.diagnoses[0];

export function summariseHistory(cycles: readonly CycleSummary[]): CycleHistory | null {
  if (!cycles.length) return null;
  const failed = cycles.filter((c) => c.verdict === 'failed');
  const healthy = cycles.filter((c) => c.verdict === 'healthy');
  const last = failed[failed.length - 1];
  const byCause = new Map<string, FailureCause>();
  for (const c of failed) {
    const d = causeOf(c);
    const cause = { section: d?.section ?? null, code: d?.errorCode ?? null };
    const key = `${cause.section} ${cause.code}`;
    const seen = byCause.get(key);
    if (seen) seen.count++;
    else byCause.set(key, { ...cause, count: 1 });
  }
  const lastCause = last && causeOf(last);
  return {
    total: cycles.length,
    failed: failed.length,
    healthy: healthy.length,
    incomplete: cycles.length - failed.length - healthy.length,
    since: cycles[0].start,
    lastFailure: last ? { at: last.start, code: lastCause?.errorCode ?? null, section: lastCause?.section ?? null } : null,
    lastSuccess: healthy.length ? healthy[healthy.length - 1].start : null,
    causes: [...byCause.values()].sort((a, b) => b.count - a.count).slice(0, MAX_CAUSES),
  };
}
