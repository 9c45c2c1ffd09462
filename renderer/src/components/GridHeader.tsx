// The grid's columns: the header row (labels, drag handles to resize) and the menu that hides or shows them (a
// right-click on the header, or the pane's ☰), remembered per kind of log: CMTrace users hide Thread and Component
// to read long lines.
import { useTranslation } from 'react-i18next';
import type { ColumnSetting } from '../view/columns';
import { useSettings } from '../store/settings-store';
import { listen } from './listen';

export function GridHeader({ columns, kind, scrollLeft, onMenu }: { columns: ColumnSetting[]; kind: string; scrollLeft: number; onMenu(x: number, y: number): void }) {
  const { t } = useTranslation();
  const setWidth = useSettings((s) => s.setColumnWidth);
  const timeMode = useSettings((s) => s.timeMode);
  const startResize = (e: React.PointerEvent, col: ColumnSetting) => {
    e.preventDefault();
    e.stopPropagation();
    const x0 = e.clientX;
    const w0 = col.width;
    const stop = listen(window, { pointermove: (m) => setWidth(kind, col.id, w0 + m.clientX - x0), pointerup: () => stop() });
  };
  return (
    <div className="grid-header" onContextMenu={(e) => { e.preventDefault(); onMenu(e.clientX, e.clientY); }}>
      <div className="grid-header-inner" style={{ transform: `translateX(${-scrollLeft}px)` }}>
        <span className="cell gutter" />
        {columns.map((c) => (
          <span key={c.id} className={`cell col-${c.id}`} style={{ width: c.width }} title={c.id === 'time' ? t(`time.${timeMode}`) : undefined}>
            {t(`col.${c.id}`)}
            {c.id === 'time' && <small className="time-mode-tag"> · {t(`time.short.${timeMode}`)}</small>}
            <span className="resize-handle" role="separator" aria-label={t('col.resize', { name: t(`col.${c.id}`) })} onPointerDown={(e) => startResize(e, c)} />
          </span>
        ))}
      </div>
    </div>
  );
}

export function ColumnMenu({ x, y, kind, onClose }: { x: number; y: number; kind: string; onClose(): void }) {
  const { t } = useTranslation();
  const columns = useSettings((s) => s.columnsFor(kind));
  const toggle = useSettings((s) => s.toggleColumn);
  return (
    <div className="menu-backdrop" onClick={onClose} onContextMenu={(e) => { e.preventDefault(); onClose(); }}>
      <div className="menu" role="menu" style={{ left: x, top: y }} onClick={(e) => e.stopPropagation()}>
        {columns.map((c) => (
          <label key={c.id} role="menuitemcheckbox" aria-checked={c.visible} className="menu-item">
            <input type="checkbox" checked={c.visible} onChange={() => toggle(kind, c.id)} /> {t(`col.${c.id}`)}
          </label>
        ))}
      </div>
    </div>
  );
}
