import { describe, expect, it } from 'vitest';
import type { Severity } from '../model/log-entry';
import { deriveSeverity, levelSeverity, SEVERITY_RULES, severityRuleFor } from './severity';

// [text, expected severity, rule id or null] — lines as the guide and the corpus write them.
const CASES: [string, Severity, string | null][] = [
  ['*FAILED* [8024402C] Method failed [CAgentProtocolTalker::GetSyncInfo:1234]', 'error', 'star-failed'],
  ['FATAL: SOAP/WinHttp - SendRequest: SendRequestUsingProxy failed. error 0x80072ee2', 'error', 'fatal'],
  ['FATAL: Unable to complete asynchronous search.', 'error', 'fatal'],
  ['* END * Finding updates CallerId = CcmExec, Id = 5, Exit code = 0x8024402F (cV = x)', 'error', 'exit-code-hresult'],
  ['  * WARNING: Exit code = 0x80072EE2', 'error', 'exit-code-hresult'],
  ['CPersistentTimeoutScheduler | GetTimer, returned hr = 0x80248007', 'error', 'hr-failure'],
  ['ISusInternal::GetUpdateMetadata2 failed, hr=8007000E', 'error', 'hr-failure'],
  ['Async search hr=8024402C', 'error', 'hr-failure'],
  ['OnSearchComplete - Failed to end search job. Error = 0x80244021.', 'error', 'hresult'],
  ['Failed to remove update 243A9749 from the in-use sandbox list', 'error', 'failed-word'],
  ['WS error: The given proxy cannot be reached.', 'error', 'error-word'],
  ['WARNING: Cached cookie has expired or new PID is available', 'warning', 'warning-word'],
  ['* END * Finding updates CallerId = Update;, Id = 96, Exit code = 0x00000000 (cV = 7bK6)', 'info', null],
  ['**  END  **  Service: Service exit [Exit code = 0x240001]', 'info', null],
  ['Scan completed, error = 0x0', 'info', null],
  ['GetUpdateInfo returned error = 0x00000000', 'info', null],
  ['Operation completed with no error', 'info', null],
  ['Load undocked module: UusId:wu.proxystubs.wups|hr:0x0|ModuleVer:1214', 'info', null],
  ['Thread 0x8C4 started', 'info', null],
  ['ErrorDialog = ErrorDlg', 'info', null],
  ['Found 0 updates and 3 categories in search', 'info', null],
];

describe('deriveSeverity', () => {
  it.each(CASES)('%s → %s', (text, sev, rule) => {
    expect(deriveSeverity(text)).toBe(sev);
    expect(severityRuleFor(text)?.id ?? null).toBe(rule);
  });

  it('every rule in the table is exercised by a case', () => {
    const used = new Set(CASES.map((c) => c[2]));
    for (const r of SEVERITY_RULES) expect(used.has(r.id), r.id).toBe(true);
  });

  it('never throws on odd input', () => {
    expect(deriveSeverity('')).toBe('info');
    expect(deriveSeverity('\uFFFD\u0000'.repeat(1000))).toBe('info');
  });
});

describe('levelSeverity', () => {
  it.each([
    ['Info', 'info'],
    ['Warning', 'warning'],
    ['Error', 'error'],
    ['Perf', 'info'],
  ] as const)('%s → %s', (level, sev) => expect(levelSeverity(level)).toBe(sev));
});
