// The report as one HTML page that stands alone: inline CSS (screen and print), no scripts, no external
// resources, every piece of log or rule text escaped. Guide links point at the guide sections included at the
// end of the page (`#guide/<id>`, the same anchors the app uses), so the page works offline and in a ticket.
import { reportModel, type ReportInput } from './report-model';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
const e = escapeHtml;

const CSS = `
body{font:14px/1.45 "Segoe UI",system-ui,sans-serif;color:#1b1f24;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.5rem;margin:0 0 .5rem}h2{font-size:1.2rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem;margin-top:1.6rem}
h3{font-size:1.05rem;margin:1.2rem 0 .3rem}.verdict{font-size:1.1rem;font-weight:600}
.verdict-failed{color:#b42318}.verdict-healthy{color:#1a7f37}.verdict-incomplete{color:#9a6700}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #d0d7de;padding:.2rem .45rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}.st-failed{color:#b42318;font-weight:600}.st-not-seen{color:#6e7781}
.diag{border-left:4px solid #d0d7de;padding:.1rem 0 .3rem .8rem;margin:1rem 0;break-inside:avoid}
.diag.sev-error{border-color:#b42318}.diag.sev-warning{border-color:#bf8700}
pre{background:#f6f8fa;border:1px solid #d0d7de;padding:.5rem;white-space:pre-wrap;word-break:break-all;font:12px/1.4 Consolas,monospace}
code{font-family:Consolas,monospace}.muted{color:#6e7781}.guide p{margin:.4rem 0}
@media print{body{margin:0;max-width:none}a{color:inherit;text-decoration:none}h2{break-after:avoid}}
`;

/** A guide body: paragraphs separated by blank lines, "- " items as a list. */
function guideBody(body: string): string {
  return body
    .split(/\n\s*\n/)
    .map((para) => {
      const lines = para.split('\n');
      if (lines.every((l) => l.startsWith('- '))) return `<ul>${lines.map((l) => `<li>${e(l.slice(2))}</li>`).join('')}</ul>`;
      return `<p>${e(para)}</p>`;
    })
    .join('\n');
}

export function reportHtml(input: ReportInput): string {
  const m = reportModel(input);
  const w = m.words;
  const h: string[] = [];
  h.push(`<!DOCTYPE html>`, `<html lang="${e(m.lang)}">`, `<head><meta charset="utf-8"><title>${e(m.title)}</title><style>${CSS}</style></head>`, `<body>`);
  h.push(`<h1>${e(m.title)}</h1>`);
  h.push(`<p class="verdict verdict-${e(m.verdict)}">${e(w.verdict)}: ${e(m.verdictText)} <span class="muted">(${e(m.about)})</span></p>`);
  if (m.generated) h.push(`<p class="muted">${e(w.generated)}: ${e(m.generated)}</p>`);
  if (m.logs.length) h.push(`<p><strong>${e(w.logs)}:</strong></p><ul>${m.logs.map((l) => `<li><code>${e(l)}</code></li>`).join('')}</ul>`);
  if (m.pipeline.length) {
    h.push(`<h2>${e(w.pipeline)}</h2>`, `<table><thead><tr><th>${e(w.step)}</th><th>${e(w.what)}</th><th>${e(w.status)}</th><th>${e(w.where)}</th></tr></thead><tbody>`);
    for (const p of m.pipeline) h.push(`<tr><td>${e(p.step)}</td><td>${e(p.what)}</td><td class="st-${e(p.status)}">${e(p.statusText)}</td><td>${p.where ? `<code>${e(p.where)}</code>` : ''}</td></tr>`);
    h.push(`</tbody></table>`);
  }
  h.push(`<h2>${e(w.diagnoses)}</h2>`);
  if (m.noneText) h.push(`<p>${e(m.noneText)}</p>`);
  for (const d of m.diagnoses) {
    h.push(`<section class="diag sev-${d.level}">`, `<h3>${d.rank}. ${e(d.title)}</h3>`, `<p class="muted">${e(d.severity)}</p>`);
    if (d.code) h.push(`<p><strong>${e(w.code)}:</strong> <code>${e(d.code.code)}</code>${d.code.name ? ` <code>${e(d.code.name)}</code>` : ''}${d.code.meaning ? ` — ${e(d.code.meaning)}` : ''}</p>`);
    h.push(`<p>${e(d.explanation)}</p>`);
    if (d.evidence.length) h.push(`<p><strong>${e(w.evidence)}:</strong></p>`, `<pre>${d.evidence.map((x) => `<span title="${e(x.path)}">${e(x.where)}</span>  ${e(x.text)}`).join('\n')}</pre>`);
    if (d.nextSteps.length) h.push(`<p><strong>${e(w.next)}:</strong></p>`, `<ol>${d.nextSteps.map((s) => `<li>${e(s)}</li>`).join('')}</ol>`);
    h.push(`<p><strong>${e(w.guide)}:</strong> <a href="#guide/${e(d.guide.id)}">${e(d.guide.title)}</a></p>`, `</section>`);
  }
  if (m.earlier.length) {
    h.push(`<h2>${e(w.earlier)}</h2>`, ...m.history.map((l) => `<p>${e(l)}</p>`), `<ul>${m.earlier.map((c) => `<li>${e(c.start)} — ${e(c.verdictText)}${c.summary ? `: ${e(c.summary)}` : ''}</li>`).join('')}</ul>`);
  }
  if (m.guide.length) {
    h.push(`<h2>${e(w.guideSections)}</h2>`);
    for (const g of m.guide) h.push(`<section class="guide" id="guide/${e(g.id)}"><h3>${e(g.title)}</h3>${guideBody(g.body)}</section>`);
  }
  h.push(`</body>`, `</html>`);
  return h.join('\n') + '\n';
}
