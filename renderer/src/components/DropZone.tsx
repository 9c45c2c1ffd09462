// Drag and drop files, folders and zips onto the window. Electron gives each dropped File its path
// (webUtils via the preload); a browser never does, so browser mode uploads the files' bytes instead.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isDesktop, pathForFile, uploadDropped } from '../api/client';
import { openDroppedFiles, openPaths } from '../actions/open';
import { useToasts } from '../store/toasts-store';
import { showDialog } from '../store/ui-store';
import { listen } from './listen';

export function DropZone() {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
    const enter = (e: DragEvent) => { if (hasFiles(e)) { depth++; setOver(true); } };
    const leave = () => { depth = Math.max(0, depth - 1); if (!depth) setOver(false); };
    const overFn = (e: DragEvent) => { if (hasFiles(e)) e.preventDefault(); };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      const paths = files.map((f) => pathForFile(f)).filter((p): p is string => !!p);
      if (paths.length) {
        void openPaths(paths);
        return;
      }
      if (uploadDropped && files.length) {
        void openDroppedFiles(files);
        return;
      }
      // A plain text drop of a path (from a file manager's address bar) still works in browser mode.
      const text = e.dataTransfer?.getData('text/plain')?.trim();
      if (text && /^([a-zA-Z]:\\|\\\\|\/)/.test(text)) {
        void openPaths([text]);
        return;
      }
      useToasts.getState().push('error', t('drop.noPath', { names: files.map((f) => f.name).join(', ') }));
      showDialog('open');
    };
    return listen(window, { dragenter: enter, dragleave: leave, dragover: overFn, drop });
  }, [t]);
  if (!over) return null;
  return (
    <div className="drop-overlay" aria-live="polite">
      <div>{isDesktop ? t('drop.desktop') : t('drop.browser')}</div>
    </div>
  );
}
