// What a rule is: data (id, section, texts) plus a small predicate over one cycle (or the whole set) and
// next steps filled from the facts of the logs.
import type { Localized } from '../../knowledge/localized';
import type { SectionId } from '../../knowledge/section-ids';
import type { Cycle } from '../cycles';
import type { DiagnosisSeverity } from '../diagnosis-types';
import type { Facts } from '../facts';
import { byTime, type CodeSeen, type SetEntry, type SetView } from '../set-view';
import type { SetWindow } from '../set-window';
import { mostCommon } from '../../model/most-common';

export type RuleScope = 'scan' | 'sync' | 'install';
/** failed: a step failed; completed: the run reached its last step; open: neither (still running or cut off). */
export type CycleStatus = 'failed' | 'completed' | 'open';

export interface RuleContext {
  view: SetView;
  cycle: Cycle | null;
  /** What the rule may look at: the cycle's time window, or the whole set for set-wide scopes. */
  window: SetWindow;
  status: CycleStatus;
  facts: Facts;
  /** Failure codes in error-looking lines of the window, in time order. */
  codes: readonly CodeSeen[];
}

export interface RuleFinding {
  evidence: SetEntry[];
  code?: number | null;
  /** Values for {placeholders} in title/explanation. */
  vars?: Readonly<Record<string, string>>;
  /** Overrides the rule's severity (e.g. error only when the cycle failed). */
  severity?: DiagnosisSeverity;
}

export interface Rule {
  id: string;
  section: SectionId;
  severity: DiagnosisSeverity;
  /** Lower first: the most likely root cause leads the list. */
  priority: number;
  /** Only tried when no other error diagnosis was found for the cycle. */
  fallback?: boolean;
  title: Localized;
  explanation: Localized;
  detect(ctx: RuleContext): RuleFinding | null;
  nextSteps(ctx: RuleContext): Localized[];
}

const MAX_CODE_EVIDENCE = 4;

/** The most frequent of the codes accepted, and the lines (failure markers first) that carry it. */
export function pickCode(ctx: RuleContext, accept: (v: number) => boolean): RuleFinding | null {
  const best = mostCommon(ctx.codes.map((c) => (accept(c.value) ? c.value : null)));
  if (best === null) return null;
  const unique = [...new Set(ctx.codes.filter((c) => c.value === best).map((c) => c.at))];
  // the first lines the agent wrote it on (the cause) and the lines where a step failed with it
  const fails = unique.filter((e) => e.hit?.kind === 'fail');
  const others = unique.filter((e) => e.hit?.kind !== 'fail');
  const evidence = inTimeOrder(others.slice(0, Math.max(1, MAX_CODE_EVIDENCE - Math.min(fails.length, 3))), fails.slice(0, 3)).slice(0, MAX_CODE_EVIDENCE + 1);
  return { evidence, code: best };
}

/** These lines, each once, in time order. */
export function inTimeOrder(...lists: readonly (readonly SetEntry[])[]): SetEntry[] {
  return [...new Set(lists.flat())].sort(byTime);
}

/** A finding on the first `max` of these lines; null when there are none. */
export function onLines(lines: readonly SetEntry[], max = 3): RuleFinding | null {
  return lines.length ? { evidence: lines.slice(0, max) } : null;
}

/** A finding on the first three of these lines, with the first failure code they carry. */
export function onLinesWithCode(ctx: RuleContext, lines: readonly SetEntry[]): RuleFinding | null {
  return lines.length ? { evidence: lines.slice(0, 3), code: ctx.codes.find((c) => lines.includes(c.at))?.value ?? null } : null;
}

/** The context with only the codes these lines carry, for pickCode over them. */
export function codesOn(ctx: RuleContext, lines: readonly SetEntry[]): RuleContext {
  return { ...ctx, codes: ctx.codes.filter((c) => lines.includes(c.at)) };
}

/** Lines where a step failed in this cycle. */
export function failLines(ctx: RuleContext, steps?: readonly string[]): SetEntry[] {
  return ctx.window.hits().filter((e) => e.hit?.kind === 'fail' && (!steps || steps.includes(e.hit.step)));
}

/** Severity for code rules: the code explains a failure (error) or shows up in a run not finished yet (warning). */
export function codeSeverity(ctx: RuleContext): DiagnosisSeverity {
  return ctx.status === 'failed' ? 'error' : 'warning';
}
