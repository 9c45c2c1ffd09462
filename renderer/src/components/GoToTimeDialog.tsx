// Go to time (Ctrl+G): every pane moves to the entry at or before the typed time, read in the current time mode.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { goToInstant, instantFromTyped } from '../actions/navigate';
import { useSettings } from '../store/settings-store';
import { closeDialog } from '../store/ui-store';
import { activePaneState, useView } from '../store/view-store';
import { formatRowTime, parseWallTime } from '../view/time-format';
import { Dialog } from './Dialog';

export function GoToTimeDialog() {
  const { t } = useTranslation();
  const mode = useSettings((s) => s.timeMode);
  const sel = useView((s) => activePaneState(s)?.selectedRow);
  const [text, setText] = useState(sel ? formatRowTime(sel, mode) : '');
  const [err, setErr] = useState('');
  const go = () => {
    const day = sel ? (mode === 'writer' ? sel.wallMs : sel.instantMs) : null;
    const ms = parseWallTime(text, day);
    if (ms === null) return setErr(t('goto.bad'));
    closeDialog();
    void goToInstant(instantFromTyped(ms));
  };
  return (
    <Dialog title={t('goto.title')}>
      <form onSubmit={(e) => { e.preventDefault(); go(); }} className="lookup-form">
        <input aria-label={t('goto.time')} placeholder="2021-07-13 10:21:03" value={text} onChange={(e) => setText(e.target.value)} />
        <button type="submit" className="primary">{t('goto.go')}</button>
      </form>
      <p className="hint">{t('goto.hint', { mode: t(`time.${mode}`) })}</p>
      {err && <p className="err">{err}</p>}
    </Dialog>
  );
}
