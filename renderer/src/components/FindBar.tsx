// Ctrl+F: find text or a regex (match case) in the active pane or all panes; hit count; F3 / Shift+F3 cycle.
import { useTranslation } from 'react-i18next';
import { findStep, runFind } from '../actions/navigate';
import { useUi } from '../store/ui-store';
import { activePaneState, useView } from '../store/view-store';
import { userRegexProblem } from '../../../shared/user-regex/user-regex';
import { regexProblemText } from '../i18n/message-text';

export function FindBar() {
  const { t } = useTranslation();
  const find = useView((s) => s.find);
  const st = useView(activePaneState);
  const set = useView((s) => s.setFind);
  // The backend's own policy, checked as the user types: the reason shows before anything is sent.
  const problem = find.regex && find.query ? userRegexProblem(find.query) : null;
  const regexError = problem ? regexProblemText(problem, t) : '';
  // which hit F3 is on: the selection's place among the active pane's hits
  const onHit = st && st.selected !== null ? st.hits.indexOf(st.selected) : -1;
  const count = !st?.hitsTotal
    ? (find.query ? t('find.none') : '')
    : onHit < 0 ? t('status.hits', { count: st.hitsTotal }) : t('find.count', { current: onHit + 1, count: st.hitsTotal });
  return (
    <form className="bar find-bar" role="search" onSubmit={(e) => { e.preventDefault(); if (!regexError) void runFind(); }}>
      <input
        type="search"
        aria-label={t('find.query')}
        placeholder={t('find.query')}
        value={find.query}
        autoFocus
        onChange={(e) => set({ query: e.target.value })}
      />
      <label><input type="checkbox" checked={find.regex} onChange={(e) => set({ regex: e.target.checked })} /> {t('find.regex')}</label>
      <label><input type="checkbox" checked={find.matchCase} onChange={(e) => set({ matchCase: e.target.checked })} /> {t('find.matchCase')}</label>
      <label><input type="checkbox" checked={find.allPanes} onChange={(e) => set({ allPanes: e.target.checked })} /> {t('find.allPanes')}</label>
      <button type="submit" disabled={!find.query || !!regexError}>{t('find.find')}</button>
      <button type="button" onClick={() => void findStep(-1)} title="Shift+F3">▲</button>
      <button type="button" onClick={() => void findStep(1)} title="F3">▼</button>
      <span className="find-count" aria-live="polite">
        {regexError ? <span className="err">{regexError}</span> : count}
      </span>
      <button type="button" className="icon-btn" aria-label={t('common.close')} onClick={() => useUi.setState({ findOpen: false })}>✕</button>
    </form>
  );
}
