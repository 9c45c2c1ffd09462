// Each open set (one client's folder, zip or drop) is diagnosed on its own and pushed with its set id: two
// clients' logs are two diagnoses, not one for the mix (issue 12, item 2). One DiagnosisScheduler per set, so a
// tail batch in one client re-diagnoses that client only.
import type { DiagnosisEvent } from '../../../shared/api/contract';
import type { DiagnosisInput, DiagnosisResult } from '../../../shared/pipeline/diagnosis-types';
import type { WorkerScript } from '../worker-script';
import { DiagnosisScheduler } from './diagnosis-scheduler';

export interface SetDiagnosesOptions {
  /** The set's pipeline logs as they are now. */
  inputs: (setId: string) => DiagnosisInput[];
  onResult: (setId: string, result: DiagnosisResult) => void;
  onError: (message: string) => void;
  script?: WorkerScript;
}

export class SetDiagnoses {
  private readonly bySet = new Map<string, DiagnosisScheduler>();
  /** Runs one-off diagnoses (API calls on chosen logs); never pushes. */
  private readonly oneOff: DiagnosisScheduler;

  constructor(private readonly opts: SetDiagnosesOptions) {
    this.oneOff = new DiagnosisScheduler({ inputs: () => [], onResult: () => undefined, onError: opts.onError, script: opts.script });
  }

  private of(setId: string): DiagnosisScheduler {
    let s = this.bySet.get(setId);
    if (!s) {
      s = new DiagnosisScheduler({
        inputs: () => this.opts.inputs(setId),
        onResult: (r) => this.opts.onResult(setId, r),
        onError: this.opts.onError,
        script: this.opts.script,
      });
      this.bySet.set(setId, s);
    }
    return s;
  }

  /** These sets changed: each is diagnosed again once quiet. */
  request(setIds: Iterable<string>): void {
    for (const id of setIds) this.of(id).request();
  }

  /** Sets no longer open stop (their workers end). */
  keepOnly(setIds: ReadonlySet<string>): void {
    for (const [id, s] of this.bySet) {
      if (setIds.has(id)) continue;
      s.dispose();
      this.bySet.delete(id);
    }
  }

  /** The latest pushed diagnosis of each set, as the events that pushed them (for a page that listens late). */
  latest(): DiagnosisEvent[] {
    return [...this.bySet].flatMap(([setId, s]) => {
      const result = s.latest();
      return result ? [{ type: 'diagnosis' as const, setId, result }] : [];
    });
  }

  /** The set's pushed diagnosis when nothing changed since; null while a change waits or runs. */
  current(setId: string): DiagnosisResult | null {
    return this.bySet.get(setId)?.current() ?? null;
  }

  once(inputs: DiagnosisInput[]): Promise<DiagnosisResult> {
    return this.oneOff.once(inputs);
  }

  dispose(): void {
    for (const s of this.bySet.values()) s.dispose();
    this.bySet.clear();
    this.oneOff.dispose();
  }
}
