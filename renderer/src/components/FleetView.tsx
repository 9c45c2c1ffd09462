// The Fleet view: one row per client of a folder of zips (or several zips), judged in the backend's workers without
// opening any of them; sort and filter by verdict, section, code, WSUS server and time; a chart of the causes (a
// bar filters the table); a row opens that client's set, which is only then read and indexed; Export CSV.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FILTER_FIELDS, filterRecords, sortRecords, valueCounts, type FilterField, type FleetFilter, type FleetSortKey } from '../../../shared/fleet/fleet-query';
import { toCsv } from '../../../shared/fleet/triage-export';
import { summarizeTriage, type CauseCount } from '../../../shared/fleet/triage-summary';
import type { TriageRecord } from '../../../shared/fleet/triage-record';
import { guideSection } from '../../../shared/knowledge/guide-sections';
import { download } from '../actions/export';
import { openPaths } from '../actions/open';
import { useFleet } from '../store/fleet-store';
import { useSettings } from '../store/settings-store';
import { problemInUi } from '../i18n/message-text';

/** `2026-03-10T09:15:00.000-05:00` as `2026-03-10 09:15 -05:00`: the minute and the client's zone fit the column. */
const shortTime = (iso: string): string => iso.replace(/^(\d{4}-\d\d-\d\d)T(\d\d:\d\d):\d\d(?:\.\d+)?(.*)$/, '$1 $2 $3').trimEnd();

/** A date picked in the filter is a UTC day: the fleet's clients write their times in many zones. */
/** `days` moves the instant: the "to" day's filter ends where the next day starts. */
const dayMs = (v: string, days = 0): number | undefined => (v ? Date.parse(`${v}T00:00:00Z`) + days * 86_400_000 : undefined);
const dayOf = (ms: number | undefined, days = 0): string => (ms === undefined ? '' : new Date(ms + days * 86_400_000).toISOString().slice(0, 10));

function downloadCsv(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  download(url, name);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function CauseChart({ causes, onPick }: { causes: CauseCount[]; onPick(c: CauseCount): void }) {
  const { t } = useTranslation();
  const lang = useSettings((s) => s.lang);
  const max = Math.max(1, ...causes.map((c) => c.count));
  return (
    <figure className="fleet-chart" aria-label={t('fleet.chart')}>
      <figcaption>{t('fleet.chart')}</figcaption>
      {causes.length === 0 && <p className="hint">{t('fleet.noCauses')}</p>}
      <ul>
        {causes.slice(0, 12).map((c) => {
          const title = guideSection(c.section, lang)?.title ?? c.section;
          const label = `${title}${c.errorCode ? ` · ${c.errorCode}` : ''}`;
          return (
            <li key={`${c.section} ${c.errorCode}`}>
              <button className="fleet-bar" onClick={() => onPick(c)} aria-label={t('fleet.causeAria', { label, count: c.count })} title={c.section}>
                <span className="fleet-bar-label">{label}</span>
                <span className="fleet-bar-track"><span className="fleet-bar-fill" style={{ width: `${(100 * c.count) / max}%` }} /></span>
                <span className="fleet-bar-count">{c.count}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}

export function FleetView() {
  const { t } = useTranslation();
  const lang = useSettings((s) => s.lang);
  const f = useFleet();
  /** The table's columns, in order. */
  const label: Record<FleetSortKey, string> = {
    set: t('fleet.col.set'), machine: t('fleet.col.machine'), verdict: t('fleet.col.verdict'), section: t('fleet.col.section'), errorCode: t('fleet.col.errorCode'),
    failedStep: t('fleet.col.failedStep'), wsusUrl: t('fleet.col.wsusUrl'), lastScan: t('fleet.col.lastScan'), failedCycles: t('fleet.col.failedCycles'),
  };
  const rows = useMemo(() => sortRecords(filterRecords(f.records, f.filter), f.sort.key, f.sort.dir), [f.records, f.filter, f.sort]);
  const summary = useMemo(() => summarizeTriage(f.records), [f.records]);
  const set = (patch: Partial<FleetFilter>) => useFleet.setState({ filter: { ...f.filter, ...patch } });
  const verdictText = (v: string) => t(v === 'unreadable' ? 'fleet.unreadable' : `verdict.${v}`);
  const valueText = (field: FilterField, v: string) => (v === '' ? t('fleet.none') : field === 'verdict' ? verdictText(v) : v);
  const openClient = async (r: TriageRecord) => {
    if (await openPaths([r.path])) useFleet.setState({ shown: false });
  };

  return (
    <section className="fleet" aria-label={t('fleet.title')}>
      <header className="fleet-head">
        <h2>{t('fleet.heading', { count: f.records.length || f.progress?.total || 0 })}</h2>
        {f.running && (
          <span role="status" className="fleet-progress">
            {t('fleet.progress', { done: f.progress?.done ?? 0, total: f.progress?.total ?? '…' })}
            <progress max={f.progress?.total ?? 1} value={f.progress?.done ?? 0} />
          </span>
        )}
        <span className="fleet-verdicts">
          {summary.verdicts.map((v) => (
            <button key={v.verdict} className={`verdict verdict-${v.verdict}`} aria-pressed={f.filter.verdict === v.verdict} onClick={() => set({ verdict: f.filter.verdict === v.verdict ? undefined : v.verdict })}>
              {v.count} {verdictText(v.verdict)}
            </button>
          ))}
        </span>
        <span className="spacer" />
        <button onClick={() => downloadCsv('cmlens-triage.csv', toCsv(rows))} disabled={!rows.length}>{t('fleet.exportCsv')}</button>
        <button onClick={() => useFleet.setState({ shown: false })}>{t('fleet.close')}</button>
      </header>
      <CauseChart causes={summary.causes} onPick={(c) => set({ section: c.section, errorCode: c.errorCode ?? '' })} />
      <div className="fleet-filters" role="group" aria-label={t('fleet.filters')}>
        {FILTER_FIELDS.map((field) => (
          <label key={field}>
            <span>{label[field]}</span>
            <select value={f.filter[field] ?? '*'} onChange={(e) => set({ [field]: e.target.value === '*' ? undefined : e.target.value })}>
              <option value="*">{t('fleet.all')}</option>
              {valueCounts(f.records, field).map((v) => (
                <option key={v.value} value={v.value}>{`${valueText(field, v.value)} (${v.count})`}</option>
              ))}
            </select>
          </label>
        ))}
        <label>
          <span>{t('fleet.from')}</span>
          <input type="date" value={dayOf(f.filter.fromMs)} onChange={(e) => set({ fromMs: dayMs(e.target.value) })} />
        </label>
        <label>
          <span>{t('fleet.to')}</span>
          <input type="date" value={dayOf(f.filter.toMs, -1)} onChange={(e) => set({ toMs: dayMs(e.target.value, 1) })} />
        </label>
        <button onClick={() => useFleet.setState({ filter: {} })} disabled={!Object.values(f.filter).some((v) => v !== undefined)}>{t('fleet.clear')}</button>
        <span className="hint">{t('fleet.shown', { shown: rows.length, total: f.records.length })}</span>
      </div>
      <div className="fleet-table-wrap">
        <table className="fleet-table" aria-label={t('fleet.table')}>
          <thead>
            <tr>
              {(Object.keys(label) as FleetSortKey[]).map((key) => (
                <th key={key} aria-sort={f.sort.key === key ? (f.sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
                  <button className="link" onClick={() => f.setSort(key)}>
                    {label[key]}{f.sort.key === key ? (f.sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.path} className={`fleet-row verdict-row-${r.verdict}`} title={r.error ?? r.path}>
                <td>
                  <button className="link" disabled={r.verdict === 'unreadable'} onClick={() => void openClient(r)} aria-label={t('fleet.openAria', { name: r.set })}>{r.set}</button>
                </td>
                <td>{r.machine ?? ''}</td>
                <td><span className={`verdict verdict-${r.verdict}`}>{verdictText(r.verdict)}</span></td>
                <td className={r.error ? 'fleet-error' : undefined}>{r.section ? <a href={`#guide/${r.section}`} title={guideSection(r.section, lang)?.title}>{r.section}</a> : r.problem ? problemInUi(r.problem, t, r.error ?? '') : r.error ?? ''}</td>
                <td className="mono">{r.errorCode ?? ''}</td>
                <td>{r.failedStep ?? ''}</td>
                <td className="mono">{r.wsusUrl ?? ''}</td>
                <td className="mono" title={r.lastScan ?? undefined}>{r.lastScan ? shortTime(r.lastScan) : ''}</td>
                <td>{t('fleet.cycles', { failed: r.failedCycles, total: r.cycles })}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {!f.running && f.records.length === 0 && <p className="hint">{t('fleet.empty')}</p>}
      </div>
    </section>
  );
}
