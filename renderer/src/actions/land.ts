// Opening a set lands on its failure with no click: the plan (view/landing.ts) carried out —
// panes replaced, stacked when several, the first evidence line selected and centred, the other panes moved to
// its instant (jumpToEntry). Once the user has arranged the panes, a set that opens leaves them as they are.
import type { LogInfo } from '../../../shared/api/contract';
import type { DiagnosisResult } from '../../../shared/pipeline/diagnosis-types';
import { useLogs } from '../store/logs-store';
import { useSettings } from '../store/settings-store';
import { ask } from '../store/toasts-store';
import { useView } from '../store/view-store';
import { landingPlan } from '../view/landing';
import { jumpToEntry } from './navigate';

let queue: Promise<void> = Promise.resolve();
let busy = 0;

/** A landing is under way (the startup effect does not start a second one). */
export const landingBusy = (): boolean => busy > 0;

/**
 * Lands on the first failing set of those just opened (else the first). `opened` are the logs the open call
 * returned: the store may not have heard of them yet. Landings run one after the other.
 */
export function landOnSets(opened: readonly LogInfo[]): Promise<void> {
  busy++;
  queue = queue.then(() => land(opened)).finally(() => busy--);
  return queue;
}

async function land(opened: readonly LogInfo[]): Promise<void> {
  const store = useLogs.getState();
  const known = new Set(store.logs.map((l) => l.id));
  if (opened.some((l) => !known.has(l.id))) store.setLogs([...store.logs, ...opened.filter((l) => !known.has(l.id))]);
  const setIds = [...new Set(opened.map((l) => l.set.id))];
  const results: { id: string; d: DiagnosisResult | null }[] = [];
  for (const id of setIds) {
    const d = (await ask('diagnose', { setId: id })) ?? null;
    if (d) useLogs.getState().setDiagnosis(id, d);
    results.push({ id, d });
  }
  const target = results.find((r) => r.d?.verdict === 'failed') ?? results[0];
  if (!target) return;
  useLogs.setState({ activeSetId: target.id });
  const view = useView.getState();
  if (view.arranged && view.panes.length) return;
  const plan = landingPlan(useLogs.getState().logs.filter((l) => l.set.id === target.id), target.d);
  if (!plan) return;
  view.landPanes(plan.logIds);
  if (plan.logIds.length > 1) useSettings.setState({ layout: 'stacked' });
  if (plan.focus) await jumpToEntry(plan.focus.source, plan.focus.line);
}
