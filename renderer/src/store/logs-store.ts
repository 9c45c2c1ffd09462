// What is open and what the backend says about it: the log list, indexing progress, each set's diagnosis (the
// panel and the pipeline strip show the active set's), and a revision counter per log that grows when lines are
// appended (panes re-count on it). Kept current by events.
import { create } from 'zustand';
import type { ApiEvent, LogInfo, LogSetRef } from '../../../shared/api/contract';
import type { DiagnosisResult } from '../../../shared/pipeline/diagnosis-types';
import { api, onConnection } from '../api/client';
import { onBackendNotice, onConnectionChange } from './backend-notice';
import { ask, useToasts } from './toasts-store';
import { useFleet } from './fleet-store';
import { i18n } from '../i18n/i18n';
import { problemInUi } from '../i18n/message-text';

type EventOf<T extends ApiEvent['type']> = Extract<ApiEvent, { type: T }>;
type Progress = Pick<EventOf<'progress'>, 'doneBytes' | 'totalBytes'>;
/** openPaths at work (a folder on a slow share takes a while): what is being opened, or null. */
type Opening = Pick<EventOf<'opening'>, 'done' | 'total' | 'name'>;

interface LogsState {
  logs: LogInfo[];
  progress: Record<string, Progress>;
  opening: Opening | null;
  /** Grows on every `appended` event of a log: panes showing it re-count and follow the tail. */
  revision: Record<string, number>;
  /** The diagnosis of each open set, by set id: two clients are two diagnoses. */
  diagnoses: Record<string, DiagnosisResult>;
  /** The set the diagnosis panel and the pipeline strip are about (the active pane's, or the switcher's). */
  activeSetId: string | null;
  /** The log that got the newest pipeline step while tailing: its pane follows the end (seq: each new step). */
  tailStep: { logId: string; seq: number } | null;
  tailPaused: boolean;
  setLogs(logs: LogInfo[]): void;
  setDiagnosis(setId: string, d: DiagnosisResult): void;
  setTailPaused(paused: boolean): Promise<void>;
}

export const useLogs = create<LogsState>((set, get) => ({
  logs: [],
  progress: {},
  opening: null,
  revision: {},
  diagnoses: {},
  activeSetId: null,
  tailStep: null,
  tailPaused: false,
  // Each set's diagnosis is pushed by the backend whenever the set changes (never asked for).
  setLogs: (logs) => {
    const ids = new Set(logs.map((l) => l.set.id));
    const diagnoses = Object.fromEntries(Object.entries(get().diagnoses).filter(([id]) => ids.has(id)));
    const cur = get().activeSetId;
    const activeSetId = cur !== null && ids.has(cur) ? cur : (logs[0]?.set.id ?? null);
    set({ logs, diagnoses, activeSetId });
  },
  setDiagnosis: (setId, d) => set({ diagnoses: { ...get().diagnoses, [setId]: d } }),
  setTailPaused: async (paused) => {
    const ok = await ask('setTailPaused', { paused });
    if (ok !== undefined) set({ tailPaused: paused });
  },
}));

function handleEvent(e: ApiEvent): void {
  const s = useLogs.getState();
  switch (e.type) {
    case 'logs':
      s.setLogs(e.logs);
      break;
    case 'progress':
      useLogs.setState({ progress: { ...s.progress, [e.logId]: { doneBytes: e.doneBytes, totalBytes: e.totalBytes } } });
      break;
    case 'opening':
      useLogs.setState({ opening: e.total > 0 && e.done >= e.total ? null : { done: e.done, total: e.total, name: e.name } });
      break;
    case 'appended':
      useLogs.setState({
        revision: { ...s.revision, [e.logId]: (s.revision[e.logId] ?? 0) + 1 },
        ...(e.step ? { tailStep: { logId: e.logId, seq: (s.tailStep?.seq ?? 0) + 1 } } : {}),
      });
      break;
    case 'diagnosis': {
      const setId = e.setId ?? s.activeSetId;
      if (setId) s.setDiagnosis(setId, e.result);
      break;
    }
    case 'error':
      useToasts.getState().push('error', e.problem ? `${e.subject ? `${e.subject}: ` : ''}${problemInUi(e.problem, i18n.t, e.message)}` : e.message);
      break;
    case 'backend':
      onBackendNotice(e);
      break;
    case 'triage':
      if (useFleet.getState().running) useFleet.setState({ progress: { done: e.done, total: e.total } });
      break;
  }
}

/** The active set's diagnosis (what the panel, the pipeline strip and the timeline show): a selector. */
export const activeDiagnosis = (s: LogsState): DiagnosisResult | null => (s.activeSetId ? (s.diagnoses[s.activeSetId] ?? null) : null);

/** The open sets, in the order their logs are listed. */
export function openSets(logs: readonly LogInfo[]): LogSetRef[] {
  const sets = new Map<string, LogSetRef>();
  for (const l of logs) if (!sets.has(l.set.id)) sets.set(l.set.id, l.set);
  return [...sets.values()];
}

/** How a set is named to people: its folder or zip name, and the machine when the name does not already say it. */
export function setLabel(set: LogSetRef): string {
  return set.machine && !set.name.toUpperCase().includes(set.machine.toUpperCase()) ? `${set.name} · ${set.machine}` : set.name;
}

/** Reads what is open again; `recount` (F5): every pane showing one of the logs counts its rows again too. */
export async function reloadLogs(recount = false): Promise<void> {
  const logs = await ask('listLogs', {});
  if (!logs) return;
  useLogs.getState().setLogs(logs);
  if (!recount) return;
  const revision = { ...useLogs.getState().revision };
  for (const l of logs) revision[l.id] = (revision[l.id] ?? 0) + 1;
  useLogs.setState({ revision });
}

/** Startup: subscribe first (so nothing is missed), then read what is open. */
export function connectBackend(): void {
  api.onEvent(handleEvent);
  onConnection(onConnectionChange);
  void reloadLogs();
}
