// The diagnosis panel's history line: the same facts as `cmlens diagnose` prints (shared/pipeline/cycle-history.ts),
// in the UI's language.
import type { TFunction } from 'i18next';
import type { CycleHistory } from '../../../shared/pipeline/cycle-history';
import type { DiagnosisKind } from '../../../shared/pipeline/diagnosis-types';
import { causeText, shortTime } from '../../../shared/pipeline/format-diagnosis';

/** One sentence (and the causes when several failed); empty for a single cycle. */
export function historyText(t: TFunction, h: CycleHistory, kind: DiagnosisKind): string[] {
  if (h.total < 2) return [];
  const what = t(kind === 'sync' ? 'diagnosis.history.syncs' : 'diagnosis.history.scans', { count: h.total });
  const since = shortTime(h.since);
  const head = h.lastFailure
    ? t('diagnosis.history.failed', { failed: h.failed, total: h.total, what, since, cause: causeText(h.lastFailure), at: shortTime(h.lastFailure.at) })
    : t('diagnosis.history.none', { total: h.total, what, since });
  const tail = h.lastSuccess ? t('diagnosis.history.lastSuccess', { at: shortTime(h.lastSuccess) }) : h.failed ? t('diagnosis.history.noSuccess') : '';
  const lines = [tail ? `${head}${t('diagnosis.history.sep')}${tail}` : head];
  if (h.failed > 1) lines.push(t('diagnosis.history.causes', { causes: h.causes.map((c) => `${causeText(c)} ×${c.count}`).join(', ') }));
  return lines;
}
