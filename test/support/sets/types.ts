// A log set as code: files by relative path and what diagnosing it must give.
import type { SectionId } from '../../../shared/knowledge/section-ids';
import type { Verdict } from '../../../shared/pipeline/diagnosis-types';

export interface LogSetExpect {
  verdict: Verdict;
  /** Section of the first diagnosis; null when there must be no error/warning diagnosis. */
  primarySection: SectionId | null;
  errorCode?: string | null;
  /** Text every evidence line set must contain somewhere (e.g. the failing line). */
  evidenceIncludes?: string;
  /** Sections that must also appear among the diagnoses. */
  alsoSections?: SectionId[];
  cycles?: number;
}

export interface LogSet {
  name: string;
  files: Record<string, string>;
  expect: LogSetExpect;
}
