// The ONE rule for formats without a level column (WindowsUpdate.log in both shapes, SMS server logs, plain
// text): what the troubleshooting guide treats as failure (../shared/guide/outline.md: HRESULTs such as
// 0x80244021, `hr=8024402C`, `Exit code = 0x8024402F`, `*FAILED*`, `FATAL`) is an error, `WARNING` a warning.
// Rules are data: BENIGN phrases are blanked first (they contain failure words but report success), then the
// first matching rule wins, errors before warnings.
import type { Severity } from '../model/log-entry';

export interface SeverityRule {
  id: string;
  severity: Exclude<Severity, 'info'>;
  pattern: RegExp;
  /** Why this means failure (or warning), for the reader of the table. */
  why: string;
}

/** An HRESULT with the failure bit set: 8 hex digits starting 8..F. */
const FAIL_HR = '(?:0x)?[89a-fA-F][0-9a-fA-F]{7}';

/** Phrases that name an error word but report success; removed before the rules run. */
const BENIGN_PATTERNS: readonly RegExp[] = [
  /\bno errors?\b/gi,
  /\bwithout (?:any )?errors?\b/gi,
  /\b(?:error|errors|err|failed|failures?|hr|result|exit code|error ?code|last ?error)\s*[=:]?\s*(?:0x)?0+\b(?![.\d])/gi,
  /\b0 (?:errors?|failures?|failed)\b/gi,
  /\berror_success\b/gi,
  /\bS_OK\b/g,
];

export const SEVERITY_RULES: readonly SeverityRule[] = [
  { id: 'star-failed', severity: 'error', pattern: /\*FAILED\*|\bFAILED\b/, why: 'WindowsUpdate.log marks a failed call `*FAILED* [80244021]`; upper-case FAILED elsewhere' },
  { id: 'fatal', severity: 'error', pattern: /\bFATAL\b/, why: 'legacy WindowsUpdate.log `FATAL: ...` lines end the operation' },
  { id: 'exit-code-hresult', severity: 'error', pattern: new RegExp(`\\bexit code\\s*[=:]\\s*${FAIL_HR}\\b`, 'i'), why: '`Exit code = 0x8024402F`: the scan/operation ended with a failure HRESULT (0x240001 and other success codes stay info)' },
  { id: 'hr-failure', severity: 'error', pattern: new RegExp(`\\bhr\\s*[=:]\\s*${FAIL_HR}\\b`, 'i'), why: '`hr=8024402C`: a call returned a failure HRESULT' },
  { id: 'hresult', severity: 'error', pattern: /\b0x[89a-fA-F][0-9a-fA-F]{7}\b/, why: 'a failure HRESULT written anywhere (0x80244021 ...)' },
  { id: 'failed-word', severity: 'error', pattern: /\bfail(?:ed|ure|s)?\b/i, why: '"Failed to ...", "... failed with ..."' },
  { id: 'error-word', severity: 'error', pattern: /\berror\b/i, why: '"error", after benign "error = 0x0", "no error" are removed' },
  { id: 'warning-word', severity: 'warning', pattern: /\bwarning\b/i, why: '`WARNING:` lines (legacy WindowsUpdate.log) and other warnings' },
];

/** Cheap pre-check: text with none of these cannot match any rule. */
const ANY_HINT = /fail|fatal|error|warn|0x[89a-f]|hr\s*[=:]|exit code/i;

/** The rule that decides the severity of this text, or null for info. */
export function severityRuleFor(text: string): SeverityRule | null {
  if (!ANY_HINT.test(text)) return null;
  let t = text;
  for (const b of BENIGN_PATTERNS) t = t.replace(b, ' ');
  for (const r of SEVERITY_RULES) if (r.pattern.test(t)) return r;
  return null;
}

export function deriveSeverity(text: string): Severity {
  return severityRuleFor(text)?.severity ?? 'info';
}

/** For formats WITH a level column (CBS/DISM/setupact, SoftwareDistribution.log): the written level decides. */
export function levelSeverity(level: string): Severity {
  if (/^(?:err|crit|fatal)/i.test(level)) return 'error';
  if (/^warn/i.test(level)) return 'warning';
  return 'info';
}
