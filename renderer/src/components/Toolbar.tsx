// The top bar: open, find, filter, highlight, layout and sync, time mode, tail pause, force a scan,
// theme, language, help. A button with a shortcut runs the shortcut's action and says its keys in its title.
import { useTranslation } from 'react-i18next';
import { runAction } from '../keys/use-shortcuts';
import { shortcutOf } from '../keys/shortcuts';
import { useLogs } from '../store/logs-store';
import { useSettings, type Lang, type Layout } from '../store/settings-store';
import { showDialog, useUi } from '../store/ui-store';
import { useView } from '../store/view-store';
import { useFleet } from '../store/fleet-store';
import { TIME_MODES, type TimeMode } from '../view/time-format';

function setSync(on: boolean): void {
  useSettings.setState({ syncPanes: on });
  // sync off: the marks of the last sync would claim a link that no longer holds
  if (!on) for (const id of Object.keys(useView.getState().paneState)) useView.getState().patchPane(id, { syncRow: null });
}

export function Toolbar() {
  const { t } = useTranslation();
  const s = useSettings();
  const set = useSettings.setState;
  const paused = useLogs((x) => x.tailPaused);
  const ui = useUi();
  const fleet = useFleet();
  return (
    <header className="toolbar" role="toolbar" aria-label={t('app.toolbar')}>
      <strong className="brand">CMLens</strong>
      <button onClick={runAction.open} title={shortcutOf('open')}>{t('toolbar.open')}</button>
      {(fleet.records.length > 0 || fleet.running) && (
        <button onClick={() => useFleet.setState({ shown: !fleet.shown })} aria-pressed={fleet.shown} title={t('fleet.toolbarHint')}>{t('fleet.toolbar')}</button>
      )}
      <button onClick={() => useUi.setState({ findOpen: !ui.findOpen })} aria-pressed={ui.findOpen} title={shortcutOf('find')}>{t('toolbar.find')}</button>
      <button onClick={runAction.filter} aria-pressed={ui.filterOpen} title={shortcutOf('filter')}>{t('toolbar.filter')}</button>
      <button onClick={() => showDialog('highlight')}>{t('toolbar.highlight')}</button>
      <button onClick={runAction.goToTime} title={shortcutOf('goToTime')}>{t('toolbar.goto')}</button>
      <span className="sep" />
      <label className="toggle" title={t('toolbar.syncHint')}>
        <input type="checkbox" checked={s.syncPanes} onChange={(e) => setSync(e.target.checked)} /> {t('toolbar.sync')}
      </label>
      <select aria-label={t('toolbar.layout')} value={s.layout} onChange={(e) => { set({ layout: e.target.value as Layout }); useView.setState({ arranged: true }); }}>
        <option value="side">{t('toolbar.side')}</option>
        <option value="stacked">{t('toolbar.stacked')}</option>
      </select>
      <select aria-label={t('toolbar.timeMode')} value={s.timeMode} onChange={(e) => set({ timeMode: e.target.value as TimeMode })}>
        {TIME_MODES.map((m) => <option key={m} value={m}>{t(`time.${m}`)}</option>)}
      </select>
      <button onClick={runAction.togglePause} aria-pressed={paused} title={shortcutOf('togglePause')}>{paused ? t('toolbar.resume') : t('toolbar.pause')}</button>
      <span className="sep" />
      <button onClick={() => showDialog('forceScan')}>{t('toolbar.forceScan')}</button>
      <label className="toggle"><input type="checkbox" checked={s.showDetails} onChange={(e) => set({ showDetails: e.target.checked })} /> {t('toolbar.details')}</label>
      <label className="toggle"><input type="checkbox" checked={s.showDiagnosis} onChange={(e) => set({ showDiagnosis: e.target.checked })} /> {t('toolbar.diagnosis')}</label>
      <span className="grow" />
      <button onClick={() => set({ theme: s.theme === 'dark' ? 'light' : 'dark' })} aria-label={t('toolbar.theme')} title={t('toolbar.theme')}>
        {s.theme === 'dark' ? '☀' : '☾'}
      </button>
      <select aria-label={t('toolbar.language')} value={s.lang} onChange={(e) => set({ lang: e.target.value as Lang })}>
        <option value="en">English</option>
        <option value="zh-CN">简体中文</option>
      </select>
      <button onClick={runAction.help} aria-label={t('toolbar.help')} title={shortcutOf('help')}>?</button>
    </header>
  );
}
