// Ctrl+O in browser mode: a browser cannot hand a page a file's path, so the user types or pastes paths
// (local, or a client's share such as \\client\c$\Windows\CCM\Logs) and the backend opens them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openPaths, openSamples } from '../actions/open';
import { splitPaths } from '../view/paths';
import { useSettings } from '../store/settings-store';
import { closeDialog } from '../store/ui-store';
import { Dialog } from './Dialog';

export function OpenDialog() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const recent = useSettings((s) => s.recentSets);
  const go = async (paths: string[]) => {
    setBusy(true);
    const ok = await openPaths(paths);
    setBusy(false);
    if (ok) closeDialog();
  };
  return (
    <Dialog title={t('open.title')} wide>
      <form onSubmit={(e) => { e.preventDefault(); void go(splitPaths(text)); }}>
        <label className="field">
          <span>{t('open.pathsLabel')}</span>
          <textarea
            aria-label={t('open.pathsLabel')}
            rows={3}
            value={text}
            placeholder={'C:\\Windows\\CCM\\Logs\n\\\\client\\c$\\Windows\\CCM\\Logs'}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); void go(splitPaths(text)); } }}
          />
        </label>
        <p className="hint">{t('open.hint')}</p>
        <div className="buttons">
          <button type="submit" className="primary" disabled={busy || !splitPaths(text).length}>{busy ? t('open.opening') : t('open.open')}</button>
          <button type="button" onClick={() => { void openSamples(); closeDialog(); }}>{t('open.samples')}</button>
        </div>
      </form>
      {recent.length > 0 && (
        <section className="recent" aria-label={t('open.recent')}>
          <h3>{t('open.recent')}</h3>
          <ul>
            {recent.map((set, i) => (
              <li key={i}>
                <button className="link" title={set.join('\n')} onClick={() => void go(set)}>{set.join(' · ')}</button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Dialog>
  );
}
