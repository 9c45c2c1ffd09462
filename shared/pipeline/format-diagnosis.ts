// The diagnosis for people (`cmlens diagnose` without --json), in English or Chinese.
import { guideSection } from '../knowledge/guide-sections';
import type { Lang } from '../knowledge/localized';
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

/** The earlier cycles said plainly: how many failed since when, the last failure and success, the causes. */
export function historyLines(h: CycleHistory, kind: DiagnosisKind, lang: Lang = 'en'): string[] {
  if (lang === 'zh-CN') {
    const what = kind === 'sync' ? '次同步' : '次扫描';
    const head = h.failed
      ? `历史:自 ${shortTime(h.since)} 以来 ${h.total} ${what}中有 ${h.failed} 次失败;最近一次失败 ${causeText(h.lastFailure!)},时间 ${shortTime(h.lastFailure!.at)}`
      : `历史:自 ${shortTime(h.since)} 以来 ${h.total} ${what},均未失败`;
    const ok = h.lastSuccess ? `;最近一次成功 ${shortTime(h.lastSuccess)}。` : h.failed ? ';没有成功的记录。' : '。';
    const by = h.failed > 1 ? [`  失败原因:${h.causes.map((c) => `${causeText(c)} ×${c.count}`).join(',')}`] : [];
    return [head + ok, ...by];
  }
  const what = kind === 'sync' ? 'syncs' : 'scans';
  const head = h.failed
    ? `History: ${h.failed} of ${h.total} ${what} failed since ${shortTime(h.since)}; last failure ${causeText(h.lastFailure!)} at ${shortTime(h.lastFailure!.at)}`
    : `History: ${h.total} ${what} since ${shortTime(h.since)}, none failed`;
  const ok = h.lastSuccess ? `; last success ${shortTime(h.lastSuccess)}.` : h.failed ? '; none succeeded.' : '.';
  const by = h.failed > 1 ? [`  Failures by cause: ${h.causes.map((c) => `${causeText(c)} ×${c.count}`).join(', ')}`] : [];
  return [head + ok, ...by];
}
