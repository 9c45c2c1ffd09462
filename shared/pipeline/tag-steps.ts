// Which pipeline step each entry of a log marks, so the UI can highlight it and the cycles can be built.
import type { FormatName, LogEntry } from '../model/log-entry';
import type { StepId } from './diagnosis-types';
import { logKind, type LogKind } from './log-kind';
import { ALL_STEPS, type MarkerKind, type StepDef, type StepMarker } from './steps';

export interface StepHit {
  step: StepId;
  kind: MarkerKind;
}

/** Each log's markers, failure markers first, so "Scan failed" is not taken for progress by a looser marker. */
const ORDERED = new Map<LogKind, { step: StepDef; m: StepMarker }[]>();
for (const fail of [true, false]) {
  for (const step of ALL_STEPS) {
    for (const m of step.markers) if ((m.kind === 'fail') === fail) for (const l of step.logs) ORDERED.set(l, [...(ORDERED.get(l) ?? []), { step, m }]);
  }
}

/** A line of a search the agent ran for another caller than ConfigMgr (Automatic Updates, drivers, Defender…). */
const OTHER_CALLER = /\b(?:CallerId|ClientId) = (?!CcmExec\b)/i;

/**
 * The step a line marks. A search line naming another caller is no step of ConfigMgr's scan; `anyCaller` keeps it
 * for the set view, which decides from the whole set whether the agent's own searches are the scans (set-view.ts).
 */
export function tagEntry(kind: LogKind | null, text: string, anyCaller = false): StepHit | null {
  if (!kind) return null;
  const ordered = ORDERED.get(kind);
  if (!ordered) return null;
  // Multi-line entries (WSUSLocationReply XML) are matched on their first line only where markers anchor with ^.
  for (const { step, m } of ordered) {
    if (m.re.test(text)) {
      if (step.id === '13' && !anyCaller && OTHER_CALLER.test(text)) return null;
      const failed = m.failIf ? m.failIf.test(text) : false;
      return { step: step.id, kind: failed ? 'fail' : m.kind };
    }
  }
  return null;
}

/** The step each entry marks (null for none), by the log's file name or its content. */
export function tagSteps(logName: string, entries: readonly LogEntry[], format?: FormatName): (StepId | null)[] {
  const kind = logKind(logName, entries, format);
  return entries.map((e) => tagEntry(kind, e.text)?.step ?? null);
}
