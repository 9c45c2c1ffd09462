// Hide or show columns (CMTrace users hide Thread and Component to read long lines), remembered per kind of log.
import { useTranslation } from 'react-i18next';
import { useSettings } from '../store/settings-store';

export function ColumnMenu({ x, y, kind, onClose }: { x: number; y: number; kind: string; onClose(): void }) {
  const { t } = useTranslation();
  const columns = useSettings((s) => s.columnsByKind[kind] ?? s.columns);
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
