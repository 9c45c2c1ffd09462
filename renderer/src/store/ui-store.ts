// Which dialogs and bars are open. Not remembered: a fresh start shows the logs.
import { create } from 'zustand';

export type Dialog = 'open' | 'lookup' | 'help' | 'goto' | 'forceScan' | 'highlight' | null;

interface UiState {
  dialog: Dialog;
  lookupCode: string;
  findOpen: boolean;
  filterOpen: boolean;
  setDialog(d: Dialog): void;
  openLookup(code?: string): void;
  setFindOpen(v: boolean): void;
  setFilterOpen(v: boolean): void;
}

export const useUi = create<UiState>((set) => ({
  dialog: null,
  lookupCode: '',
  findOpen: false,
  filterOpen: false,
  setDialog: (dialog) => set({ dialog }),
  openLookup: (code) => set({ dialog: 'lookup', ...(code !== undefined ? { lookupCode: code } : {}) }),
  setFindOpen: (findOpen) => set({ findOpen }),
  setFilterOpen: (filterOpen) => set({ filterOpen }),
}));

export const closeDialog = (): void => useUi.getState().setDialog(null);
