// The scan pipeline at a glance: steps 1–17 and S1–S3, each done / failed / not seen for the cycle the
// diagnosis is about (DiagnosisResult.pipeline). Clicking a step moves every pane to its evidence line.
import { useTranslation } from 'react-i18next';
import { ALL_STEPS } from '../../../shared/pipeline/steps';
import type { PipelineStep } from '../../../shared/pipeline/diagnosis-types';
import { jumpToEntry } from '../actions/navigate';
import { activeDiagnosis, openSets, setLabel, useLogs } from '../store/logs-store';
import { useSettings } from '../store/settings-store';
import { stepColor } from '../view/step-style';

/** What the step boxes look like, in the order a technician reads them. */
const LEGEND = ['done', 'failed', 'not-seen'] as const;

export function PipelineStrip() {
  const { t } = useTranslation();
  const diagnosis = useLogs(activeDiagnosis);
  const lang = useSettings((s) => s.lang);
  // with two clients open, say whose pipeline this is
  const sets = openSets(useLogs((s) => s.logs));
  const activeSet = useLogs((s) => s.activeSetId);
  const shownSet = sets.length > 1 ? sets.find((x) => x.id === activeSet) : undefined;
  // nothing of the pipeline in this set (an OSD log, a CBS log alone): no strip of empty boxes
  if (!diagnosis || diagnosis.kind === 'none' || diagnosis.kind === 'install') return null;
  const byId = new Map<string, PipelineStep>(diagnosis.pipeline.map((p) => [p.step, p]));
  const sync = diagnosis.kind === 'sync';
  const steps = ALL_STEPS.filter((s) => (sync ? s.id.startsWith('S') : !s.id.startsWith('S') || byId.has(s.id)));
  return (
    <nav className="pipeline-strip" aria-label={t('pipeline.title')}>
      <span className="pipeline-label">{t(sync ? 'pipeline.sync' : 'pipeline.scan')}</span>
      {shownSet && <span className="pipeline-set" data-set={shownSet.id}>{setLabel(shownSet)}</span>}
      <ol>
        {steps.map((s) => {
          const p = byId.get(s.id);
          const status = p?.status ?? 'not-seen';
          const desc = s.description[lang];
          const clickable = !!(p?.source && p.line);
          return (
            <li key={s.id}>
              <button
                className={`step step-${status}`}
                style={status === 'done' ? { borderColor: stepColor(s.id) } : undefined}
                aria-label={t('pipeline.stepAria', { step: s.id, desc, status: t(`pipeline.status.${status}`) })}
                title={`${s.id}. ${desc}: ${t(`pipeline.status.${status}`)}${p?.source ? `\n${p.source}:${p.line}` : ''}`}
                disabled={!clickable}
                data-status={status}
                onClick={() => clickable && void jumpToEntry(p!.source!, p!.line!)}
              >
                {s.id}
              </button>
            </li>
          );
        })}
      </ol>
      <ul className="pipeline-legend" aria-label={t('pipeline.legend')}>
        {LEGEND.map((status) => (
          <li key={status}><span className={`legend-box step-${status}`} aria-hidden="true" />{t(`pipeline.status.${status}`)}</li>
        ))}
      </ul>
      <span className={`verdict verdict-${diagnosis.verdict}`}>{t(`verdict.${diagnosis.verdict}`)}</span>
    </nav>
  );
}
