// The diagnosis as the side panel, `cmlens diagnose --json` and the IPC contract see it: a superset of the
// contract's object (../shared/docs/contract.md "the diagnosis").
import type { Lang } from '../knowledge/localized';
import type { SectionId } from '../knowledge/section-ids';
import type { FormatName, LogEntry } from '../model/log-entry';
import type { CycleHistory } from './cycle-history';
import type { LogKind } from './log-kind';
import type { Facts } from './facts';
import type { ScanOwner } from './set-view';

export const SCAN_STEP_IDS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17'] as const;
export const SYNC_STEP_IDS = ['S1', 'S2', 'S3'] as const;
export type ScanStepId = (typeof SCAN_STEP_IDS)[number];
export type SyncStepId = (typeof SYNC_STEP_IDS)[number];
export type StepId = ScanStepId | SyncStepId;

export type Verdict = 'failed' | 'healthy' | 'incomplete' | 'no-data';
export type DiagnosisSeverity = 'error' | 'warning' | 'info';
export type StepStatus = 'done' | 'failed' | 'not-seen';

/** One log of a set, already parsed. */
export interface DiagnosisInput {
  /** Where the log came from, as shown to people (path, `Logs.zip!/CCM/Logs/WUAHandler.log`). */
  source: string;
  /** The log's file name, e.g. `WUAHandler.log`: it says which part of the pipeline the log shows. */
  name: string;
  entries: readonly LogEntry[];
  /** The format detected from the log's content: it says what the log is when its name does not. */
  format?: FormatName;
  /** Offset east of UTC in minutes to use for this log's entries (WindowsUpdate.log carries none). */
  utcOffsetOverride?: number | null;
  /** Which pipeline log this is, when the caller knows already (null: none); else found from the name and entries. */
  kind?: LogKind | null;
}

export interface Evidence {
  source: string;
  line: number;
  text: string;
}

export interface LocalizedDiagnosisText {
  title: string;
  explanation: string;
  nextSteps: string[];
}

export interface Diagnosis {
  /** Rule id, stable (e.g. `wua-proxy`). */
  id: string;
  section: SectionId;
  severity: DiagnosisSeverity;
  /** English; the Chinese is in titleZh and localized. */
  title: string;
  explanation: string;
  titleZh: string;
  explanationZh: string;
  /** 0xXXXXXXXX or null. */
  errorCode: string | null;
  evidence: Evidence[];
  /** Concrete next steps in English, filled from the logs (server URL, port, registry values, commands). */
  nextSteps: string[];
  localized: Record<Lang, LocalizedDiagnosisText>;
}

export interface PipelineStep {
  step: StepId;
  status: StepStatus;
  source: string | null;
  line: number | null;
}

export interface CycleSummary {
  /** ISO 8601 time of the cycle's first step as written (with the writer's offset when known); null if none. */
  start: string | null;
  end: string | null;
  verdict: Verdict;
  diagnoses: Diagnosis[];
  pipeline: PipelineStep[];
}

export type DiagnosisKind = 'scan' | 'sync' | 'install' | 'none';

export interface DiagnosisResult {
  verdict: Verdict;
  /** What the verdict is about: the latest client scan cycle, a WSUS sync, installer logs, or nothing recognised. */
  kind: DiagnosisKind;
  diagnoses: Diagnosis[];
  pipeline: PipelineStep[];
  /** Every cycle found, oldest first; the last one is the one the verdict is about. */
  cycles: CycleSummary[];
  /** What the logs say about the servers (the WSUS URL the agent used…): fleet triage reports it per client. */
  facts: Facts;
  /**
   * Whose scans the cycles are (kind `scan`): Configuration Manager's, or Windows Update's own when the set is a
   * WindowsUpdate.log without any CcmExec search. null for other kinds.
   */
  scanOwner: ScanOwner | null;
  /** All cycles in one summary (how many failed since when, the last failure); null without cycles. */
  history: CycleHistory | null;
}
