// The diagnosis for people (`cmlens diagnose` without --json), in English or Chinese.
import { guideSection } from '../knowledge/guide-sections';
import type { Lang } from '../knowledge/localized';
import type { DiagnosisResult } from './diagnosis-types';

/** The words the text, Markdown and HTML forms share (shared/report reuses them). */
export const WORDS = {
  en: { verdict: 'Verdict', failed: 'FAILED', healthy: 'healthy', incomplete: 'incomplete (still running or logs end here)', 'no-data': 'no software update activity found', pipeline: 'Pipeline', guide: 'Guide', next: 'Next steps', evidence: 'Evidence', earlier: 'Earlier cycles', none: 'No problem found in the latest cycle.', code: 'Error code' },
  'zh-CN': { verdict: '结论', failed: '失败', healthy: '正常', incomplete: '未完成(仍在运行或日志到此为止)', 'no-data': '未找到软件更新活动', pipeline: '流程', guide: '指南', next: '后续步骤', evidence: '证据', earlier: '较早的周期', none: '最新周期中未发现问题。', code: '错误代码' },
} as const;

export function formatDiagnosisText(r: DiagnosisResult, lang: Lang = 'en'): string {
  const w = WORDS[lang];
  const out: string[] = [`${w.verdict}: ${w[r.verdict]}`];
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
  if (r.cycles.length > 1) {
    out.push('', `${w.earlier}:`);
    for (const c of r.cycles.slice(0, -1).slice(-10)) {
      const first = c.diagnoses[0];
      out.push(`   ${c.start ?? '?'}  ${w[c.verdict]}${first ? `  ${first.section}${first.errorCode ? ' ' + first.errorCode : ''}` : ''}`);
    }
  }
  return out.join('\n') + '\n';
}
