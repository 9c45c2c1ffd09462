// The window's key handler: SHORTCUTS (keys/shortcuts.ts) mapped to what each action does (the toolbar's
// buttons run the same actions).
import { useEffect } from 'react';
import { bookmarkStep, findStep, jumpSeverity } from '../actions/navigate';
import { copySelectedRows } from '../actions/clipboard';
import { reloadLogs, useLogs } from '../store/logs-store';
import { useSettings } from '../store/settings-store';
import { openLookup, showDialog, useUi } from '../store/ui-store';
import { activePane, useView } from '../store/view-store';
import { listen } from '../components/listen';
import { actionFor, type Action } from './shortcuts';

export const runAction: Record<Action, () => void> = {
  open: () => showDialog('open'),
  find: () => {
    useUi.setState({ findOpen: true });
    setTimeout(() => document.querySelector<HTMLInputElement>('.find-bar input[type=search]')?.select(), 0);
  },
  findNext: () => void findStep(1),
  findPrev: () => void findStep(-1),
  togglePause: () => void useLogs.getState().setTailPaused(!useLogs.getState().tailPaused),
  toggleDetails: () => useSettings.setState((s) => ({ showDetails: !s.showDetails })),
  lookup: () => {
    const text = window.getSelection()?.toString().trim();
    openLookup(text && text.length < 40 ? text : undefined);
  },
  refresh: () => void reloadLogs(true),
  nextError: () => void jumpSeverity('error', 1),
  prevError: () => void jumpSeverity('error', -1),
  nextWarning: () => void jumpSeverity('warning', 1),
  prevWarning: () => void jumpSeverity('warning', -1),
  toggleBookmark: () => {
    const p = activePane();
    const row = p ? useView.getState().paneState[p.id]?.selectedRow : null;
    if (row) useView.getState().toggleBookmark(row);
  },
  nextBookmark: () => void bookmarkStep(1),
  prevBookmark: () => void bookmarkStep(-1),
  goToTime: () => showDialog('goto'),
  help: () => showDialog('help'),
  filter: () => useUi.setState((s) => ({ filterOpen: !s.filterOpen })),
  escape: () => useUi.setState((s) => (s.dialog ? { dialog: null } : { findOpen: false })),
  copyRows: () => void copySelectedRows(),
};

export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      const typing = !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
      const action = actionFor(e, typing);
      if (!action) return;
      // leave ordinary text copying alone
      if (action === 'copyRows' && window.getSelection()?.toString()) return;
      e.preventDefault();
      runAction[action]();
    };
    return listen(window, { keydown: onKey });
  }, []);
}
