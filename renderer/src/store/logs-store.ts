// What is open: the log list, kept current by the backend's `logs` events.
import { create } from 'zustand';
import type { LogInfo } from '../../../shared/api/contract';
import { api } from '../api/client';

interface LogsState {
  logs: LogInfo[];
  selected: string[];
  setLogs(logs: LogInfo[]): void;
  select(ids: string[]): void;
}

export const useLogs = create<LogsState>((set, get) => ({
  logs: [],
  selected: [],
  setLogs: (logs) => {
    const still = get().selected.filter((id) => logs.some((l) => l.id === id));
    set({ logs, selected: still.length ? still : logs.slice(0, 1).map((l) => l.id) });
  },
  select: (ids) => set({ selected: ids }),
}));

api.onEvent((e) => {
  if (e.type === 'logs') useLogs.getState().setLogs(e.logs);
});
