// Filters shared by every pane (the API's filter argument): text include/exclude, severity, component,
// thread, time range. Applied on submit; the backend does the filtering.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RowFilter } from '../../../shared/api/contract';
import type { Severity } from '../../../shared/model/log-entry';
import { instantFromTyped } from '../actions/navigate';
import { useUi } from '../store/ui-store';
import { useView } from '../store/view-store';
import { parseWallTime } from '../view/time-format';

const SEVS: Severity[] = ['error', 'warning', 'info'];
const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);

export function FilterBar() {
  const { t } = useTranslation();
  const current = useView((s) => s.filter);
  const [include, setInclude] = useState(current.include ?? '');
  const [exclude, setExclude] = useState(current.exclude ?? '');
  const [sev, setSev] = useState<Severity[]>(current.severities ?? []);
  const [components, setComponents] = useState((current.components ?? []).join(', '));
  const [threads, setThreads] = useState((current.threads ?? []).join(', '));
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [err, setErr] = useState('');
  const apply = () => {
    const f: RowFilter = {};
    if (include) f.include = include;
    if (exclude) f.exclude = exclude;
    if (sev.length) f.severities = sev;
    if (list(components).length) f.components = list(components);
    const th = list(threads).map(Number);
    if (th.some((n) => !Number.isInteger(n))) return setErr(t('filter.badThread'));
    if (th.length) f.threads = th;
    for (const [v, k] of [[from, 'fromMs'], [to, 'toMs']] as const) {
      if (!v) continue;
      const ms = parseWallTime(v, null);
      if (ms === null) return setErr(t('filter.badTime', { value: v }));
      f[k] = instantFromTyped(ms);
    }
    setErr('');
    useView.getState().setFilter(f);
  };
  const clear = () => {
    setInclude(''); setExclude(''); setSev([]); setComponents(''); setThreads(''); setFrom(''); setTo(''); setErr('');
    useView.getState().setFilter({});
  };
  return (
    <form className="bar filter-bar" aria-label={t('filter.title')} onSubmit={(e) => { e.preventDefault(); apply(); }}>
      <input aria-label={t('filter.include')} placeholder={t('filter.include')} value={include} onChange={(e) => setInclude(e.target.value)} />
      <input aria-label={t('filter.exclude')} placeholder={t('filter.exclude')} value={exclude} onChange={(e) => setExclude(e.target.value)} />
      {SEVS.map((s) => (
        <label key={s}>
          <input type="checkbox" checked={sev.includes(s)} onChange={() => setSev(sev.includes(s) ? sev.filter((x) => x !== s) : [...sev, s])} /> {t(`severity.${s}`)}
        </label>
      ))}
      <input aria-label={t('filter.components')} placeholder={t('filter.components')} value={components} onChange={(e) => setComponents(e.target.value)} />
      <input className="narrow" aria-label={t('filter.threads')} placeholder={t('filter.threads')} value={threads} onChange={(e) => setThreads(e.target.value)} />
      <input aria-label={t('filter.from')} placeholder={t('filter.from')} value={from} onChange={(e) => setFrom(e.target.value)} />
      <input aria-label={t('filter.to')} placeholder={t('filter.to')} value={to} onChange={(e) => setTo(e.target.value)} />
      <button type="submit">{t('filter.apply')}</button>
      <button type="button" onClick={clear}>{t('filter.clear')}</button>
      {err && <span className="err">{err}</span>}
      <button type="button" className="icon-btn" aria-label={t('common.close')} onClick={() => useUi.setState({ filterOpen: false })}>✕</button>
    </form>
  );
}
