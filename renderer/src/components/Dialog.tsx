// A modal: Escape or the backdrop closes it (by default: the dialog the UI store has open); focus goes to its first field.
import { useEffect, useRef } from 'react';
import { closeDialog } from '../store/ui-store';

export function Dialog({ title, onClose = closeDialog, children, wide }: { title: string; onClose?(): void; children: React.ReactNode; wide?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current?.querySelector<HTMLElement>('input, textarea, select, button.primary');
    el?.focus();
  }, []);
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className={`modal${wide ? ' wide' : ''}`} role="dialog" aria-modal="true" aria-label={title} ref={ref} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
        <header className="modal-head">
          <h2>{title}</h2>
          <button className="icon-btn" aria-label="×" onClick={onClose}>✕</button>
        </header>
        <div className="modal-body">{children}</div>
      </div>
    </div>
  );
}
