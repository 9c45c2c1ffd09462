// The open logs, grouped by set (each opened folder, zip or drop: one client, named with its machine), then by
// role ("Software updates" first), with what the backend says about each. Click: show in the active pane;
// ⊞: open beside (or focus the pane already showing it); tick several, even of two sets, and Merge: one timeline.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogInfo } from '../../../shared/api/contract';
import { LOG_GROUP_ORDER } from '../../../shared/model/log-roles';
import { openSets, setLabel, useLogs } from '../store/logs-store';
import { ask } from '../store/toasts-store';
import { activePane, paneShowingAlone, useView } from '../store/view-store';
import { offsetLabel } from '../../../shared/model/utc-offset';
import { logMessageInUi } from '../i18n/message-text';
import { byteSize } from '../view/byte-size';

/** Every zone offset in use on Earth, in quarter hours from UTC−12:00 to UTC+14:00. */
const ZONE_OFFSETS = Array.from({ length: (14 + 12) * 4 + 1 }, (_, i) => -12 * 60 + i * 15);

export function Sidebar() {
  const { t } = useTranslation();
  const logs = useLogs((s) => s.logs);
  const progress = useLogs((s) => s.progress);
  const opening = useLogs((s) => s.opening);
  const panes = useView((s) => s.panes);
  const [ticked, setTicked] = useState<string[]>([]);
  const shown = new Set(panes.flatMap((p) => p.logIds));
  const activeIds = new Set(useView(activePane)?.logIds ?? []);
  const diagnoses = useLogs((s) => s.diagnoses);
  const sets = openSets(logs);
  const groupsOf = (ls: LogInfo[]) => LOG_GROUP_ORDER.map((g) => ({ g, logs: ls.filter((l) => l.group === g) })).filter((x) => x.logs.length);
  const tick = (id: string) => setTicked((t0) => (t0.includes(id) ? t0.filter((x) => x !== id) : [...t0, id]));
  const live = ticked.filter((id) => logs.some((l) => l.id === id));

  const item = (l: LogInfo) => {
    const p = l.state === 'indexing' ? progress[l.id] : undefined;
    return (
      <li key={l.id} className={`log-item${activeIds.has(l.id) ? ' active' : ''}${shown.has(l.id) ? ' shown' : ''}`}>
        <div className="log-item-row">
          <input type="checkbox" aria-label={t('sidebar.tick', { name: l.name })} checked={live.includes(l.id)} onChange={() => tick(l.id)} />
          <button className="log-name" title={l.source} onClick={() => showLog(l.id, false)}>
            {l.name}
          </button>
          {l.tailing && <span className="live-dot" role="img" title={t('sidebar.tailingHint')} aria-label={t('sidebar.tailing')} />}
          {l.state === 'error' && <span className="tag err">{t('sidebar.error')}</span>}
          <button className="icon-btn" title={t('sidebar.beside')} aria-label={t('sidebar.besideName', { name: l.name })} onClick={() => showLog(l.id, true)}>⊞</button>
        </div>
        <div className="log-sub">
          <span className="log-stats" title={`${l.entries.toLocaleString()} · ${byteSize(l.bytes)} · ${l.format}`}>
            {t('sidebar.entries', { count: l.entries, n: l.entries.toLocaleString() })} · {byteSize(l.bytes)} · {l.format}
          </span>
          <ZoneSelect log={l} />
        </div>
        {p?.totalBytes ? <progress className="progress" max={p.totalBytes} value={p.doneBytes} aria-label={t('sidebar.indexing', { name: l.name })} /> : null}
        {l.messages.map((m, i) => (
          <div key={i} className="log-message">{logMessageInUi(m, t)}</div>
        ))}
      </li>
    );
  };

  return (
    <aside className="sidebar" aria-label={t('sidebar.title')}>
      <div className="sidebar-head">
        <strong>{t('sidebar.title')}</strong>
        <button disabled={live.length < 2} onClick={() => { useView.getState().addPane(live); setTicked([]); }}>{t('sidebar.merge')}</button>
        <button disabled={!live.length} onClick={() => { void ask('closeLogs', { logIds: live }); setTicked([]); }}>{t('sidebar.close')}</button>
      </div>
      {opening && (
        <div className="opening" role="status" aria-live="polite">
          {opening.total ? t('sidebar.opening', { done: opening.done + 1, total: opening.total, name: opening.name }) : t('sidebar.reading', { name: opening.name })}
          <progress className="progress" max={opening.total || 1} value={opening.total ? opening.done : 0} />
        </div>
      )}
      {!logs.length && !opening && <p className="hint">{t('sidebar.none')}</p>}
      {sets.map((set) => {
        const verdict = diagnoses[set.id]?.verdict;
        return (
          <div key={set.id} role="group" aria-label={set.name} className="log-set" data-set={set.id}>
            <div className="set-head" title={set.path}>
              <span className="set-name">{set.name}</span>
              {set.machine && <span className="set-machine" title={t('sidebar.machine')}>{set.machine}</span>}
              {verdict && <span className={`set-verdict verdict-${verdict}`}>{t(`verdict.${verdict}`)}</span>}
            </div>
            {groupsOf(logs.filter((l) => l.set.id === set.id)).map(({ g, logs: ls }) => (
              <section key={g} className="log-group" aria-label={`${t(`group.${g}`)} · ${setLabel(set)}`}>
                <h3>{t(`group.${g}`)}</h3>
                <ul>{ls.map(item)}</ul>
              </section>
            ))}
          </div>
        );
      })}
    </aside>
  );
}

/**
 * A click on a log shows it in the active pane, ⊞ in a pane of its own beside; a pane already showing it alone takes
 * the focus instead of a second copy (its grid takes the keys).
 */
function showLog(logId: string, beside: boolean): void {
  const view = useView.getState();
  const shown = paneShowingAlone(view.panes, logId);
  if (!shown && !beside) return view.showInActivePane([logId]);
  const paneId = shown?.id ?? view.addPane([logId]);
  useView.setState({ activePaneId: paneId });
  requestAnimationFrame(() => {
    const grid = document.querySelector<HTMLElement>(`[data-pane="${paneId}"] [role="grid"]`);
    grid?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    grid?.focus();
  });
}

/**
 * A log's time zone: what the log says (or borrowed from the set), or one the user sets by hand (docs/decisions.md, Time zones of a set).
 * Shown as a small zone label; the select lies invisibly over it, so a click or the keyboard opens it.
 */
function ZoneSelect({ log }: { log: LogInfo }) {
  const { t } = useTranslation();
  const auto = log.offsetSource === 'user' ? null : log.utcOffset;
  const autoLabel =
    log.offsetSource === 'none' ? t('sidebar.zoneNone') : t(log.offsetSource === 'borrowed' ? 'sidebar.zoneBorrowed' : 'sidebar.zoneAuto', { zone: offsetLabel(auto) });
  const byHand = log.offsetSource === 'user';
  const current = byHand ? `${offsetLabel(log.utcOffset)} (${t('sidebar.zoneByHand')})` : autoLabel;
  const set = (value: string) =>
    void ask('setLogOffset', { logId: log.id, utcOffset: value === 'auto' ? null : Number(value) });
  return (
    <span className="log-zone">
      <span className={`zone-pick zone-${log.offsetSource}`} title={t('sidebar.zoneChipTitle', { zone: current })}>
        <span className="zone-chip" aria-hidden="true">
          {log.offsetSource === 'none' ? t('sidebar.zoneNoneShort') : offsetLabel(log.utcOffset)}
          {byHand && ' ✎'} ▾
        </span>
        <select aria-label={t('sidebar.zone', { name: log.name })} value={byHand ? String(log.utcOffset) : 'auto'} onChange={(e) => set(e.target.value)}>
          <option value="auto">{byHand ? t('sidebar.zoneReset') : autoLabel}</option>
          {ZONE_OFFSETS.map((m) => (
            <option key={m} value={m}>{offsetLabel(m)}</option>
          ))}
        </select>
      </span>
      {log.offsetUncertain && !byHand && <span className="tag warn" title={t('sidebar.zoneUncertain')}>?</span>}
    </span>
  );
}
