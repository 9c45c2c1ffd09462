// Scan (and sync) cycles: step hits across the logs of a set grouped by time into runs of the pipeline.
import type { StepId } from './diagnosis-types';
import type { SetEntry, SetView } from './set-view';
import { stepRank } from './steps';

export interface Cycle {
  /** Indexes into SetView.entries of the hits, in time order. */
  hits: number[];
  startT: number;
  lastT: number;
  /** Index into SetView.entries where the cycle's first hit is. */
  first: number;
  maxRank: number;
  endRank: number | null;
  failed: boolean;
  /** Reached the step that closes a healthy cycle (15 with client logs, 13 with WindowsUpdate.log alone, S3). */
  completed: boolean;
  /** Some hit came from WUAHandler/ScanAgent: the cycle must reach step 15 to be complete. */
  clientSeen: boolean;
}

/** Hours apart: two runs of the pipeline, not one. */
const GAP_MS = 45 * 60_000;

function isSync(step: StepId): boolean {
  return step.startsWith('S');
}

export function buildCycles(view: SetView, phase: 'scan' | 'sync'): Cycle[] {
  const finalRank = phase === 'sync' ? stepRank('S3') : view.hasClientLogs ? 15 : 13;
  const cycles: Cycle[] = [];
  let cur: Cycle | null = null;
  view.entries.forEach((e: SetEntry, i) => {
    const h = e.hit;
    if (!h || isSync(h.step) !== (phase === 'sync')) return;
    const r = stepRank(h.step);
    let fresh = cur === null || e.t - cur.lastT > GAP_MS;
    if (!fresh && cur && (h.kind === 'begin' || h.kind === 'progress')) {
      if (cur.endRank !== null && r <= cur.endRank) fresh = true;
      else if (r < cur.maxRank - 2) fresh = true;
      else if (phase === 'sync' && h.kind === 'begin' && cur.maxRank > r) fresh = true;
    }
    if (fresh) {
      cur = { hits: [], startT: e.t, lastT: e.t, first: i, maxRank: r, endRank: null, failed: false, completed: false, clientSeen: false };
      cycles.push(cur);
    }
    const c = cur!;
    c.hits.push(i);
    c.lastT = e.t;
    c.maxRank = Math.max(c.maxRank, r);
    if (h.kind === 'fail') {
      c.failed = true;
      // a failure at the search or later closes the run: a retry is a new cycle
      if (phase === 'sync' || r >= 13) c.endRank = Math.max(c.endRank ?? 0, r);
    }
    if (e.kind === 'wuahandler' || e.kind === 'scanagent') c.clientSeen = true;
    if (h.kind === 'end') {
      c.endRank = Math.max(c.endRank ?? 0, r);
      // a search the client logs do not cover (they start later, or were rotated away) ends at the agent
      if (r >= (c.clientSeen ? finalRank : Math.min(finalRank, 13))) c.completed = true;
    }
  });
  return cycles;
}
