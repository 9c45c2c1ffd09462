// Each open set (one client's folder, zip or drop) is diagnosed on its own and pushed with its set id: two
// clients' logs are two diagnoses, not one for the mix (issue 12, item 2). One DiagnosisScheduler per set, so a
// tail batch in one client re-diagnoses that client only.
import type { DiagnosisEvent } from '../../../shared/api/contract';
import type { DiagnosisResult } from '../../../shared/pipeline/diagnosis-types';
import type { DiagnosisLog } from './diagnosis-worker';
import { DiagnosisScheduler } from './diagnosis-scheduler';

export interface SetDiagnosesOptions {
  /** The set's pipeline logs as they are now. */
  inputs: (setId: string) => DiagnosisLog[];
  onResult: (setId: string, result: DiagnosisResult) => void;
  onError: (message: string) => void;
}

export class SetDiagnoses {
  private readonly bySet = new Map<string, DiagnosisScheduler>();
  constructor(private readonly opts: SetDiagnosesOptions) {}

  private of(setId: string): DiagnosisScheduler {
    let scheduler = this.bySet.get(setId);
    if (!scheduler) {
      scheduler = new DiagnosisScheduler({
        inputs: () => this.opts.inputs(setId),
        onResult: (r) => this.opts.onResult(setId, r),
        onError: this.opts.onError,
      });
      this.bySet.set(setId, scheduler);
    }
    return scheduler;
  }

  /** These sets changed: each is diagnosed again once quiet. */
  request(setIds: Iterable<string>): void {
    for (const id of setIds) this.of(id).request();
  }

  /**
   * Sets no longer open stop, and their workers end: an idle worker never collects its garbage, so one kept for the
   * next set would hold the closed set's copied entries until then.
   */
  keepOnly(setIds: ReadonlySet<string>): void {
    for (const [id, scheduler] of this.bySet) {
      if (setIds.has(id)) continue;
      scheduler.dispose();
      this.bySet.delete(id);
    }
  }

  /** The latest pushed diagnosis of each set, as the events that pushed them (for a page that listens late). */
  latest(): DiagnosisEvent[] {
    return [...this.bySet].flatMap(([setId, scheduler]) => {
      const result = scheduler.latest();
      return result ? [{ type: 'diagnosis' as const, setId, result }] : [];
    });
  }

  /** The set's pushed diagnosis when nothing changed since; null while a change waits or runs. */
  current(setId: string): DiagnosisResult | null {
    return this.bySet.get(setId)?.current() ?? null;
  }

  dispose(): void {
    for (const scheduler of this.bySet.values()) scheduler.dispose();
    this.bySet.clear();
  }
}
