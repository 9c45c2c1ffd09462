// Errors and notices from the API and from actions: never a blank screen, never a silent failure.
import { useTranslation } from 'react-i18next';
import { useToasts } from '../store/toasts-store';

export function Toasts() {
  const { t } = useTranslation();
  const toasts = useToasts((s) => s.toasts);
  return (
    <div className="toasts" aria-live="assertive">
      {toasts.map((x) => (
        <div key={x.id} className={`toast toast-${x.kind}`} role={x.kind === 'error' ? 'alert' : 'status'}>
          <span>{x.text}</span>
          <button className="icon-btn" aria-label={t('common.close')} onClick={() => useToasts.getState().dismiss(x.id)}>✕</button>
        </div>
      ))}
    </div>
  );
}
