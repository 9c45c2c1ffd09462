// What the page does when the backend process crashes and comes back (BackendNotice from the relay), or when
// browser mode's event channel drops and returns: say so in the user's language, keep panes and bookmarks on
// the reopened logs (their ids changed), and read the open set again (the diagnosis comes pushed).
import type { BackendNotice } from '../../../shared/api/contract';
import type { ConnectionChange } from '../api/http-client';
import { i18n } from '../i18n/i18n';
import { reloadLogs, useLogs } from './logs-store';
import { useToasts } from './toasts-store';
import { useView } from './view-store';

/** The "restarting…" toast, dismissed once the backend is back. */
let crashToast: number | null = null;
let connectionToast: number | null = null;

const dismiss = (id: number | null) => id !== null && useToasts.getState().dismiss(id);

export function onBackendNotice(n: BackendNotice): void {
  const toasts = useToasts.getState();
  if (n.state === 'crashed') {
    dismiss(crashToast);
    crashToast = toasts.push('error', i18n.t('process.crashed', { reason: n.reason }));
    return;
  }
  dismiss(crashToast);
  crashToast = null;
  if (n.state === 'gave-up') {
    toasts.push('error', i18n.t('process.gaveUp', { reason: n.reason }));
    return;
  }
  useView.getState().renameLogs(n.renamed);
  toasts.push('info', i18n.t('process.restarted', { count: n.reopened.length }));
  if (n.lost.length) toasts.push('error', i18n.t('process.lost', { names: n.lost.join(', '), interpolation: { escapeValue: false } }));
  // A new backend tails again: pause it again if the user had paused.
  if (useLogs.getState().tailPaused) void useLogs.getState().setTailPaused(true);
  void reloadLogs();
}

export function onConnectionChange(c: ConnectionChange): void {
  dismiss(connectionToast);
  connectionToast = null;
  if (c === 'lost') {
    connectionToast = useToasts.getState().push('error', i18n.t('process.connectionLost'));
    return;
  }
  useToasts.getState().push('info', i18n.t('process.reconnected'));
  void reloadLogs();
}
