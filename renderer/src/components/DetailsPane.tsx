// The selected entry in full, wrapped (CMTrace's bottom pane, Ctrl+H), with error codes linked to the lookup.
import { useTranslation } from 'react-i18next';
import { findErrorCodes } from '../../../shared/knowledge/lookup';
import { useLogs } from '../store/logs-store';
import { useSettings } from '../store/settings-store';
import { openLookup } from '../store/ui-store';
import { activePaneState, useView } from '../store/view-store';
import { formatRowTime } from '../view/time-format';
import { offsetLabel } from '../../../shared/model/utc-offset';

export function LinkedText({ text }: { text: string }) {
  const hits = findErrorCodes(text);
  const parts: React.ReactNode[] = [];
  let at = 0;
  hits.forEach((h, i) => {
    parts.push(text.slice(at, h.start));
    parts.push(
      <a key={i} href={`#lookup/${h.code}`} className="code-link" onClick={(e) => { e.preventDefault(); openLookup(h.code); }}>
        {text.slice(h.start, h.end)}
      </a>,
    );
    at = h.end;
  });
  parts.push(text.slice(at));
  return <>{parts}</>;
}

export function DetailsPane() {
  const { t } = useTranslation();
  const row = useView((s) => activePaneState(s)?.selectedRow);
  const timeMode = useSettings((s) => s.timeMode);
  const logs = useLogs((s) => s.logs);
  if (!row) return <div className="details empty" aria-label={t('details.title')}>{t('details.none')}</div>;
  const log = logs.find((l) => l.id === row.logId);
  return (
    <div className="details" aria-label={t('details.title')} role="region">
      <div className="details-meta">
        <span>{row.source}:{row.line}</span>
        <span>{formatRowTime(row, timeMode)} {row.utcOffset !== null && <small>({t('details.writerZone')} {offsetLabel(row.utcOffset)}{log?.offsetSource === 'borrowed' ? `, ${t('details.borrowed')}` : ''})</small>}</span>
        {row.component && <span>{t('col.component')}: {row.component}</span>}
        {row.thread !== null && <span>{t('col.thread')}: {row.thread}</span>}
        <span className={`sev-tag sev-${row.severity}`}>{t(`severity.${row.severity}`)}</span>
        {row.step && <span>{t('pipeline.stepTitle', { step: row.step })}</span>}
      </div>
      <pre className="details-text">
        <LinkedText text={row.text} />
      </pre>
    </div>
  );
}
