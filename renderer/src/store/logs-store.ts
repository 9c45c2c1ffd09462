// What is open and what the backend says about it: the log list, indexing progress, the diagnosis, and a
// revision counter per log that grows when lines are appended (panes re-count on it). Kept current by events.
import { create } from 'zustand';
import type { ApiEvent, LogInfo } from '../../../shared/api/contract';
import type { DiagnosisResult } from '../../../shared/pipeline/diagnosis-types';
import { api, onConnection } from '../api/client';
import { onBackendNotice, onConnectionChange } from './backend-notice';
import { attempt, useToasts } from './toasts-store';
import { i18n } from '../i18n/i18n';
import { problemInUi } from '../i18n/message-text';

export interface Progress {
  doneBytes: number;
  totalBytes: number;
}

/** openPaths at work (a folder on a slow share takes a while): what is being opened, or null. */
export interface Opening {
  done: number;
  total: number;
  name: string;
}

interface LogsState {
  logs: LogInfo[];
  progress: Record<string, Progress>;
  opening: Opening | null;
  /** Grows on every `appended` event of a log: panes showing it re-count and follow the tail. */
  revision: Record<string, number>;
  diagnosis: DiagnosisResult | null;
  tailPaused: boolean;
  setLogs(logs: LogInfo[]): void;
  setTailPaused(paused: boolean): Promise<void>;
}

export const useLogs = create<LogsState>((set) => ({
  logs: [],
  progress: {},
  opening: null,
  revision: {},
  diagnosis: null,
  tailPaused: false,
  // The diagnosis is pushed by the backend whenever the set changes (never asked for); nothing open, nothing to show.
  setLogs: (logs) => set(logs.length ? { logs } : { logs, diagnosis: null }),
  setTailPaused: async (paused) => {
    const ok = await attempt('pause', () => api.setTailPaused({ paused }));
    if (ok !== undefined) set({ tailPaused: paused });
  },
}));

export function handleEvent(e: ApiEvent): void {
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
      useLogs.setState({ revision: { ...s.revision, [e.logId]: (s.revision[e.logId] ?? 0) + 1 } });
      break;
    case 'diagnosis':
      useLogs.setState({ diagnosis: e.result });
      break;
    case 'error':
      useToasts.getState().push('error', e.problem ? `${e.subject ? `${e.subject}: ` : ''}${problemInUi(e.problem, i18n.t, e.message)}` : e.message);
      break;
    case 'backend':
      onBackendNotice(e);
      break;
  }
}

/** Startup: subscribe first (so nothing is missed), then read what is open. */
export function connectBackend(): void {
  api.onEvent(handleEvent);
  onConnection(onConnectionChange);
  void attempt('listLogs', () => api.listLogs({})).then((logs) => {
    if (logs) useLogs.getState().setLogs(logs);
  });
}
