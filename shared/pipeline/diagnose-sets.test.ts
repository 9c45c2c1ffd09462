// Every fixture set through diagnose: the verdict, the first diagnosis's section and code, and evidence lines
// that are real lines of the set's files.
import { describe, expect, it } from 'vitest';
import { PUBLISHED_FAILURE_SETS } from '../../test/support/sets/published-failures';
import { ALL_LOG_SETS } from '../../test/support/sets';
import { inputsOf } from '../../test/support/sets/inputs';
import { sampleClientLogs } from '../../scripts/samples/sample-client-logs';
import { RULES } from './rules';
import { diagnose } from './diagnose';
import type { DiagnosisInput } from './diagnosis-types';
import { formatDiagnosisText } from './format-diagnosis';

describe('diagnose on the fixture sets', () => {
  it.each(ALL_LOG_SETS.map((s) => [s.name, s] as const))('%s', (_name, set) => {
    const r = diagnose(inputsOf(set));
    const e = set.expect;
    expect(r.verdict).toBe(e.verdict);
    const first = r.diagnoses.find((d) => d.severity !== 'info') ?? (e.primarySection ? r.diagnoses[0] : undefined);
    if (e.primarySection === null) {
      expect(r.diagnoses.filter((d) => d.severity !== 'info')).toEqual([]);
    } else {
      expect(first?.section).toBe(e.primarySection);
      if (e.errorCode !== undefined) expect(first?.errorCode).toBe(e.errorCode);
      if (e.evidenceIncludes) expect(first!.evidence.some((x) => x.text.includes(e.evidenceIncludes!))).toBe(true);
    }
    for (const s of e.alsoSections ?? []) expect(r.diagnoses.map((d) => d.section)).toContain(s);
    if (e.cycles !== undefined) expect(r.cycles.length).toBe(e.cycles);
    // evidence lines point at the real line of the file
    for (const d of r.diagnoses) {
      for (const ev of d.evidence) {
        const lines = set.files[ev.source].replace(/^\uFEFF/, '').split(/\r?\n/);
        expect(lines[ev.line - 1]).toContain(ev.text.split('\n')[0].slice(0, 60));
      }
      expect(d.localized['zh-CN'].title.length).toBeGreaterThan(2);
      expect(d.nextSteps.length).toBeGreaterThan(0);
    }
    expect(formatDiagnosisText(r, 'en')).toMatch(/^Verdict: /);
    expect(formatDiagnosisText(r, 'zh-CN')).toMatch(/^结论: /);
  });

  it.each(PUBLISHED_FAILURE_SETS.map((s) => [s.name, s] as const))('%s: the search failed at step 13, placed by what the agent saw', (_n, set) => {
    const r = diagnose(inputsOf(set));
    expect(r.pipeline.find((p) => p.step === '13')?.status).toBe('failed');
    expect(r.pipeline.find((p) => p.step === '14')?.status).toBe('failed');
    // WUAHandler only relayed the code: "could not read the results" would send the technician the wrong way
    expect(r.diagnoses.map((d) => d.section)).not.toContain('scan.results');
    expect(r.diagnoses[0].evidence.some((e) => e.source === 'WindowsUpdate.log')).toBe(true);
  });

  it('every rule fires on at least one fixture set', () => {
    const fired = new Set<string>();
    for (const set of ALL_LOG_SETS) for (const d of diagnose(inputsOf(set)).diagnoses) fired.add(d.id);
    for (const r of RULES) expect(fired, r.id).toContain(r.id);
  });

  it('fills next steps from the logs: the server, its test URLs, the port', () => {
    const set = ALL_LOG_SETS.find((s) => s.name.startsWith('scan-proxy-502') && !s.name.includes('win7'))!;
    const d = diagnose(inputsOf(set)).diagnoses[0];
    const steps = d.nextSteps.join('\n');
    expect(steps).toContain('netsh winhttp show proxy');
    expect(steps).toContain('http://SUP01.contoso.com:8530/Selfupdate/wuident.cab');
    expect(steps).toContain('http://SUP01.contoso.com:8530/ClientWebService/wusserverversion.xml');
    expect(steps).toContain('http://SUP01.contoso.com:8530/SimpleAuthWebService/SimpleAuth.asmx');
    const gpo = diagnose(inputsOf(ALL_LOG_SETS.find((s) => s.name.startsWith('scan-gpo-utc'))!)).diagnoses[0];
    expect(gpo.explanation).toContain('http://OLDWSUS.contoso.com:8530');
    expect(gpo.explanation).toContain('http://SUP01.contoso.com:8530');
    const ports = diagnose(inputsOf(ALL_LOG_SETS.find((s) => s.name.startsWith('scan-ports'))!)).diagnoses[0];
    expect(ports.title).toContain('80');
    expect(ports.title).toContain('8530');
    expect(ports.nextSteps.join('\n')).toContain('Test-NetConnection SUP01.contoso.com -Port 8530');
  });

  it('lists earlier cycles with their verdicts, the latest last', () => {
    const set = ALL_LOG_SETS.find((s) => s.name === 'scan-proxy-502-utc-5')!;
    const r = diagnose(inputsOf(set));
    expect(r.cycles.map((c) => c.verdict)).toEqual(['healthy', 'failed']);
    expect(r.cycles[0].start).toBe('2026-03-10T09:15:00.000-05:00');
    expect(r.pipeline.find((p) => p.step === '14')?.status).toBe('failed');
    expect(r.pipeline.find((p) => p.step === '9')?.status).toBe('done');
  });

  it('the same set read at once or line by line gives the same diagnosis', () => {
    for (const name of ['scan-proxy-502-utc-5', 'scan-gpo-utc-5', 'scan-healthy-win7-utc+8', 'sync-connect-utc+8']) {
      const inputs = inputsOf(ALL_LOG_SETS.find((s) => s.name === name)!);
      const once = diagnose(inputs);
      // tail: every log grows entry by entry, round robin; the result after the last entry must equal the one-shot one
      const grown: DiagnosisInput[] = inputs.map((i) => ({ ...i, entries: [] }));
      let last = diagnose(grown);
      const max = Math.max(...inputs.map((i) => i.entries.length));
      for (let k = 0; k < max; k++) {
        inputs.forEach((inp, j) => {
          if (k < inp.entries.length) grown[j] = { ...grown[j], entries: inp.entries.slice(0, k + 1) };
        });
        last = diagnose(grown);
      }
      expect(last).toEqual(once);
    }
  });

  it('uses the offset override for a log without one', () => {
    const set = ALL_LOG_SETS.find((s) => s.name === 'scan-proxy-502-utc-5')!;
    const inputs = inputsOf(set).map((i) => (i.name === 'WindowsUpdate.log' ? { ...i, utcOffsetOverride: -300 } : i));
    expect(diagnose(inputs).verdict).toBe('failed');
  });

  it('the sample client folder fails its latest scan on the proxy', () => {
    const files = sampleClientLogs();
    expect(Object.keys(files)).toContain('CCM/Logs/WUAHandler.log');
    expect(Object.keys(files)).toContain('Windows/WindowsUpdate.log');
    const r = diagnose(inputsOf({ files }));
    expect(r.verdict).toBe('failed');
    expect(r.diagnoses[0].section).toBe('scan.wua.proxy');
    expect(r.diagnoses[0].errorCode).toBe('0x80244021');
    expect(r.cycles.length).toBe(2);
  });
});
