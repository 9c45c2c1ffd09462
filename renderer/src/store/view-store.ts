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
  /** Find hits in this pane's view (row indices, ascending). */
  hits: number[];
  hitsTotal: number;
}

/**
 * A bookmark names the entry, not a row index: (log, physical file, line) means the same entry in every view,
 * filtered or merged, so bookmarks survive filter changes and panes that show their log differently.
 */
export type Bookmark = Pick<Row, 'logId' | 'source' | 'line'>;

export const bookmarkKey = (b: Bookmark): string => `${b.logId}\n${b.source}\n${b.line}`;

interface FindState {
  query: string;
  regex: boolean;
  matchCase: boolean;
  allPanes: boolean;
}

const emptyPane = (): PaneState => ({
  selected: null, selectedRow: null, second: null, secondRow: null, syncRow: null, reveal: null, hits: [], hitsTotal: 0,
});
/** Fresh states for these panes: what was selected or found means nothing in another view. */
const emptyPanes = (ids: readonly string[]): Record<string, PaneState> => Object.fromEntries(ids.map((id) => [id, emptyPane()]));

let nextPane = 1;
let seq = 1;

interface ViewState {
  panes: Pane[];
  /**
   * The user arranged the panes (opened, closed, merged, chose a log or the layout): from then on a set that opens
   * does not rearrange them: their choice wins.
   */
  arranged: boolean;
  activePaneId: string | null;
  paneState: Record<string, PaneState>;
  filter: RowFilter;
  find: FindState;
  bookmarks: Bookmark[];
  addPane(logIds: string[]): string;
  /** The panes a set lands on (actions/land.ts), one per log: replaces every pane, and is not the user's arrangement. */
  landPanes(logIds: string[]): void;
  showInActivePane(logIds: string[]): void;
  closePane(id: string): void;
  patchPane(id: string, patch: Partial<PaneState>): void;
  select(paneId: string, index: number, row: Row | null, second?: boolean): void;
  reveal(paneId: string, row: number, opts?: { select?: Row | null; sync?: boolean }): void;
  setFilter(f: RowFilter): void;
  setFind(patch: Partial<FindState>): void;
  toggleBookmark(row: Bookmark): void;
  /** Drop panes whose logs were closed; keep the rest. */
  pruneLogs(openIds: Set<string>): void;
  /** The same logs under new ids (a restarted backend reopened them): panes and bookmarks follow; selections restart. */
  renameLogs(renamed: Record<string, string>): void;
}

export const useView = create<ViewState>((set, get) => ({
  panes: [],
  arranged: false,
  activePaneId: null,
  paneState: {},
  filter: {},
  find: { query: '', regex: false, matchCase: false, allPanes: false },
  bookmarks: [],
  addPane: (logIds) => {
    const id = `pane${nextPane++}`;
    set({ panes: [...get().panes, { id, logIds }], activePaneId: id, paneState: { ...get().paneState, [id]: emptyPane() }, arranged: true });
    return id;
  },
  landPanes: (logIds) => {
    const panes = logIds.map((id) => ({ id: `pane${nextPane++}`, logIds: [id] }));
    set({ panes, activePaneId: panes[0]?.id ?? null, paneState: emptyPanes(panes.map((p) => p.id)) });
  },
  showInActivePane: (logIds) => {
    const active = activePane(get());
    if (!active) {
      get().addPane(logIds);
      return;
    }
    set({
      panes: get().panes.map((p) => (p.id === active.id ? { ...p, logIds } : p)),
      paneState: { ...get().paneState, [active.id]: emptyPane() },
      arranged: true,
    });
  },
  closePane: (id) => {
    const panes = get().panes.filter((p) => p.id !== id);
    const { [id]: _gone, ...rest } = get().paneState;
    set({ panes, paneState: rest, activePaneId: get().activePaneId === id ? (panes[0]?.id ?? null) : get().activePaneId, arranged: true });
  },
  patchPane: (id, patch) => {
    const cur = get().paneState[id];
    if (cur) set({ paneState: { ...get().paneState, [id]: { ...cur, ...patch } } });
  },
  select: (paneId, index, row, second = false) => {
    get().patchPane(paneId, second && get().paneState[paneId]?.selected != null
      ? { second: index, secondRow: row }
      : { selected: index, selectedRow: row, second: null, secondRow: null, syncRow: null });
    set({ activePaneId: paneId });
  },
  reveal: (paneId, row, opts = {}) => {
    const patch: Partial<PaneState> = { reveal: { row, seq: seq++ } };
    if (opts.sync) patch.syncRow = row;
    if (opts.select !== undefined) Object.assign(patch, { selected: row, selectedRow: opts.select, second: null, secondRow: null });
    get().patchPane(paneId, patch);
  },
  setFilter: (filter) => {
    // row indices change with the filter (bookmarks name entries, so they stay)
    set({ filter, paneState: emptyPanes(Object.keys(get().paneState)) });
  },
  setFind: (patch) => set({ find: { ...get().find, ...patch } }),
  toggleBookmark: (row) => {
    const b: Bookmark = { logId: row.logId, source: row.source, line: row.line };
    const key = bookmarkKey(b);
    const cur = get().bookmarks;
    set({ bookmarks: cur.some((x) => bookmarkKey(x) === key) ? cur.filter((x) => bookmarkKey(x) !== key) : [...cur, b] });
  },
  renameLogs: (renamed) => {
    const to = (id: string) => renamed[id] ?? id;
    set({
      panes: get().panes.map((p) => ({ ...p, logIds: p.logIds.map(to) })),
      bookmarks: get().bookmarks.map((b) => ({ ...b, logId: to(b.logId) })),
      paneState: emptyPanes(Object.keys(get().paneState)),
    });
  },
  pruneLogs: (openIds) => {
    const panes = get().panes
      .map((p) => ({ ...p, logIds: p.logIds.filter((id) => openIds.has(id)) }))
      .filter((p) => p.logIds.length > 0);
    if (panes.length === get().panes.length && panes.every((p, i) => p.logIds.length === get().panes[i].logIds.length)) return;
    const keep = new Set(panes.map((p) => p.id));
    set({
      panes,
      bookmarks: get().bookmarks.filter((b) => openIds.has(b.logId)),
      paneState: Object.fromEntries(Object.entries(get().paneState).filter(([id]) => keep.has(id))),
      activePaneId: keep.has(get().activePaneId ?? '') ? get().activePaneId : (panes[0]?.id ?? null),
    });
  },
}));

/** The active pane's selection and hits: a selector. */
export const activePaneState = (s: ViewState): PaneState | undefined => (s.activePaneId ? s.paneState[s.activePaneId] : undefined);

/** The pane showing this log alone (not merged with others), if any. */
export const paneShowingAlone = (panes: readonly Pane[], logId: string): Pane | undefined => panes.find((p) => p.logIds.length === 1 && p.logIds[0] === logId);

/** The pane the user works in: a selector, or read now. */
export const activePane = (s: ViewState = useView.getState()): Pane | undefined => s.panes.find((p) => p.id === s.activePaneId);

/** Whether a filter filters anything (an empty one is left out of API calls). */
export function nonEmpty(f: RowFilter): RowFilter | undefined {
  return Object.values(f).some((v) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)) ? f : undefined;
}

/** A view as the API names it: its logs, and the filter every pane shares when it filters anything. */
export function viewArgs(logIds: string[], filter: RowFilter = useView.getState().filter): { logIds: string[]; filter?: RowFilter } {
  return { logIds, filter: nonEmpty(filter) };
}
