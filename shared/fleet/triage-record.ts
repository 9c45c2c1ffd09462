// One client's line in a fleet triage (`cmlens triage`, the app's Fleet view): the primary diagnosis of its set
// and a few facts, flat, so a table, a CSV, Elasticsearch or Kusto take it as it is (../shared/docs/contract.md
// "a triage record").
import type { Problem } from '../api/messages';
import type { DiagnosisResult, Verdict } from '../pipeline/diagnosis-types';

export type TriageVerdict = Verdict | 'unreadable';

export const TRIAGE_VERDICTS: readonly TriageVerdict[] = ['failed', 'incomplete', 'unreadable', 'no-data', 'healthy'];

export interface TriageRecord {
  /** The set's own name: the zip's or the folder's. */
  set: string;
  path: string;
  /** As the client's logs name it (or its UNC path), else the set's name without .zip. */
  machine: string | null;
  verdict: TriageVerdict;
  /** Guide section of the primary diagnosis (the one `diagnose` lists first). */
  section: string | null;
  errorCode: string | null;
  /** The first pipeline step that failed in the latest cycle: `1`…`17`, `S1`…`S3`. */
  failedStep: string | null;
  /** The WSUS server the Windows Update Agent itself used (not the one the site handed out). */
  wsusUrl: string | null;
  /** When the latest cycle started, ISO 8601 with the writer's UTC offset. */
  lastScan: string | null;
  cycles: number;
  failedCycles: number;
  /** Only for an unreadable set: why, in plain words. */
  error?: string;
  /** The same reason as a message code, so the app says it in its language (not one of the contract's fields). */
  problem?: Problem;
}

/** The record's fields in the contract's order: JSON keys, CSV columns, the Kusto and DuckDB tables. */
export const TRIAGE_FIELDS = ['set', 'path', 'machine', 'verdict', 'section', 'errorCode', 'failedStep', 'wsusUrl', 'lastScan', 'cycles', 'failedCycles', 'error'] as const;

export interface SetRef {
  name: string;
  path: string;
}

export function triageRecord(set: SetRef, result: DiagnosisResult, machine: string | null): TriageRecord {
  const primary = result.diagnoses[0];
  const latest = result.cycles[result.cycles.length - 1];
  return {
    set: set.name,
    path: set.path,
    machine: machine ?? null,
    verdict: result.verdict,
    section: primary?.section ?? null,
    errorCode: primary?.errorCode ?? null,
    failedStep: result.pipeline.find((p) => p.status === 'failed')?.step ?? null,
    wsusUrl: result.facts.agentUrl?.url ?? null,
    lastScan: latest?.start ?? null,
    // The diagnosis's own cycle history, so triage and the side panel count the same failures.
    cycles: result.history?.total ?? 0,
    failedCycles: result.history?.failed ?? 0,
  };
}

/** The machine a set stands for when its logs do not name it: the set's own name (`PC042-logs.zip` → `PC042-logs`). */
export function setStem(name: string): string {
  return name.replace(/\.zip$/i, '');
}

/** A set that could not be read still gets its line, so a fleet's counts add up to its clients. */
export function unreadableRecord(set: SetRef, error: string, problem?: Problem): TriageRecord {
  return {
    set: set.name, path: set.path, machine: setStem(set.name), verdict: 'unreadable', section: null, errorCode: null, failedStep: null,
    wsusUrl: null, lastScan: null, cycles: 0, failedCycles: 0, error, ...(problem ? { problem } : {}),
  };
}
