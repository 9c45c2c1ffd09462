// Export: the diagnosis report or a pane's rows. The backend makes the file (shared/report renderers, rows
// streamed in batches); the desktop app asks where to save it (main's save dialog), browser mode downloads it
// from EXPORT_PATH, so the renderer never builds the file from rows it holds.
import { EXPORT_PATH, type ExportSpec } from '../../../shared/api/contract';
import { isDesktop } from '../api/client';
import { tokenFromPage } from '../api/http-client';
import { i18n } from '../i18n/i18n';
import { ask, useToasts } from '../store/toasts-store';

export async function exportFile(spec: ExportSpec): Promise<void> {
  if (isDesktop) {
    const r = await ask('saveExport', { spec });
    if (r?.saved) useToasts.getState().push('info', i18n.t('export.saved', { path: r.path }));
    return;
  }
  // The server names the file (Content-Disposition).
  download(`${EXPORT_PATH}?token=${encodeURIComponent(tokenFromPage())}&spec=${encodeURIComponent(JSON.stringify(spec))}`);
}

/** A download the browser saves, the page staying where it is; `name` '' leaves the name to the server. */
export function download(href: string, name = ''): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
}
