// An export button with its menu of formats: a pane's rows (CSV, TSV) and the diagnosis report (Markdown, HTML).
// The backend makes the file (actions/export.ts); this only asks which format.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportSpec } from '../../../shared/api/contract';
import { exportFile } from '../actions/export';
import { useSettings } from '../store/settings-store';
import { viewArgs } from '../store/view-store';

function ExportMenu({ button, label, items }: { button: React.ReactNode; label: string; items: { label: string; spec: () => ExportSpec }[] }) {
  const [open, setOpen] = useState(false);
  return (
    <span className="export-menu-anchor">
      <button className={typeof button === 'string' && button.length > 1 ? 'export-report-btn' : 'icon-btn'} title={label} aria-label={label} aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        {button}
      </button>
      {open && (
        <span className="export-menu" role="menu" onMouseLeave={() => setOpen(false)}>
          {items.map((it) => (
            <button key={it.label} role="menuitem" onClick={() => (setOpen(false), void exportFile(it.spec()))}>{it.label}</button>
          ))}
        </span>
      )}
    </span>
  );
}

/** ⤓ on a pane: its view (the filter applied) as CSV or TSV, streamed by the backend. */
export function ExportRowsButton({ logIds }: { logIds: string[] }) {
  const { t } = useTranslation();
  const rows = (format: 'csv' | 'tsv') => (): ExportSpec => ({ kind: 'rows', format, ...viewArgs(logIds) });
  return <ExportMenu button="⤓" label={t('export.rows')} items={[{ label: t('export.csv'), spec: rows('csv') }, { label: t('export.tsv'), spec: rows('tsv') }]} />;
}

/** "Export report": the diagnosis as Markdown (for a ticket) or one printable HTML page, in the UI's language. */
export function ExportReportButton() {
  const { t } = useTranslation();
  const lang = useSettings((s) => s.lang);
  const report = (format: 'markdown' | 'html') => (): ExportSpec => ({ kind: 'report', format, lang });
  return <ExportMenu button={t('export.report')} label={t('export.report')} items={[{ label: t('export.markdown'), spec: report('markdown') }, { label: t('export.html'), spec: report('html') }]} />;
}
