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

interface LogsState {
  logs: LogInfo[];
  progress: Record<string, Progress>;
  /** Grows on every `appended` event of a log: panes showing it re-count and follow the tail. */
  revision: Record<string, number>;
  diagnosis: DiagnosisResult | null;
  tailPaused: boolean;
  setLogs(logs: LogInfo[]): void;
  refreshDiagnosis(): Promise<void>;
  setTailPaused(paused: boolean): Promise<void>;
}

export const useLogs = create<LogsState>((set, get) => ({
  logs: [],
  progress: {},
  revision: {},
  diagnosis: null,
  tailPaused: false,
  setLogs: (logs) => set({ logs }),
  refreshDiagnosis: async () => {
    if (!get().logs.length) return set({ diagnosis: null });
    const d = await attempt('diagnose', () => api.diagnose({}));
    if (d) set({ diagnosis: d });
  },
  setTailPaused: async (paused) => {
    const ok = await attempt('pause', () => api.setTailPaused({ paused }));
    if (ok !== undefined) set({ tailPaused: paused });
  },
}));

let diagnoseTimer: ReturnType<typeof setTimeout> | null = null;
/** Lines arrive in bursts: diagnose once the burst settles, not per event. */
function diagnoseSoon(): void {
  if (diagnoseTimer) clearTimeout(diagnoseTimer);
  diagnoseTimer = setTimeout(() => void useLogs.getState().refreshDiagnosis(), 400);
}

export function handleEvent(e: ApiEvent): void {
  const s = useLogs.getState();
  switch (e.type) {
    case 'logs':
      s.setLogs(e.logs);
      diagnoseSoon();
      break;
    case 'progress':
      useLogs.setState({ progress: { ...s.progress, [e.logId]: { doneBytes: e.doneBytes, totalBytes: e.totalBytes } } });
      break;
    case 'appended':
      useLogs.setState({ revision: { ...s.revision, [e.logId]: (s.revision[e.logId] ?? 0) + 1 } });
      diagnoseSoon();
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
    if (logs) {
      useLogs.getState().setLogs(logs);
      void useLogs.getState().refreshDiagnosis();
    }
  });
}
