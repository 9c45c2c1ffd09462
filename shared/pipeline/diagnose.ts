// diagnose(logs): the latest scan cycle of a set (or its WSUS sync, or its installer logs) and what broke,
// most likely root cause first. Pure and deterministic: the same entries give the same result however they
// were read.
import { formatCode } from '../knowledge/error-codes';
import { formatIso } from '../model/time';
import { fillPlaceholders, LANGS, type Localized } from '../knowledge/localized';
import { lookupErrorCode } from '../knowledge/lookup';
import { summariseHistory } from './cycle-history';
import { buildCycles, type Cycle } from './cycles';
import type { CycleSummary, Diagnosis, DiagnosisInput, DiagnosisResult, PipelineStep, StepId, Verdict } from './diagnosis-types';
import { SCAN_STEP_IDS, SYNC_STEP_IDS } from './diagnosis-types';
import { FACT_PATTERNS, factsOf, type Facts } from './facts';
import { RULES_BY_SCOPE, scopingRule } from './rules';
import { RULE_PATTERNS } from './rules/patterns';
import type { CycleStatus, Rule, RuleContext, RuleFinding, RuleScope } from './rules/rule';
import { buildSetView, type SetEntry, type SetView } from './set-view';
import { cutByTime, type CutWindow } from './set-window';

/** Every pattern the rules and the facts read, for the set view's one candidate pass. */
const LINE_PATTERNS = [...Object.values(RULE_PATTERNS), ...FACT_PATTERNS];

/** Lines before a cycle's first step that still belong to it (the GPO wait, the agent's first errors). */
const LEAD_MS = 2 * 60_000;
const MAX_EVIDENCE_TEXT = 500;

function isoOf(e: SetEntry | undefined): string | null {
  return e ? formatIso(e.entry) : null;
}

function toDiagnosis(rule: Rule, ctx: RuleContext, f: RuleFinding): Diagnosis {
  const info = f.code !== undefined && f.code !== null ? lookupErrorCode(f.code) : null;
  const code = f.code !== undefined && f.code !== null ? formatCode(f.code) : null;
  const vars: Record<string, string> = {
    code: code ?? 'no code',
    meaning: info ? `${info.name ? info.name + ': ' : ''}${info.meaning.en}` : '',
    meaningZh: info ? `${info.name ? info.name + ':' : ''}${info.meaning['zh-CN']}` : '',
    ...f.vars,
  };
  const steps = rule.nextSteps(ctx);
  const text = (l: Localized, lang: (typeof LANGS)[number]) => fillPlaceholders(l[lang], vars).replace(/ \(no code\)|(无代码)/g, '');
  const localized = Object.fromEntries(
    LANGS.map((lang) => [lang, { title: text(rule.title, lang), explanation: text(rule.explanation, lang), nextSteps: steps.map((s) => fillPlaceholders(s[lang], vars)) }]),
  ) as Diagnosis['localized'];
  return {
    id: rule.id,
    section: rule.section,
    severity: f.severity ?? rule.severity,
    title: localized.en.title,
    explanation: localized.en.explanation,
    titleZh: localized['zh-CN'].title,
    explanationZh: localized['zh-CN'].explanation,
    errorCode: code,
    evidence: f.evidence.map((e) => ({ source: e.source, line: e.entry.line, text: e.entry.text.slice(0, MAX_EVIDENCE_TEXT) })),
    nextSteps: localized.en.nextSteps,
    localized,
  };
}

/** The rules of each scope, most likely first: sorted once, run for every cycle. */
const SORTED = new Map(Object.entries(RULES_BY_SCOPE).map(([scope, rules]) => [scope as RuleScope, [...rules].sort((a, b) => a.priority - b.priority)]));

function runRules(scope: RuleScope, ctx: RuleContext): Diagnosis[] {
  const rules = SORTED.get(scope)!;
  const found = (fallback: boolean) =>
    rules.filter((r) => Boolean(r.fallback) === fallback).flatMap((r) => {
      const f = r.detect(ctx);
      return f ? [{ d: toDiagnosis(r, ctx, f), p: r.priority }] : [];
    });
  const out = found(false);
  // the general rules speak only when no specific one found an error
  if (!out.some((x) => x.d.severity === 'error')) out.push(...found(true));
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return out.sort((a, b) => rank[a.d.severity] - rank[b.d.severity] || a.p - b.p).map((x) => x.d);
}

function pipelineOf(view: SetView, c: Cycle | null, ids: readonly StepId[]): PipelineStep[] {
  return ids.map((step) => {
    const hits = c ? c.hits.map((i) => view.entries[i]).filter((e) => e.hit?.step === step) : [];
    const failed = hits.find((e) => e.hit?.kind === 'fail');
    const shown = failed ?? hits[hits.length - 1];
    return { step, status: failed ? 'failed' : shown ? 'done' : 'not-seen', source: shown?.source ?? null, line: shown?.entry.line ?? null };
  });
}

function verdictOf(status: CycleStatus, diagnoses: readonly Diagnosis[]): Verdict {
  if (status === 'failed' || diagnoses.some((d) => d.severity === 'error')) return 'failed';
  return status === 'completed' ? 'healthy' : 'incomplete';
}

function summarise(view: SetView, cycles: Cycle[], scope: 'scan' | 'sync', facts: Facts, cut: CutWindow): CycleSummary[] {
  return cycles.map((c, i) => {
    // from a little before its first step to the next cycle's first step: windows overlap only by that lead
    const window = cut(view, c.startT - LEAD_MS, cycles[i + 1]?.startT ?? Infinity);
    const status: CycleStatus = c.failed ? 'failed' : c.completed ? 'completed' : 'open';
    const ctx: RuleContext = { view, cycle: c, window, status, facts, codes: window.codes() };
    const diagnoses = runRules(scope, ctx);
    const hits = c.hits.map((h) => view.entries[h]);
    return {
      start: isoOf(hits[0]),
      end: isoOf(hits[hits.length - 1]),
      verdict: verdictOf(status, diagnoses),
      diagnoses,
      pipeline: pipelineOf(view, c, scope === 'scan' ? SCAN_STEP_IDS : SYNC_STEP_IDS),
    };
  });
}

/** `cut` makes a window of the set: by binary search over the view's lists (tests pass one that reads every entry). */
export function diagnose(logs: readonly DiagnosisInput[], cut: CutWindow = cutByTime): DiagnosisResult {
  const view = buildSetView(logs, LINE_PATTERNS);
  // the latest value wins (the URL the agent last used)
  const facts = factsOf(view.lines);
  const whole = cut(view, -Infinity, Infinity);
  const setCtx: RuleContext = { view, cycle: null, window: whole, status: 'open', facts, codes: whole.codes() };
  const install = runRules('install', setCtx);

  // the latest client scan cycle, else the latest WSUS sync
  const scanCycles = buildCycles(view, 'scan');
  const kind = scanCycles.length ? 'scan' : 'sync';
  const found = scanCycles.length ? scanCycles : buildCycles(view, 'sync');
  if (found.length) {
    const cycles = summarise(view, found, kind, facts, cut);
    const latest = cycles[cycles.length - 1];
    // Installer and deployment findings are about the set, not this cycle: shown after it, never an error of it.
    const extra = install.map((d) => (d.severity === 'error' ? { ...d, severity: 'warning' as const } : d));
    return {
      verdict: latest.verdict, kind, diagnoses: [...latest.diagnoses, ...extra], pipeline: latest.pipeline, cycles, facts,
      scanOwner: kind === 'scan' ? view.scanOwner : null, history: summariseHistory(cycles),
    };
  }
  const hasInstallLogs = [...view.kinds].some((k) => ['cbs', 'dism', 'msi', 'updatesdeployment', 'updateshandler'].includes(k));
  if (hasInstallLogs || install.length) {
    const verdict: Verdict = install.some((d) => d.severity === 'error') ? 'failed' : 'healthy';
    return { verdict, kind: 'install', diagnoses: install, pipeline: pipelineOf(view, null, SCAN_STEP_IDS), cycles: [], facts, scanOwner: null, history: null };
  }
  return {
    verdict: 'no-data', kind: 'none', diagnoses: [toDiagnosis(scopingRule, setCtx, { evidence: [] })], pipeline: pipelineOf(view, null, SCAN_STEP_IDS), cycles: [], facts,
    scanOwner: null, history: null,
  };
}

export type { DiagnosisInput, DiagnosisResult } from './diagnosis-types';
