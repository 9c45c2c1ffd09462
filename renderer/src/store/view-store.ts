// The panes on screen and what is selected in each: which logs a pane shows (one, or several merged),
// the selection (and a second one for elapsed time), the row a sync moved it to, bookmarks, find hits,
// and the one filter all panes share.
import { create } from 'zustand';
import type { Row, RowFilter } from '../../../shared/api/contract';

export interface Pane {
  id: string;
  logIds: string[];
}

export interface PaneState {
  selected: number | null;
  selectedRow: Row | null;
  /** A second selection (Ctrl/Shift+click): the status bar shows the time between the two. */
  second: number | null;
  secondRow: Row | null;
  /** The nearest entry a sync from another pane landed on. */
  syncRow: number | null;
  /** Ask the pane to scroll a row into view; seq makes repeated requests for the same row count. */
  reveal: { row: number; seq: number } | null;
  bookmarks: number[];
  /** Find hits in this pane's view (row indices, ascending). */
  hits: number[];
  hitsTotal: number;
}

export interface FindState {
  query: string;
  regex: boolean;
  matchCase: boolean;
  allPanes: boolean;
  /** Which hit F3 is on, over the active pane's hits. */
  cursor: number;
}

const emptyPane = (): PaneState => ({
  selected: null, selectedRow: null, second: null, secondRow: null, syncRow: null, reveal: null, bookmarks: [], hits: [], hitsTotal: 0,
});

let nextPane = 1;
let seq = 1;

interface ViewState {
  panes: Pane[];
  activePaneId: string | null;
  paneState: Record<string, PaneState>;
  filter: RowFilter;
  find: FindState;
  addPane(logIds: string[]): string;
  showInActivePane(logIds: string[]): void;
  closePane(id: string): void;
  setActive(id: string): void;
  patchPane(id: string, patch: Partial<PaneState>): void;
  select(paneId: string, index: number, row: Row | null, second?: boolean): void;
  reveal(paneId: string, row: number, opts?: { select?: Row | null; sync?: boolean }): void;
  setFilter(f: RowFilter): void;
  setFind(patch: Partial<FindState>): void;
  toggleBookmark(paneId: string, row: number): void;
  /** Drop panes whose logs were closed; keep the rest. */
  pruneLogs(openIds: Set<string>): void;
}

export const useView = create<ViewState>((set, get) => ({
  panes: [],
  activePaneId: null,
  paneState: {},
  filter: {},
  find: { query: '', regex: false, matchCase: false, allPanes: false, cursor: -1 },
  addPane: (logIds) => {
    const id = `pane${nextPane++}`;
    set({ panes: [...get().panes, { id, logIds }], activePaneId: id, paneState: { ...get().paneState, [id]: emptyPane() } });
    return id;
  },
  showInActivePane: (logIds) => {
    const { panes, activePaneId } = get();
    const active = panes.find((p) => p.id === activePaneId);
    if (!active) {
      get().addPane(logIds);
      return;
    }
    set({
      panes: panes.map((p) => (p.id === active.id ? { ...p, logIds } : p)),
      paneState: { ...get().paneState, [active.id]: emptyPane() },
    });
  },
  closePane: (id) => {
    const panes = get().panes.filter((p) => p.id !== id);
    const { [id]: _gone, ...rest } = get().paneState;
    set({ panes, paneState: rest, activePaneId: get().activePaneId === id ? (panes[0]?.id ?? null) : get().activePaneId });
  },
  setActive: (id) => set({ activePaneId: id }),
  patchPane: (id, patch) => {
    const cur = get().paneState[id];
    if (cur) set({ paneState: { ...get().paneState, [id]: { ...cur, ...patch } } });
  },
  select: (paneId, index, row, second = false) => {
    const cur = get().paneState[paneId] ?? emptyPane();
    const next = second && cur.selected !== null
      ? { ...cur, second: index, secondRow: row }
      : { ...cur, selected: index, selectedRow: row, second: null, secondRow: null, syncRow: null };
    set({ paneState: { ...get().paneState, [paneId]: next }, activePaneId: paneId });
  },
  reveal: (paneId, row, opts = {}) => {
    const cur = get().paneState[paneId] ?? emptyPane();
    const patch: Partial<PaneState> = { reveal: { row, seq: seq++ } };
    if (opts.sync) patch.syncRow = row;
    if (opts.select !== undefined) Object.assign(patch, { selected: row, selectedRow: opts.select, second: null, secondRow: null });
    set({ paneState: { ...get().paneState, [paneId]: { ...cur, ...patch } } });
  },
  setFilter: (filter) => {
    // row indices change with the filter: selections, bookmarks and hits of the old view mean nothing now
    const paneState = Object.fromEntries(Object.keys(get().paneState).map((id) => [id, emptyPane()]));
    set({ filter, paneState, find: { ...get().find, cursor: -1 } });
  },
  setFind: (patch) => set({ find: { ...get().find, ...patch } }),
  toggleBookmark: (paneId, row) => {
    const cur = get().paneState[paneId];
    if (!cur) return;
    const has = cur.bookmarks.includes(row);
    const bookmarks = has ? cur.bookmarks.filter((b) => b !== row) : [...cur.bookmarks, row].sort((a, b) => a - b);
    get().patchPane(paneId, { bookmarks });
  },
  pruneLogs: (openIds) => {
    const panes = get().panes
      .map((p) => ({ ...p, logIds: p.logIds.filter((id) => openIds.has(id)) }))
      .filter((p) => p.logIds.length > 0);
    if (panes.length === get().panes.length && panes.every((p, i) => p.logIds.length === get().panes[i].logIds.length)) return;
    const keep = new Set(panes.map((p) => p.id));
    set({
      panes,
      paneState: Object.fromEntries(Object.entries(get().paneState).filter(([id]) => keep.has(id))),
      activePaneId: keep.has(get().activePaneId ?? '') ? get().activePaneId : (panes[0]?.id ?? null),
    });
  },
}));

export function activePane(): Pane | undefined {
  const s = useView.getState();
  return s.panes.find((p) => p.id === s.activePaneId);
}
