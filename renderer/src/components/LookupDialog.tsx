// Ctrl+L: CMTrace's error lookup, offline: meaning, symbolic name and the guide section for a code.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCodeInfo } from '../../../shared/knowledge/error-codes';
import { ask } from '../store/toasts-store';
import { useSettings } from '../store/settings-store';
import { closeDialog, useUi } from '../store/ui-store';
import { Dialog } from './Dialog';

export function LookupDialog() {
  const { t } = useTranslation();
  const lang = useSettings((s) => s.lang);
  const initial = useUi((s) => s.lookupCode);
  const [code, setCode] = useState(initial);
  const [info, setInfo] = useState<ErrorCodeInfo | null | undefined>(undefined);
  const look = async (c: string) => {
    if (c.trim()) setInfo((await ask('lookupCode', { code: c.trim() })) ?? null);
  };
  useEffect(() => {
    if (initial) void look(initial);
  }, [initial]);
  return (
    <Dialog title={t('lookup.title')}>
      <form onSubmit={(e) => { e.preventDefault(); void look(code); }} className="lookup-form">
        <input aria-label={t('lookup.code')} placeholder="0x80244021" value={code} onChange={(e) => setCode(e.target.value)} />
        <button type="submit" className="primary">{t('lookup.look')}</button>
      </form>
      {info === null && <p className="err">{t('lookup.unknown')}</p>}
      {info && (
        <dl className="lookup-result">
          <dt>{t('lookup.codeLabel')}</dt><dd><code>{info.code}</code> ({info.value | 0})</dd>
          {info.name && (<><dt>{t('lookup.name')}</dt><dd><code>{info.name}</code></dd></>)}
          <dt>{t('lookup.meaning')}</dt><dd>{info.meaning[lang]}</dd>
          {info.section && (<><dt>{t('lookup.section')}</dt><dd><a href={`#guide/${info.section}`} onClick={() => closeDialog()}>{info.section}</a></dd></>)}
        </dl>
      )}
    </Dialog>
  );
}
