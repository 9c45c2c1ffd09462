// Which client the diagnosis panel and the pipeline strip are about, when several sets are open: each set has its
// own diagnosis (the backend diagnoses a set's logs alone), and this picks the one shown.
import { useTranslation } from 'react-i18next';
import { openSets, setLabel, useLogs } from '../store/logs-store';

export function SetSwitcher() {
  const { t } = useTranslation();
  const logs = useLogs((s) => s.logs);
  const activeSetId = useLogs((s) => s.activeSetId);
  const diagnoses = useLogs((s) => s.diagnoses);
  const sets = openSets(logs);
  if (sets.length < 2) return null;
  return (
    <select className="set-switcher" aria-label={t('sets.switch')} value={activeSetId ?? ''} onChange={(e) => useLogs.setState({ activeSetId: e.target.value })}>
      {sets.map((s) => {
        const v = diagnoses[s.id]?.verdict;
        return (
          <option key={s.id} value={s.id}>
            {setLabel(s)}{v ? ` — ${t(`verdict.${v}`)}` : ''}
          </option>
        );
      })}
    </select>
  );
}
