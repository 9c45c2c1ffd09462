// What the user set up, remembered across runs (localStorage): columns, time mode, theme, language,
// panes shown, sync, highlight rules and recent sets.
import { create } from 'zustand';
import { DEFAULT_COLUMNS, MIN_COLUMN_WIDTH, type ColumnId, type ColumnSetting } from '../view/columns';
import type { HighlightRule } from '../view/highlight-rules';
import type { TimeMode } from '../view/time-format';

type Theme = 'light' | 'dark';
export type Lang = 'en' | 'zh-CN';
export type Layout = 'side' | 'stacked';

const KEY = 'cmlens-settings-v1';
const RECENT_MAX = 10;

const defaults = {
  /** The columns of a kind of log the user has not set up (and where every kind started from). */
  columns: DEFAULT_COLUMNS.map((c) => ({ ...c })),
  /** Columns the user set up for a kind of log (view/columns.ts columnKind): WindowsUpdate.log's stay its own. */
  columnsByKind: {} as Record<string, ColumnSetting[]>,
  timeMode: 'writer' as TimeMode,
  theme: (typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light') as Theme,
  lang: (typeof navigator !== 'undefined' && navigator.language?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en') as Lang,
  showDetails: true,
  showDiagnosis: true,
  syncPanes: true,
  layout: 'side' as Layout,
  highlightRules: [] as HighlightRule[],
  /** Path sets opened before, newest first. */
  recentSets: [] as string[][],
};
type Settings = typeof defaults;

function load(): Settings {
  let saved: unknown = null;
  try {
    saved = JSON.parse(localStorage.getItem(KEY) ?? 'null');
  } catch {
    /* a corrupt value never breaks startup: the defaults */
  }
  const s: Settings = { ...defaults, ...(saved && typeof saved === 'object' ? saved : {}) };
  const columnsByKind = Object.fromEntries(Object.entries(s.columnsByKind ?? {}).map(([k, cols]) => [k, withAllColumns(cols)]));
  return { ...s, columns: withAllColumns(s.columns), columnsByKind };
}

/** A column added in a later version still shows up for someone with older settings; unknown ones go. */
function withAllColumns(cols: readonly ColumnSetting[]): ColumnSetting[] {
  const known = new Set(cols.map((c) => c.id));
  return [...cols.filter((c) => DEFAULT_COLUMNS.some((d) => d.id === c.id)), ...DEFAULT_COLUMNS.filter((d) => !known.has(d.id))];
}

interface SettingsState extends Settings {
  /** The columns of a kind of log: its own if the user set them up, else the shared ones. */
  columnsFor(kind: string): ColumnSetting[];
  setColumnWidth(kind: string, id: ColumnId, width: number): void;
  toggleColumn(kind: string, id: ColumnId): void;
  /** Changes one column of a kind (from then on the kind has columns of its own); never hides the last one. */
  setColumn(kind: string, id: ColumnId, patch: Partial<ColumnSetting>): void;
  addRecent(paths: string[]): void;
}

export const useSettings = create<SettingsState>((set, get) => ({
  ...load(),
  columnsFor: (kind) => get().columnsByKind[kind] ?? get().columns,
  setColumnWidth: (kind, id, width) => get().setColumn(kind, id, { width: Math.max(MIN_COLUMN_WIDTH, Math.round(width)) }),
  toggleColumn: (kind, id) => get().setColumn(kind, id, { visible: !get().columnsFor(kind).find((c) => c.id === id)?.visible }),
  setColumn: (kind, id, patch) => {
    const cols = get().columnsFor(kind).map((c) => (c.id === id ? { ...c, ...patch } : c));
    // never hide every column: an empty grid looks broken
    if (cols.some((c) => c.visible && c.id !== 'source')) set({ columnsByKind: { ...get().columnsByKind, [kind]: cols } });
  },
  addRecent: (paths) => {
    const key = JSON.stringify(paths);
    set({ recentSets: [paths, ...get().recentSets.filter((p) => JSON.stringify(p) !== key)].slice(0, RECENT_MAX) });
  },
}));

useSettings.subscribe((s) => {
  try {
    localStorage.setItem(KEY, JSON.stringify(Object.fromEntries(Object.keys(defaults).map((k) => [k, s[k as keyof Settings]]))));
  } catch {
    /* storage full or disabled: settings just are not remembered */
  }
});
