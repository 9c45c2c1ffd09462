// Every piece of diagnosis knowledge carries where it comes from: each sample line goes through the tagging (step
// markers), its pattern (rule and fact patterns) or the agent-evidence reading (sections), and the modelled ones are
// listed here by name so a guess never hides among the published wordings.
import { describe, expect, it } from 'vitest';
import type { Provenance } from '../knowledge/provenance';
import type { LogEntry } from '../model/log-entry';
import { FACT_PATTERNS } from './facts';
import { AGENT_EVIDENCE, readAgentEvidence } from './rules/agent-evidence';
import { RULE_PATTERNS } from './rules/patterns';
import type { SetEntry } from './set-view';
import { ALL_STEPS } from './steps';
import { tagEntry } from './tag-steps';

function checkProvenance(what: string, p: Provenance): void {
  if (!p.modelled) expect(p.samples.length, `${what} has no sample`).toBeGreaterThan(0);
  for (const x of p.samples) {
    expect(x.line.trim().length, `${what}: empty sample`).toBeGreaterThan(0);
    expect(x.source.length, `${what}: sample without a source`).toBeGreaterThan(5);
    if (!p.modelled) expect(x.source, `${what}: a published sample cannot cite our model`).not.toMatch(/^modelled/);
  }
}

const markers = ALL_STEPS.flatMap((step) => step.markers.map((m, i) => ({ name: `step ${step.id} marker ${i + 1} (${m.kind})`, step, m })));

describe('step markers', () => {
  it.each(markers.map((x) => [x.name, x] as const))('%s: its samples tag to the step', (name, { step, m }) => {
    checkProvenance(name, m);
    for (const { line } of m.samples) {
      const want = m.failIf?.test(line) ? 'fail' : m.kind;
      const tagged = step.logs.map((k) => tagEntry(k, line));
      expect(tagged, `${line}`).toContainEqual({ step: step.id, kind: want });
    }
  });
});

describe('rule and fact patterns', () => {
  const rows = [
    ...Object.entries(RULE_PATTERNS).map(([id, p]) => [`rule pattern ${id}`, p] as const),
    ...FACT_PATTERNS.map((p, i) => [`fact pattern ${i + 1} (${p.facts.join(', ')})`, p] as const),
  ];
  it.each(rows)('%s: its samples match', (name, p) => {
    checkProvenance(name, p);
    for (const { line } of p.samples) expect(p.re.test(line), line).toBe(true);
  });
});

function wuEntry(text: string): SetEntry {
  const entry: LogEntry = { line: 1, lineCount: 1, wallMs: 0, utcOffset: null, offsetUncertain: false, component: 'Agent', thread: 1, severity: 'warning', text };
  return { source: 'WindowsUpdate.log', name: 'WindowsUpdate.log', kind: 'windowsupdate', logIndex: 0, entryIndex: 0, entry, t: 0, hit: null, pos: 0 };
}

describe('agent evidence', () => {
  it.each(AGENT_EVIDENCE.map((r) => [`${r.id} → ${r.section}`, r] as const))('%s: each sample reads as its section', (name, r) => {
    checkProvenance(name, r);
    for (const { line } of r.samples) expect(readAgentEvidence([wuEntry(line)])?.evidence.id, line).toBe(r.id);
  });
  it('reads nothing into healthy agent lines', () => {
    const healthy = [
      'Obtained a network PDC reference for callID {53490DFC-5A44-4060-B5BC-6873AAAE6215} with No-Progress-Timeout set to 4294967295; ActivationID: 167.',
      'WARNING: SendRequest failed with hr = 800710dd. Proxy List used: <(null)> Bypass List used : <(null)> Auth Schemes used : <>',
      'Found 15 updates and 20 categories in search; evaluated appl. rules of 289 out of 332 deployed entities',
    ];
    for (const line of healthy) expect(readAgentEvidence([wuEntry(line)]), line).toBeNull();
  });
});

describe('modelled knowledge, kept in sight', () => {
  it('lists every pattern that is our guess', () => {
    const modelled = [
      ...markers.filter((x) => x.m.modelled).map((x) => x.name),
      ...Object.entries(RULE_PATTERNS).filter(([, p]) => 'modelled' in p && p.modelled).map(([id]) => `rule pattern ${id}`),
      ...FACT_PATTERNS.filter((p) => p.modelled).map((p) => `fact pattern ${p.facts.join(', ')} ${p.re.source.split('(')[0]}`),
      ...AGENT_EVIDENCE.filter((r) => r.modelled).map((r) => `agent evidence ${r.id}`),
    ];
    console.info(`modelled knowledge (${modelled.length}):\n  ${modelled.join('\n  ')}`);
    expect(modelled).toEqual([
      'step 1 marker 3 (fail)',
      'step 3 marker 4 (fail)',
      'step 8 marker 3 (fail)',
      'step 9 marker 4 (fail)',
      'step 10 marker 10 (fail)',
      'step 10 marker 11 (fail)',
      'step 12 marker 4 (fail)',
      'step S2 marker 1 (fail)',
      'step S2 marker 2 (progress)',
      'step S3 marker 1 (fail)',
      'step S3 marker 2 (end)',
      'rule pattern gpoTimeout',
      'rule pattern registryWriteFailed',
      'rule pattern updateSuperseded',
      'rule pattern updateInstallError',
      'rule pattern wsusServiceStopped',
      "fact pattern siteUrl WSUS Path='",
      'agent evidence server-error-or-timeout',
    ]);
  });
});
