// The report as Markdown, for a ticket or a chat: headings, a pipeline table, evidence in fenced blocks (log text
// is shown exactly, never read as Markdown), next steps as a numbered list, the guide section each cites.
import { reportModel, type ReportInput } from './report-model';

/** A table cell: pipes and line breaks would end the cell or the row. */
const cell = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** Inline text: Markdown's punctuation escaped so a log's words stay words. */
const inline = (s: string): string => s.replace(/([\\`*_{}[\]<>#|!])/g, '\\$1').replace(/\r?\n/g, ' ');

/** A fenced block whose fence is longer than any run of backticks inside it. */
function fenced(lines: readonly string[]): string[] {
  const longest = Math.max(2, ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((r) => r.length))));
  const fence = '`'.repeat(longest + 1);
  return [fence, ...lines, fence];
}

export function reportMarkdown(input: ReportInput): string {
  const m = reportModel(input);
  const w = m.words;
  const out: string[] = [`# ${inline(m.title)}`, ''];
  out.push(`**${w.verdict}:** ${inline(m.verdictText)} (${inline(m.about)})`);
  if (m.generated) out.push('', `${w.generated}: ${inline(m.generated)}`);
  if (m.logs.length) out.push('', `**${w.logs}:**`, '', ...m.logs.map((l) => `- \`${l.replace(/`/g, "'")}\``));
  if (m.pipeline.length) {
    out.push('', `## ${w.pipeline}`, '', `| ${w.step} | ${w.what} | ${w.status} | ${w.where} |`, '|---|---|---|---|');
    for (const p of m.pipeline) out.push(`| ${cell(p.step)} | ${cell(p.what)} | ${p.status === 'failed' ? `**${cell(p.statusText)}**` : cell(p.statusText)} | ${p.where ? cell(p.where) : ''} |`);
  }
  out.push('', `## ${w.diagnoses}`);
  if (m.noneText) out.push('', inline(m.noneText));
  for (const d of m.diagnoses) {
    out.push('', `### ${d.rank}. ${inline(d.title)}`, '', `*${inline(d.severity)}*`);
    if (d.code) out.push('', `**${w.code}:** \`${d.code.code}\`${d.code.name ? ` (${d.code.name})` : ''}${d.code.meaning ? ` — ${inline(d.code.meaning)}` : ''}`);
    out.push('', inline(d.explanation));
    if (d.evidence.length) {
      out.push('', `**${w.evidence}:**`, '');
      out.push(...fenced(d.evidence.map((e) => `${e.where}  ${e.text.split('\n')[0]}`)));
    }
    if (d.nextSteps.length) out.push('', `**${w.next}:**`, '', ...d.nextSteps.map((s, i) => `${i + 1}. ${inline(s)}`));
    out.push('', `**${w.guide}:** ${inline(d.guide.title)} (\`#guide/${d.guide.id}\`)`);
  }
  if (m.earlier.length) {
    out.push('', `## ${w.earlier}`, '');
    if (m.history.length) out.push(...m.history.map(inline), '');
    for (const c of m.earlier) out.push(`- ${inline(c.start)} — ${inline(c.verdictText)}${c.summary ? `: ${inline(c.summary)}` : ''}`);
  }
  return out.join('\n') + '\n';
}
