// Which pipeline step each entry of a log marks, so the UI can highlight it and the cycles can be built.
import type { FormatName, LogEntry } from '../model/log-entry';
import type { StepId } from './diagnosis-types';
import { logKind, type LogKind } from './log-kind';
import { ALL_STEPS, type MarkerKind, type StepDef } from './steps';

export interface StepHit {
  step: StepId;
  kind: MarkerKind;
}

const STEPS_BY_LOG = new Map<LogKind, StepDef[]>();
for (const s of ALL_STEPS) for (const l of s.logs) STEPS_BY_LOG.set(l, [...(STEPS_BY_LOG.get(l) ?? []), s]);

/** Failure markers are tried first, so "Scan failed" is not taken for progress by a looser marker. */
function markersInOrder(steps: readonly StepDef[]) {
  const out: { step: StepDef; m: StepDef['markers'][number] }[] = [];
  for (const s of steps) for (const m of s.markers) if (m.kind === 'fail') out.push({ step: s, m });
  for (const s of steps) for (const m of s.markers) if (m.kind !== 'fail') out.push({ step: s, m });
  return out;
}
const ORDERED = new Map<LogKind, ReturnType<typeof markersInOrder>>();
for (const [k, v] of STEPS_BY_LOG) ORDERED.set(k, markersInOrder(v));

export function tagEntry(kind: LogKind | null, text: string): StepHit | null {
  if (!kind) return null;
  const ordered = ORDERED.get(kind);
  if (!ordered) return null;
  // Multi-line entries (WSUSLocationReply XML) are matched on their first line only where markers anchor with ^.
  for (const { step, m } of ordered) {
    if (m.re.test(text)) {
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
