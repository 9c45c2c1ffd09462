// Shows the command that forces a Software Updates Scan Cycle (local or a named client) with a copy button.
// On Windows the backend may run it after the user confirms (runScanCycle); elsewhere it says so and the copy
// button stays the way. The pipeline strip then follows the new cycle live as the tailed logs grow.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from '../actions/clipboard';
import { ask, useToasts } from '../store/toasts-store';
import { forceScanCommand, isValidComputerName } from '../../../shared/commands/force-scan';
import { Dialog } from './Dialog';

export function ForceScanDialog() {
  const { t } = useTranslation();
  const [remote, setRemote] = useState(false);
  const [name, setName] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const bad = remote && name.trim() !== '' && !isValidComputerName(name.trim());
  const cmd = bad ? '' : forceScanCommand(remote ? name : undefined);
  const copy = () =>
    copyText(cmd, t('forceScan.copied'), () => {
      // clipboard refused: select the text so Ctrl+C works
      const el = document.querySelector<HTMLElement>('.command');
      if (el) window.getSelection()?.selectAllChildren(el);
      useToasts.getState().push('info', t('forceScan.selectToCopy'));
    });
  const computer = remote && name.trim() ? name.trim() : undefined;
  const run = async () => {
    setConfirming(false);
    setRunning(true);
    const r = await ask('runScanCycle', computer ? { computer } : {});
    setRunning(false);
    if (r) setResult(r);
  };
  return (
    <Dialog title={t('forceScan.title')} wide>
      <p>{t('forceScan.intro')}</p>
      <div className="radio-row">
        <label><input type="radio" name="target" checked={!remote} onChange={() => setRemote(false)} /> {t('forceScan.local')}</label>
        <label><input type="radio" name="target" checked={remote} onChange={() => setRemote(true)} /> {t('forceScan.remote')}</label>
        {remote && <input aria-label={t('forceScan.computer')} placeholder={t('forceScan.computer')} value={name} onChange={(e) => setName(e.target.value)} />}
      </div>
      {bad ? <p className="err">{t('forceScan.badName')}</p> : <pre className="command" aria-label={t('forceScan.command')}>{cmd}</pre>}
      <div className="buttons">
        <button className="primary" disabled={bad} onClick={() => void copy()}>{t('forceScan.copy')}</button>
        <button disabled={bad || running} onClick={() => (setResult(null), setConfirming(true))}>{running ? t('forceScan.running') : t('forceScan.run')}</button>
      </div>
      {confirming && (
        <div className="confirm" role="alertdialog" aria-label={t('forceScan.run')}>
          <p>{t('forceScan.confirm', { target: computer ?? t('forceScan.thisComputer') })}</p>
          <div className="buttons">
            <button className="primary" onClick={() => void run()}>{t('forceScan.runYes')}</button>
            <button onClick={() => setConfirming(false)}>{t('forceScan.cancel')}</button>
          </div>
        </div>
      )}
      {result && <p role="status" className={result.ok ? 'ok' : 'err'}>{result.message}</p>}
      <p className="hint">{t('forceScan.watch')}</p>
    </Dialog>
  );
}
