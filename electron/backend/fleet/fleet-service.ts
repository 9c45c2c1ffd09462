// The app's side of fleet triage (the Fleet view): the same sets and workers as `cmlens triage`, with progress as
// events and one triage at a time (a new one cancels the last, so a second folder opened does not wait).
import type { ApiEvent, ApiResults } from '../../../shared/api/contract';
import { unreadableRecord } from '../../../shared/fleet/triage-record';
import { findFleetSets } from './fleet-sets';
import { triageFleet } from './triage-pool';

export class FleetService {
  private running: AbortController | null = null;

  constructor(private readonly emit: (e: ApiEvent) => void) {}

  async sets(paths: readonly string[]): Promise<ApiResults['fleetSets']> {
    const { sets, errors } = await findFleetSets(paths);
    return { sets, errors: errors.map((e) => ({ path: e.set.path, reason: e.reason })) };
  }

  async triage(paths: readonly string[]): Promise<ApiResults['triage']> {
    this.running?.abort();
    const run = (this.running = new AbortController());
    const { sets, errors } = await findFleetSets(paths);
    const total = sets.length + errors.length;
    let done = errors.length;
    this.emit({ type: 'triage', done, total });
    const triaged = await triageFleet(sets, { signal: run.signal, onDone: () => this.emit({ type: 'triage', done: ++done, total }) });
    if (this.running === run) this.running = null;
    return { records: [...errors.map((e) => unreadableRecord(e.set, e.reason)), ...triaged.map((t) => t.record)] };
  }

  cancel(): void {
    this.running?.abort();
  }
}
