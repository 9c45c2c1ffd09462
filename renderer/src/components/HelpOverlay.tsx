// F1 or ?: every shortcut, read from the same table the key handler uses.
import { useTranslation } from 'react-i18next';
import { SHORTCUTS, shortcutLabel } from '../keys/shortcuts';
import { Dialog } from './Dialog';

export function HelpOverlay() {
  const { t } = useTranslation();
  return (
    <Dialog title={t('help.title')}>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={shortcutLabel(s)}>
              <td><kbd>{shortcutLabel(s)}</kbd></td>
              <td>{t(`action.${s.action}`)}</td>
            </tr>
          ))}
          <tr><td><kbd>Ctrl/Shift+Click</kbd></td><td>{t('help.secondSelection')}</td></tr>
        </tbody>
      </table>
    </Dialog>
  );
}
