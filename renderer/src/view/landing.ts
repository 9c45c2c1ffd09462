// Where a set opens: on the failure, with no click. The logs holding the primary diagnosis's
// evidence, stacked, the first evidence line selected; a healthy set's pipeline logs at its latest cycle; a set
// with no pipeline its largest log. Pure: the action (actions/land.ts) carries the plan out.
import type { LogInfo } from '../../../shared/api/contract';
import type { DiagnosisResult } from '../../../shared/pipeline/diagnosis-types';
import { logOfSource } from './log-of-source';

/** More stacked panes than this leave each too few rows to read. */
export const MAX_LANDING_PANES = 3;

export interface LandingPlan {
  /** One pane per log, top to bottom (several are stacked: full-width rows read long log lines best). */
  logIds: string[];
  /** The entry to select and centre (other panes follow its instant); null: the panes start at the top. */
  focus: { source: string; line: number } | null;
  why: 'evidence' | 'pipeline' | 'largest';
}

function unique(ids: Iterable<string | undefined>): string[] {
  return [...new Set([...ids].filter((x): x is string => x !== undefined))];
}

export function landingPlan(logs: readonly LogInfo[], d: DiagnosisResult | null): LandingPlan | null {
  if (!logs.length) return null;
  const primary = d?.diagnoses.find((x) => x.evidence.some((e) => logOfSource(logs, e.source)));
  if (primary) {
    const evidence = primary.evidence.filter((e) => logOfSource(logs, e.source));
    const logIds = unique(evidence.map((e) => logOfSource(logs, e.source)?.id)).slice(0, MAX_LANDING_PANES);
    const first = evidence[0];
    return { logIds, focus: { source: first.source, line: first.line }, why: 'evidence' };
  }
  // the pipeline's steps each with the log holding it
  const steps = (d?.pipeline ?? []).flatMap((p) => {
    const log = p.source && p.line ? logOfSource(logs, p.source) : undefined;
    return log ? [{ source: p.source!, line: p.line!, logId: log.id }] : [];
  });
  if (steps.length) {
    // the logs holding most of the latest cycle's steps, shown in the order the pipeline reaches them
    const held = new Map<string, number>();
    for (const s of steps) held.set(s.logId, (held.get(s.logId) ?? 0) + 1);
    const chosen = new Set([...held].sort((a, b) => b[1] - a[1]).slice(0, MAX_LANDING_PANES).map(([id]) => id));
    const ordered = steps.filter((s) => chosen.has(s.logId));
    const logIds = unique(ordered.map((s) => s.logId));
    return { logIds, focus: { source: ordered[0].source, line: ordered[0].line }, why: 'pipeline' };
  }
  const largest = [...logs].sort((a, b) => b.bytes - a.bytes)[0];
  return { logIds: [largest.id], focus: null, why: 'largest' };
}
