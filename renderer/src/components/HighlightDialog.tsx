// Several highlight rules, each with its colour (CMTrace has one); the first matching rule colours a row.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../store/settings-store';
import { HIGHLIGHT_COLORS, compileRule, ruleProblem, type HighlightRule } from '../view/highlight-rules';
import { regexProblemText } from '../i18n/message-text';
import { Dialog } from './Dialog';

export function HighlightDialog() {
  const { t } = useTranslation();
  const rules = useSettings((s) => s.highlightRules);
  const set = useSettings.setState;
  const [text, setText] = useState('');
  const [regex, setRegex] = useState(false);
  const [matchCase, setMatchCase] = useState(false);
  const [color, setColor] = useState<string>(HIGHLIGHT_COLORS[rules.length % HIGHLIGHT_COLORS.length]);
  const valid = !!compileRule({ text, regex, matchCase });
  const problem = ruleProblem({ text, regex });
  const add = () => {
    if (!valid) return;
    const rule: HighlightRule = { id: `${Date.now()}-${rules.length}`, text, regex, matchCase, color, enabled: true };
    set({ highlightRules: [...rules, rule] });
    setText('');
    setColor(HIGHLIGHT_COLORS[(rules.length + 1) % HIGHLIGHT_COLORS.length]);
  };
  const patch = (id: string, p: Partial<HighlightRule>) => set({ highlightRules: rules.map((r) => (r.id === id ? { ...r, ...p } : r)) });
  return (
    <Dialog title={t('highlight.title')}>
      <form className="highlight-add" onSubmit={(e) => { e.preventDefault(); add(); }}>
        <input aria-label={t('highlight.text')} placeholder={t('highlight.text')} value={text} onChange={(e) => setText(e.target.value)} />
        <label><input type="checkbox" checked={regex} onChange={(e) => setRegex(e.target.checked)} /> {t('find.regex')}</label>
        <label><input type="checkbox" checked={matchCase} onChange={(e) => setMatchCase(e.target.checked)} /> {t('find.matchCase')}</label>
        <select aria-label={t('highlight.color')} value={color} onChange={(e) => setColor(e.target.value)} style={{ background: color }}>
          {HIGHLIGHT_COLORS.map((c) => <option key={c} value={c} style={{ background: c }}>{c}</option>)}
        </select>
        <button type="submit" className="primary" disabled={!valid}>{t('highlight.add')}</button>
      </form>
      {problem && <p className="err" role="alert">{regexProblemText(problem, t)}</p>}
      {!rules.length && <p className="hint">{t('highlight.none')}</p>}
      <ul className="rules">
        {rules.map((r) => (
          <li key={r.id}>
            <input type="checkbox" aria-label={t('highlight.enabled')} checked={r.enabled} onChange={(e) => patch(r.id, { enabled: e.target.checked })} />
            <span className="swatch" style={{ background: r.color }} />
            <code>{r.text}</code> {r.regex && <small>regex</small>} {r.matchCase && <small>Aa</small>}
            {ruleProblem(r) && <small className="err">{regexProblemText(ruleProblem(r)!, t)}</small>}
            <button className="icon-btn" aria-label={t('highlight.remove', { text: r.text })} onClick={() => set({ highlightRules: rules.filter((x) => x.id !== r.id) })}>✕</button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
