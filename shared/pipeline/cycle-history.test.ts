// The history of a set's runs in one sentence, for the text output (and, with the same numbers, the panel).
import { describe, expect, it } from 'vitest';
import { ALL_LOG_SETS } from '../../test/support/sets';
import { summariseHistory } from './cycle-history';
import { diagnose } from './diagnose';
import { inputsOf } from '../../test/support/sets/inputs';
import { formatDiagnosisText, historyLines } from './format-diagnosis';

const set = (name: string) => diagnose(inputsOf(ALL_LOG_SETS.find((s) => s.name === name)!));

describe('cycle history', () => {
  it('a healthy scan, then one failing on the proxy a day later', () => {
    const r = set('scan-proxy-502-utc-5');
    expect(r.history).toEqual({
      total: 2, failed: 1, healthy: 1, incomplete: 0,
      since: '2026-03-10T09:15:00.000-05:00',
      lastFailure: { at: '2026-03-11T09:15:00.000-05:00', code: '0x80244021', section: 'scan.wua.proxy' },
      lastSuccess: '2026-03-10T09:15:00.000-05:00',
      causes: [{ section: 'scan.wua.proxy', code: '0x80244021', count: 1 }],
    });
    const text = formatDiagnosisText(r);
    expect(text).toContain('History: 1 of 2 scans failed since 2026-03-10 09:15 -05:00; last failure 0x80244021 (scan.wua.proxy) at 2026-03-11 09:15 -05:00; last success 2026-03-10 09:15 -05:00.');
    expect(formatDiagnosisText(r, 'zh-CN')).toContain('历史:自 2026-03-10 09:15 -05:00 以来 2 次扫描中有 1 次失败;最近一次失败 0x80244021 (scan.wua.proxy),时间 2026-03-11 09:15 -05:00;最近一次成功 2026-03-10 09:15 -05:00。');
  });

  it('two healthy runs: none failed; one run: no history line', () => {
    const two = set('scan-healthy-utc');
    expect(two.history).toMatchObject({ total: 2, failed: 0, lastFailure: null });
    expect(historyLines(two.history!, 'scan')).toEqual(['History: 2 scans since 2026-03-10 09:15 +00:00, none failed; last success 2026-03-11 09:15 +00:00.']);
    const one = set('scan-healthy-utc-5');
    expect(one.history!.total).toBe(1);
    expect(formatDiagnosisText(one)).not.toContain('History');
  });

  it('counts and groups failures by cause, most frequent first', () => {
    const failing = set('scan-proxy-502-utc-5').cycles[1];
    const healthy = set('scan-proxy-502-utc-5').cycles[0];
    const timeout = set('scan-http-timeout-win7-utc-5').cycles[0];
    const h = summariseHistory([healthy, failing, timeout, failing, healthy])!;
    expect(h).toMatchObject({ total: 5, failed: 3, healthy: 2 });
    expect(h.causes).toEqual([
      { section: 'scan.wua.proxy', code: '0x80244021', count: 2 },
      { section: 'scan.wua.http', code: '0x80072EE2', count: 1 },
    ]);
    expect(historyLines(h, 'scan')[1]).toBe('  Failures by cause: 0x80244021 (scan.wua.proxy) ×2, 0x80072EE2 (scan.wua.http) ×1');
    expect(summariseHistory([])).toBeNull();
  });
});
