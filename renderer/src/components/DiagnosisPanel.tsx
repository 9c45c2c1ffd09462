// The diagnosis beside the logs: verdict, diagnoses most likely first, each with title, code and meaning,
// evidence lines (click to jump), next steps and the guide section (#guide/<id>). Live: the backend pushes a new
// `diagnosis` event whenever the open set changes or lines arrive.
import { useTranslation } from 'react-i18next';
import { guideSection } from '../../../shared/knowledge/guide-sections';
import { baseName } from '../../../shared/model/rotation';
import type { Diagnosis } from '../../../shared/pipeline/diagnosis-types';
import { api } from '../api/client';
import { copyText } from '../actions/clipboard';
import { jumpToEntry } from '../actions/navigate';
import { ExportReportButton } from './ExportMenu';
import { activeDiagnosis, openSets, setLabel, useLogs } from '../store/logs-store';
import { useSettings } from '../store/settings-store';
import { openLookup } from '../store/ui-store';
import { historyText } from '../view/history-text';
import { stepParts, urlPieces } from '../view/step-parts';
import { LinkedText } from './DetailsPane';
import { useAnswer } from './use-answer';

/** A command in a next step: monospace, with a button that copies it. */
function Command({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <span className="cmd">
      <code>{text}</code>
      <button className="copy-btn" title={t('diagnosis.copy')} aria-label={t('diagnosis.copyAria', { command: text })} onClick={() => void copyText(text, t('diagnosis.copied', { command: text }))}>
        <svg viewBox="0 0 16 16" width="11" height="11" aria-hidden="true"><rect x="5" y="5" width="9" height="9" rx="1.5" /><path d="M3 11V3a1 1 0 0 1 1-1h7" /></svg>
      </button>
    </span>
  );
}

/** A next step: prose with error codes linked, commands to copy, URLs that wrap at their slashes. */
function StepText({ text }: { text: string }) {
  return (
    <>
      {stepParts(text).map((p, i) =>
        p.kind === 'command' ? <Command key={i} text={p.text} />
        : p.kind === 'url' ? <code key={i} className="url">{urlPieces(p.text).map((u, j) => <span key={j}>{u}<wbr /></span>)}</code>
        : <LinkedText key={i} text={p.text} />,
      )}
    </>
  );
}

function CodeMeaning({ code }: { code: string }) {
  const lang = useSettings((s) => s.lang);
  const info = useAnswer(() => api.lookupCode({ code }), [code]);
  return (
    <span className="code-meaning">
      <a href={`#lookup/${code}`} className="code-link" onClick={(e) => { e.preventDefault(); openLookup(code); }}>{code}</a>
      {info?.name && <code className="code-name">{info.name}</code>}
      {info && <span className="code-text">{info.meaning[lang]}</span>}
    </span>
  );
}

function DiagnosisCard({ d, index }: { d: Diagnosis; index: number }) {
  const { t } = useTranslation();
  const lang = useSettings((s) => s.lang);
  const text = d.localized?.[lang] ?? { title: d.title, explanation: d.explanation, nextSteps: d.nextSteps };
  const section = guideSection(d.section, lang);
  return (
    <article className={`diagnosis sev-${d.severity}`} aria-label={text.title}>
      <h3>
        <span className="rank">{index + 1}</span> {text.title}
      </h3>
      {d.errorCode && <CodeMeaning code={d.errorCode} />}
      <p>{text.explanation}</p>
      {d.evidence.length > 0 && (
        <>
          <h4>{t('diagnosis.evidence')}</h4>
          <ul className="evidence">
            {d.evidence.slice(0, 8).map((ev, i) => (
              <li key={i}>
                <button className="evidence-line" title={`${ev.source}:${ev.line}`} aria-label={`${baseName(ev.source)}:${ev.line} ${ev.text.split('\n')[0]}`} onClick={() => void jumpToEntry(ev.source, ev.line)}>
                  <span className="ev-where"><span className="ev-file">{baseName(ev.source)}</span>:{ev.line}</span>{' '}
                  <span className="ev-text">{ev.text.split('\n')[0]}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {text.nextSteps.length > 0 && (
        <>
          <h4>{t('diagnosis.nextSteps')}</h4>
          <ol className="next-steps">
            {text.nextSteps.map((s, i) => (
              <li key={i}><StepText text={s} /></li>
            ))}
          </ol>
        </>
      )}
      <a className="guide-link" href={`#guide/${d.section}`}>
        {t('diagnosis.guide')}: {section?.title ?? d.section}
      </a>
    </article>
  );
}

/**
 * Which client the panel and the pipeline strip are about, when several sets are open: each set has its own
 * diagnosis (the backend diagnoses a set's logs alone), and this picks the one shown.
 */
function SetSwitcher() {
  const { t } = useTranslation();
  const sets = openSets(useLogs((s) => s.logs));
  const activeSetId = useLogs((s) => s.activeSetId);
  const diagnoses = useLogs((s) => s.diagnoses);
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

export function DiagnosisPanel() {
  const { t } = useTranslation();
  const diagnosis = useLogs(activeDiagnosis);
  const logs = useLogs((s) => s.logs);
  return (
    <aside className="diagnosis-panel" aria-label={t('diagnosis.title')}>
      <header>
        <h2>{t('diagnosis.title')}</h2>
        <ExportReportButton />
      </header>
      <SetSwitcher />
      {!logs.length && <p className="hint">{t('diagnosis.noLogs')}</p>}
      {logs.length > 0 && !diagnosis && <p className="hint">{t('diagnosis.working')}</p>}
      {diagnosis && (
        <>
          <p className={`verdict-line verdict-${diagnosis.verdict}`} data-verdict={diagnosis.verdict}>
            {t(`verdict.${diagnosis.verdict}`)}
            {diagnosis.kind !== 'none' && <small> · {t(`diagnosis.kind.${diagnosis.kind}`)}</small>}
            {diagnosis.cycles.length > 1 && <small> · {t('diagnosis.cycles', { count: diagnosis.cycles.length })}</small>}
          </p>
          {diagnosis.scanOwner === 'windows-update' && <p className="owner-note">{t('diagnosis.ownScan')}</p>}
          {diagnosis.history && diagnosis.history.total > 1 && (
            <section className="history" aria-label={t('diagnosis.history.title')}>
              {historyText(t, diagnosis.history, diagnosis.kind).map((line, i) => (
                <p key={i}>{line}</p>
              ))}
            </section>
          )}
          {diagnosis.diagnoses.length === 0 && <p className="hint">{t('diagnosis.none')}</p>}
          {diagnosis.diagnoses.map((d, i) => (
            <DiagnosisCard key={`${d.id}-${i}`} d={d} index={i} />
          ))}
        </>
      )}
      <p className="guide-index"><a href="#guide/intro.scoping">{t('diagnosis.openGuide')}</a></p>
    </aside>
  );
}
