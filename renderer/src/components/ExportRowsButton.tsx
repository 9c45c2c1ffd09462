// A pane's "Export rows" button: its view (the filter applied) as CSV or TSV, made and streamed by the backend.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportFile } from '../actions/export';
import { nonEmpty } from '../actions/navigate';
import { useView } from '../store/view-store';

export function ExportRowsButton({ logIds }: { logIds: string[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const run = (format: 'csv' | 'tsv') => {
    setOpen(false);
    const f = nonEmpty(useView.getState().filter);
    void exportFile({ kind: 'rows', format, logIds, ...(f ? { filter: f } : {}) });
  };
  return (
    <span className="export-rows">
      <button className="icon-btn" title={t('export.rows')} aria-label={t('export.rows')} aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>⤓</button>
      {open && (
        <span className="export-menu" role="menu" onMouseLeave={() => setOpen(false)}>
          <button role="menuitem" onClick={() => run('csv')}>{t('export.csv')}</button>
          <button role="menuitem" onClick={() => run('tsv')}>{t('export.tsv')}</button>
        </span>
      )}
    </span>
  );
}
