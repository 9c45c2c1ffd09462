// The timeline strip's numbers for a set of logs: entries, warnings and errors per slice of time, counted over
// each log's instants and severity column (shared/index/time-buckets.ts), and the pipeline steps seen. Views are
// not needed: every entry of every log counts once whatever its pane shows.
import type { TimelineResult } from '../../../shared/api/contract';
import { spanOf, TimeBuckets } from '../../../shared/index/time-buckets';
import type { StepId } from '../../../shared/pipeline/steps';
import type { LogStore } from './log-store';

export interface TimelineLog {
  store: LogStore;
  /** Every row's instant with the log's effective offset (NaN: no time). */
  instants: Float64Array;
}

/** How many step marks at most: a tail of thousands of cycles still draws a readable strip. */
const MAX_STEP_MARKS = 4000;

export function timelineOf(logs: readonly TimelineLog[], slices: number, from?: number, to?: number): TimelineResult {
  const whole = spanOf(logs.map((l) => l.instants));
  const span = whole && { fromMs: from ?? whole.fromMs, toMs: to ?? whole.toMs };
  if (!span || span.toMs < span.fromMs) return { fromMs: null, toMs: null, sliceMs: 0, total: [], warnings: [], errors: [], steps: [] };
  const b = new TimeBuckets(span, slices);
  const steps: TimelineResult['steps'] = [];
  const seen = new Set<string>();
  for (const { store, instants } of logs) {
    // Indexed rows straight from each file's severity column; the rest (parsed, tailed) through the store.
    let r = 0;
    for (const { rowBase, source } of store.indexedRows()) {
      const ix = source.index;
      for (; r < rowBase; r++) b.add(instants[r], store.severityCode(r));
      b.addColumns(instants.subarray(rowBase, rowBase + ix.count), (k) => ix.severityCode(k));
      r = rowBase + ix.count;
    }
    for (; r < store.count; r++) b.add(instants[r], store.severityCode(r));
    // Step tags are held for parsed logs; an indexed log would have to read every row's text to know them.
    if (store.isIndexed) continue;
    for (let r = 0; r < store.count && steps.length < MAX_STEP_MARKS; r++) {
      const step: StepId | null = store.step(r);
      const k = step === null ? -1 : b.bucketOf(instants[r]);
      if (k < 0) continue;
      const key = `${k}:${step}`;
      if (seen.has(key)) continue;
      seen.add(key);
      steps.push({ step: step!, instantMs: instants[r] });
    }
  }
  steps.sort((x, y) => x.instantMs - y.instantMs);
  return { fromMs: span.fromMs, toMs: span.toMs, sliceMs: b.width, total: [...b.counts.total], warnings: [...b.counts.warnings], errors: [...b.counts.errors], steps };
}
