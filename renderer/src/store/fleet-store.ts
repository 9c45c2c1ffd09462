// The Fleet view's state: the paths being triaged, the records as they came back, progress, and the table's
// sort and filters. The records are small (a few hundred bytes a client); no log of the fleet is opened here.
import { create } from 'zustand';
import type { FleetFilter, FleetSortKey } from '../../../shared/fleet/fleet-query';
import type { TriageRecord } from '../../../shared/fleet/triage-record';
import { ask } from './toasts-store';

interface FleetState {
  /** The Fleet view is shown in place of the panes. */
  shown: boolean;
  paths: string[];
  records: TriageRecord[];
  running: boolean;
  progress: { done: number; total: number } | null;
  sort: { key: FleetSortKey; dir: 'asc' | 'desc' };
  filter: FleetFilter;
  setSort(key: FleetSortKey): void;
}

export const useFleet = create<FleetState>((set, get) => ({
  shown: false,
  paths: [],
  records: [],
  running: false,
  progress: null,
  sort: { key: 'verdict', dir: 'asc' },
  filter: {},
  // A second click on the sorted column reverses it.
  setSort: (key) => {
    const s = get().sort;
    set({ sort: { key, dir: s.key === key && s.dir === 'asc' ? 'desc' : 'asc' } });
  },
}));

/** Triage these paths (a folder of client zips, several zips) and show the Fleet view. */
export async function startTriage(paths: string[]): Promise<void> {
  useFleet.setState({ shown: true, paths, records: [], running: true, progress: null, filter: {} });
  const r = await ask('triage', { paths });
  // A newer triage replaced this one: its answer is not this view's.
  if (useFleet.getState().paths !== paths) return;
  useFleet.setState({ records: r?.records ?? [], running: false });
}
