// Which dialogs and bars are open. Not remembered: a fresh start shows the logs.
import { create } from 'zustand';

export type Dialog = 'open' | 'lookup' | 'help' | 'goto' | 'forceScan' | 'highlight' | null;

export const useUi = create(() => ({
  dialog: null as Dialog,
  lookupCode: '',
  findOpen: false,
  filterOpen: false,
}));

export const showDialog = (dialog: Dialog): void => useUi.setState({ dialog });
export const closeDialog = (): void => showDialog(null);
/** The error lookup, asked about `code` (else showing what was typed last). */
export const openLookup = (code?: string): void => useUi.setState({ dialog: 'lookup', ...(code !== undefined ? { lookupCode: code } : {}) });
