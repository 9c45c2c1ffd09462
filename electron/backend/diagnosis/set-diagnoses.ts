// Each open set (one client's folder, zip or drop) is diagnosed on its own and pushed with its set id: two
// clients' logs are two diagnoses, not one for the mix (issue 12, item 2). One DiagnosisScheduler per set, so a
// tail batch in one client re-diagnoses that client only.
import type { DiagnosisEvent } from '../../../shared/api/contract';
import type { DiagnosisResult } from '../../../shared/pipeline/diagnosis-types';
import type { DiagnosisLog } from './diagnosis-worker';
import type { WorkerScript } from '../worker-script';
import { DiagnosisScheduler } from './diagnosis-scheduler';

export interface SetDiagnosesOptions {
  /** The set's pipeline logs as they are now. */
  inputs: (setId: string) => DiagnosisLog[];
  onResult: (setId: string, result: DiagnosisResult) => void;
  onError: (message: string) => void;
  script?: WorkerScript;
}

interface Slot {
  setId: string;
  scheduler: DiagnosisScheduler;
}

export class SetDiagnoses {
  private readonly bySet = new Map<string, Slot>();
  /** Schedulers of closed sets, kept with their idle worker for the next set opened (no worker churn, no fd churn). */
  private readonly free: Slot[] = [];
  constructor(private readonly opts: SetDiagnosesOptions) {}

  private of(setId: string): DiagnosisScheduler {
    let slot = this.bySet.get(setId);
    if (!slot) {
      slot = this.free.pop() ?? this.newSlot();
      slot.setId = setId;
      this.bySet.set(setId, slot);
    }
    return slot.scheduler;
  }

  private newSlot(): Slot {
    const slot: Slot = { setId: '', scheduler: null as unknown as DiagnosisScheduler };
    slot.scheduler = new DiagnosisScheduler({
      inputs: () => this.opts.inputs(slot.setId),
      onResult: (r) => this.opts.onResult(slot.setId, r),
      onError: this.opts.onError,
      script: this.opts.script,
    });
    return slot;
  }

  /** These sets changed: each is diagnosed again once quiet. */
  request(setIds: Iterable<string>): void {
    for (const id of setIds) this.of(id).request();
  }

  /** Sets no longer open stop (their workers end). */
  keepOnly(setIds: ReadonlySet<string>): void {
    for (const [id, slot] of this.bySet) {
      if (setIds.has(id)) continue;
      slot.scheduler.reset();
      this.bySet.delete(id);
      this.free.push(slot);
    }
  }

  /** The latest pushed diagnosis of each set, as the events that pushed them (for a page that listens late). */
  latest(): DiagnosisEvent[] {
    return [...this.bySet].flatMap(([setId, slot]) => {
      const result = slot.scheduler.latest();
      return result ? [{ type: 'diagnosis' as const, setId, result }] : [];
    });
  }

  /** The set's pushed diagnosis when nothing changed since; null while a change waits or runs. */
  current(setId: string): DiagnosisResult | null {
    return this.bySet.get(setId)?.scheduler.current() ?? null;
  }

  dispose(): void {
    for (const slot of [...this.bySet.values(), ...this.free]) slot.scheduler.dispose();
    this.bySet.clear();
    this.free.length = 0;
  }
}
