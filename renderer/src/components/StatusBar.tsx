// CMTrace's status bar: rows, the selection, elapsed time between two selected entries; plus tail state.
import { useTranslation } from 'react-i18next';
import { useLogs } from '../store/logs-store';
import { useSettings } from '../store/settings-store';
import { activePane, activePaneState, useView } from '../store/view-store';
import { formatElapsed, formatRowTime } from '../view/time-format';

export function StatusBar() {
  const { t } = useTranslation();
  const st = useView(activePaneState);
  const pane = useView(activePane);
  const logs = useLogs((s) => s.logs);
  const paused = useLogs((s) => s.tailPaused);
  const timeMode = useSettings((s) => s.timeMode);
  const total = pane ? pane.logIds.reduce((a, id) => a + (logs.find((l) => l.id === id)?.entries ?? 0), 0) : 0;
  const a = st?.selectedRow;
  const b = st?.secondRow;
  const elapsed = a && b && a.instantMs !== null && b.instantMs !== null ? b.instantMs - a.instantMs : null;
  return (
    <footer className="status-bar" role="status">
      <span>{t('status.logs', { count: logs.length })}</span>
      {pane && <span>{t('status.entries', { count: total, n: total.toLocaleString() })}</span>}
      {st?.selected !== null && st?.selected !== undefined && (
        <span>{t('status.selected', { row: st.selected + 1 })}{a ? ` · ${formatRowTime(a, timeMode)}` : ''}</span>
      )}
      {elapsed !== null && <span className="elapsed">{t('status.elapsed', { time: formatElapsed(elapsed) })}</span>}
      {st && st.hitsTotal > 0 && <span>{t('status.hits', { count: st.hitsTotal })}</span>}
      <span className="spacer" />
      <span>{t(`time.${timeMode}`)}</span>
      <span>{paused ? t('status.paused') : t('status.live')}</span>
    </footer>
  );
}
