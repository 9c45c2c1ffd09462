// The diagnosis for people (`cmlens diagnose` without --json), in English or Chinese.
import { guideSection } from '../knowledge/guide-sections';
import { fillPlaceholders, type Lang } from '../knowledge/localized';
import type { CycleHistory } from './cycle-history';
import type { DiagnosisKind, DiagnosisResult } from './diagnosis-types';

/** The words the text, Markdown and HTML forms share (shared/report reuses them). */
export const WORDS = {
  en: { verdict: 'Verdict', failed: 'FAILED', healthy: 'healthy', incomplete: 'incomplete (still running or logs end here)', 'no-data': 'no software update activity found', pipeline: 'Pipeline', guide: 'Guide', next: 'Next steps', evidence: 'Evidence', earlier: 'Earlier cycles', none: 'No problem found in the latest cycle.', code: 'Error code', ownScan: "Windows Update's own scan (no Configuration Manager search in these logs)" },
  'zh-CN': { verdict: '结论', failed: '失败', healthy: '正常', incomplete: '未完成(仍在运行或日志到此为止)', 'no-data': '未找到软件更新活动', pipeline: '流程', guide: '指南', next: '后续步骤', evidence: '证据', earlier: '较早的周期', none: '最新周期中未发现问题。', code: '错误代码', ownScan: 'Windows 更新自身的扫描(这些日志中没有 Configuration Manager 的搜索)' },
} as const;

export function formatDiagnosisText(r: DiagnosisResult, lang: Lang = 'en'): string {
  const w = WORDS[lang];
  const owner = r.scanOwner === 'windows-update' ? ` — ${w.ownScan}` : '';
  const out: string[] = [`${w.verdict}: ${w[r.verdict]}${owner}`];
  if (r.kind === 'scan' || r.kind === 'sync') {
    const marks = r.pipeline.map((p) => `${p.step}${p.status === 'done' ? '✓' : p.status === 'failed' ? '✗' : '·'}`);
    out.push(`${w.pipeline}: ${marks.join(' ')}`);
  }
  if (!r.diagnoses.length) out.push('', w.none);
  r.diagnoses.forEach((d, i) => {
    const t = d.localized[lang];
    const g = guideSection(d.section, lang);
    out.push('', `${i + 1}. [${d.severity}] ${t.title}`);
    if (d.errorCode) out.push(`   ${w.code}: ${d.errorCode}`);
    out.push(`   ${t.explanation}`);
    out.push(`   ${w.guide}: ${g ? g.title : d.section} (#guide/${d.section})`);
    if (d.evidence.length) {
      out.push(`   ${w.evidence}:`);
      for (const e of d.evidence) out.push(`     ${e.source}:${e.line}  ${e.text.split('\n')[0].slice(0, 200)}`);
    }
    if (t.nextSteps.length) {
      out.push(`   ${w.next}:`);
      t.nextSteps.forEach((s, k) => out.push(`     ${k + 1}) ${s}`));
    }
  });
  if (r.history && r.history.total > 1) out.push('', ...historyLines(r.history, r.kind, lang));
  return out.join('\n') + '\n';
}

/** "2026-03-10T09:15:00.000-05:00" → "2026-03-10 09:15 -05:00": minutes are what a person compares. */
export function shortTime(iso: string | null): string {
  if (!iso) return '?';
  const off = /([+-]\d{2}:\d{2}|Z)$/.exec(iso)?.[1];
  return `${iso.slice(0, 16).replace('T', ' ')}${off ? ` ${off}` : ''}`;
}

/** A failure's cause as history shows it: "0x80244021 (scan.wua.proxy)". */
export function causeText(c: { section: string | null; code: string | null }): string {
  return [c.code, c.section && `(${c.section})`].filter(Boolean).join(' ') || '?';
}

/** The history sentence, its {placeholders} filled by historyLines. */
const HISTORY = {
  en: { scans: 'scans', syncs: 'syncs', failed: 'History: {failed} of {total} {what} failed since {since}; last failure {cause} at {at}', none: 'History: {total} {what} since {since}, none failed', lastSuccess: '; last success {success}.', noSuccess: '; none succeeded.', end: '.', causes: '  Failures by cause: {causes}', sep: ', ' },
  'zh-CN': { scans: '次扫描', syncs: '次同步', failed: '历史:自 {since} 以来 {total} {what}中有 {failed} 次失败;最近一次失败 {cause},时间 {at}', none: '历史:自 {since} 以来 {total} {what},均未失败', lastSuccess: ';最近一次成功 {success}。', noSuccess: ';没有成功的记录。', end: '。', causes: '  失败原因:{causes}', sep: ',' },
} as const;

/** The earlier cycles said plainly: how many failed since when, the last failure and success, the causes. */
export function historyLines(h: CycleHistory, kind: DiagnosisKind, lang: Lang = 'en'): string[] {
  const w = HISTORY[lang];
  const last = h.lastFailure;
  const values = {
    failed: h.failed, total: h.total, what: kind === 'sync' ? w.syncs : w.scans, since: shortTime(h.since),
    cause: last ? causeText(last) : '', at: shortTime(last?.at ?? null), success: shortTime(h.lastSuccess),
    causes: h.causes.map((c) => `${causeText(c)} ×${c.count}`).join(w.sep),
  };
  const tail = h.lastSuccess ? w.lastSuccess : h.failed ? w.noSuccess : w.end;
  const lines = [fillPlaceholders((h.failed ? w.failed : w.none) + tail, values)];
  if (h.failed > 1) lines.push(fillPlaceholders(w.causes, values));
  return lines;
}
