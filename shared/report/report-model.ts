// The report a technician pastes into a ticket (`cmlens diagnose --format markdown|html`, "Export report" in the
// app), as data in one language: the Markdown and HTML renderers only lay it out, so both say the same things.
import { guideSection } from '../knowledge/guide-sections';
import type { Lang } from '../knowledge/localized';
import { lookupErrorCode } from '../knowledge/lookup';
import { baseName } from '../model/rotation';
import type { DiagnosisResult, StepStatus } from '../pipeline/diagnosis-types';
import { historyLines, WORDS } from '../pipeline/format-diagnosis';
import { ALL_STEPS } from '../pipeline/steps';

const REPORT_WORDS = {
  en: {
    title: 'CMLens diagnosis report', generated: 'Generated', logs: 'Logs', step: 'Step', what: 'What', status: 'Status', where: 'Where',
    severity: 'Severity', meaning: 'Meaning', guideSections: 'Guide sections', diagnoses: 'Diagnoses', started: 'Started',
    done: 'done', failedStep: 'failed', 'not-seen': 'not seen', error: 'error', warning: 'warning', info: 'info',
    scan: 'latest client scan cycle', sync: 'WSUS synchronisation', install: 'installer logs', kindNone: 'nothing recognised',
  },
  'zh-CN': {
    title: 'CMLens 诊断报告', generated: '生成时间', logs: '日志', step: '步骤', what: '内容', status: '状态', where: '位置',
    severity: '严重性', meaning: '含义', guideSections: '指南章节', diagnoses: '诊断', started: '开始',
    done: '完成', failedStep: '失败', 'not-seen': '未见', error: '错误', warning: '警告', info: '信息',
    scan: '最新的客户端扫描周期', sync: 'WSUS 同步', install: '安装程序日志', kindNone: '未识别',
  },
} as const;

export interface ReportInput {
  result: DiagnosisResult;
  lang: Lang;
  /** The logs diagnosed (sources as opened). */
  logs?: readonly string[];
  /** When the report was made, as the caller formats it (the core has no clock). */
  generated?: string;
}

/** Evidence lines per diagnosis in a report: the first ones, enough to show the pattern. */
const MAX_EVIDENCE = 12;

/** The report as data (the renderers' one input); its shape is what this returns. */
export function reportModel({ result: r, lang, logs = [], generated }: ReportInput) {
  const words = { ...WORDS[lang], ...REPORT_WORDS[lang] };
  const statusText = (s: StepStatus) => (s === 'failed' ? words.failedStep : words[s]);
  const diagnoses = r.diagnoses.map((d, i) => {
    const t = d.localized[lang];
    const info = d.errorCode ? lookupErrorCode(d.errorCode) : null;
    return {
      rank: i + 1,
      level: d.severity,
      severity: words[d.severity],
      title: t.title,
      explanation: t.explanation,
      code: d.errorCode ? { code: d.errorCode, name: info?.name ?? null, meaning: info?.meaning[lang] ?? '' } : null,
      // where: file:line as the technician finds it (the file name only; path has the whole source)
      evidence: d.evidence.slice(0, MAX_EVIDENCE).map((e) => ({ where: `${baseName(e.source)}:${e.line}`, path: e.source, text: e.text })),
      nextSteps: t.nextSteps,
      guide: { id: d.section, title: guideSection(d.section, lang)?.title ?? d.section },
    };
  });
  const cited = [...new Set(diagnoses.map((d) => d.guide.id))];
  return {
    lang,
    words,
    title: words.title,
    generated: generated ?? null,
    verdict: r.verdict,
    verdictText: words[r.verdict],
    about: r.kind === 'none' ? words.kindNone : words[r.kind],
    logs: [...logs],
    pipeline:
      r.kind === 'scan' || r.kind === 'sync'
        ? r.pipeline.map((p) => ({
            step: p.step,
            what: ALL_STEPS.find((s) => s.id === p.step)?.description[lang] ?? '',
            status: p.status,
            statusText: statusText(p.status),
            where: p.source ? `${baseName(p.source)}:${p.line}` : null,
          }))
        : [],
    diagnoses,
    noneText: diagnoses.length ? null : words.none,
    earlier: r.cycles.slice(0, -1).slice(-10).map((c) => {
      const first = c.diagnoses[0];
      return { start: c.start ?? '?', verdictText: words[c.verdict], summary: first ? `${first.localized[lang].title}${first.errorCode ? ` (${first.errorCode})` : ''}` : '' };
    }),
    // All runs in one sentence (how many failed since when, the last failure), as `cmlens diagnose` says it.
    history: r.history && r.history.total > 1 ? historyLines(r.history, r.kind, lang).map((l) => l.trim()) : [],
    // Each guide section the diagnoses cite, with its text, so the report stands alone.
    guide: cited.flatMap((id) => {
      const g = guideSection(id, lang);
      return g ? [{ id, title: g.title, body: g.body }] : [];
    }),
  };
}
