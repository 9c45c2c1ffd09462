// The exported report: Markdown with the verdict, the pipeline table, each diagnosis with evidence, next steps
// and guide section; HTML that stands alone (no script, nothing loaded from elsewhere, log text escaped); zh-CN.
import { describe, expect, it } from 'vitest';
import { diagnose } from '../pipeline/diagnose';
import { inputsOf } from '../../test/support/sets/inputs';
import { SCAN_SETS } from '../../test/support/sets';
import { sampleClientLogs } from '../../scripts/samples/sample-client-logs';
import type { DiagnosisResult } from '../pipeline/diagnosis-types';
import { guideSection } from '../knowledge/guide-sections';
import { reportMarkdown } from './report-markdown';
import { escapeHtml, reportHtml } from './report-html';
import { delimitedLine } from './delimited';

const proxy = diagnose(inputsOf({ files: sampleClientLogs() }));
const healthy = diagnose(inputsOf(SCAN_SETS.find((s) => s.expect.verdict === 'healthy')!));

/** The same result with evidence a hostile log could hold: markup, Markdown, backticks, pipes. */
function hostile(r: DiagnosisResult): DiagnosisResult {
  const d = r.diagnoses[0];
  const evil = { source: 'C:\\Logs\\Evil|<b>.log', line: 7, text: '<script>alert("x")</script> ```` | **bold** <img src=http://evil.example/x.png> & done' };
  return { ...r, diagnoses: [{ ...d, evidence: [evil, ...d.evidence] }, ...r.diagnoses.slice(1)] };
}

describe('Markdown report', () => {
  const md = reportMarkdown({ result: proxy, lang: 'en', logs: ['C:\\Windows\\CCM\\Logs\\WUAHandler.log'], generated: '2026-12-06T00:00:00Z' });
  const d = proxy.diagnoses[0];

  it('has the verdict, the pipeline table and every diagnosis with its evidence, steps and guide section', () => {
    expect(proxy.verdict).toBe('failed');
    expect(md).toMatch(/^# CMLens diagnosis report\n/);
    expect(md).toContain('**Verdict:** FAILED (latest client scan cycle)');
    expect(md).toContain('## Pipeline\n\n| Step | What | Status | Where |\n|---|---|---|---|\n');
    for (const p of proxy.pipeline) expect(md).toMatch(new RegExp(`^\\| ${p.step} \\|.*\\| ${p.source ? '\\S+:' + p.line : ''} \\|$`, 'm'));
    expect(md).toContain(`### 1. ${d.title.replace(/([\\`*_{}[\]<>#|!])/g, '\\$1')}`);
    expect(md).toContain('**Error code:** `0x80244021` (WU_E_PT_HTTP_STATUS_BAD_GATEWAY)');
    const ev = d.evidence[0];
    expect(md).toContain(`${ev.source.split('/').pop()}:${ev.line}  ${ev.text.split('\n')[0]}`);
    // next steps filled in from the logs: the WSUS server the agent used
    expect(d.nextSteps.join(' ')).toContain('CM01.corp.contoso.com');
    d.nextSteps.forEach((_, i) => expect(md).toMatch(new RegExp(`^${i + 1}\\. .*`, 'm')));
    expect(md).toContain(`**Guide:** ${guideSection(d.section, 'en')!.title} (\`#guide/${d.section}\`)`);
    expect(md).toContain('## Earlier cycles');
    // the runs said plainly, as `cmlens diagnose` says them
    expect(md).toMatch(/^History: 1 of 2 scans failed since 2026-03-09 14:02 -05:00; last failure 0x80244021 \(scan\.wua\.proxy\) at 2026-03-10 15:02 -05:00; last success 2026-03-09 14:02 -05:00\.$/m);
  });

  it('keeps hostile log text inert: evidence in a fence longer than any backtick run inside it', () => {
    const m = reportMarkdown({ result: hostile(proxy), lang: 'en' });
    const block = /\n(`{5,})\n([\s\S]*?)\n\1\n/.exec(m);
    expect(block).not.toBeNull();
    expect(block![2]).toContain('Evil|<b>.log:7  <script>alert("x")</script> ```` | **bold**');
  });

  it('says so when nothing is wrong', () => {
    const m = reportMarkdown({ result: healthy, lang: 'en' });
    expect(m).toContain('**Verdict:** healthy');
    expect(m).toContain('No problem found in the latest cycle.');
  });

  it('speaks Chinese when asked', () => {
    const m = reportMarkdown({ result: proxy, lang: 'zh-CN' });
    expect(m).toMatch(/^# CMLens 诊断报告\n/);
    expect(m).toContain('**结论:** 失败');
    expect(m).toContain('| 步骤 | 内容 | 状态 | 位置 |');
    expect(m).toContain(d.localized['zh-CN'].title);
    expect(m).toContain(guideSection(d.section, 'zh-CN')!.title);
  });
});

describe('HTML report', () => {
  const html = reportHtml({ result: hostile(proxy), lang: 'en', logs: ['C:\\Logs\\<x>.log'] });

  it('is one page that stands alone: inline CSS, no script, no external resource or link', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script/i);
    // only these elements, only these attributes: nothing that loads, runs or leaves the page
    const tags = html.match(/<[a-zA-Z][^>]*>/g)!;
    for (const tag of tags) {
      expect(tag).toMatch(/^<(html|head|meta|title|style|body|h1|h2|h3|p|span|strong|code|pre|ul|ol|li|table|thead|tbody|tr|th|td|section|a)\b/);
      for (const [, name] of tag.matchAll(/\s([\w-]+)=/g)) expect(['lang', 'charset', 'class', 'id', 'title', 'href']).toContain(name);
    }
    expect(html).not.toMatch(/@import|url\(/i);
    // every href is an anchor inside the page, and its target is there
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) {
      expect(h).toMatch(/^#guide\//);
      expect(html).toContain(`id="${h.slice(1)}"`);
    }
  });

  it('escapes the evidence and the paths', () => {
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=http://evil.example/x.png&gt; &amp; done');
    expect(html).toContain('<code>C:\\Logs\\&lt;x&gt;.log</code>');
    expect(escapeHtml(`<a href='x'>&`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;');
  });

  it('has the verdict, pipeline, diagnoses with next steps and the cited guide text', () => {
    const d = proxy.diagnoses[0];
    expect(html).toContain('class="verdict verdict-failed"');
    expect(html).toMatch(/<td>13<\/td>/);
    expect(html).toContain(escapeHtml(d.title));
    expect(html).toContain(`<li>${escapeHtml(d.nextSteps[0])}</li>`);
    expect(html).toContain(`id="guide/${d.section}"`);
    expect(html).toContain(escapeHtml(guideSection(d.section, 'en')!.body.split('\n')[0]));
  });

  it('speaks Chinese when asked', () => {
    const zh = reportHtml({ result: proxy, lang: 'zh-CN' });
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain('结论: 失败');
    expect(zh).toContain(escapeHtml(proxy.diagnoses[0].localized['zh-CN'].title));
  });
});

describe('CSV and TSV rows', () => {
  it('quote fields holding the delimiter, quotes or line breaks, and end records with CRLF', () => {
    expect(delimitedLine([1, 'plain', null, 'a,b', 'say "hi"', 'two\nlines', 'tab\there'], 'csv')).toBe('1,plain,,"a,b","say ""hi""","two\nlines",tab\there\r\n');
    expect(delimitedLine(['a,b', 'tab\there', 'cr\rx', 'q"'], 'tsv')).toBe('a,b\t"tab\there"\t"cr\rx"\t"q"""\r\n');
  });

  it('read back into the same fields (an RFC 4180 reader)', () => {
    const fields = ['C:\\Windows\\CCM', '0x80244021, again', '"quoted"', 'multi\r\nline', '中文', ''];
    for (const fmt of ['csv', 'tsv'] as const) expect(parseRecord(delimitedLine(fields, fmt), fmt === 'csv' ? ',' : '\t')).toEqual(fields);
  });
});

/** A minimal RFC 4180 reader for one record. */
function parseRecord(s: string, delim: string): string[] {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    let f = '';
    if (s[i] === '"') {
      i++;
      for (;;) {
        if (s[i] === '"' && s[i + 1] === '"') {
          f += '"';
          i += 2;
        } else if (s[i] === '"') break;
        else f += s[i++];
      }
      i++;
    } else while (s[i] !== delim && !(s[i] === '\r' && s[i + 1] === '\n')) f += s[i++];
    out.push(f);
    if (s[i] === delim) i++;
    else return out;
  }
}
