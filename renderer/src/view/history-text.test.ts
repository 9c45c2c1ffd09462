// The panel's history says what `cmlens diagnose` says, in the UI's language.
import { describe, expect, it } from 'vitest';
import { ALL_LOG_SETS } from '../../../test/support/sets';
import { inputsOf } from '../../../test/support/sets/inputs';
import { diagnose } from '../../../shared/pipeline/diagnose';
import { summariseHistory } from '../../../shared/pipeline/cycle-history';
import { i18n } from '../i18n/i18n';
import { historyText } from './history-text';

const r = diagnose(inputsOf(ALL_LOG_SETS.find((s) => s.name === 'scan-proxy-502-utc-5')!));

describe('history in the diagnosis panel', () => {
  it('English: how many failed since when, the last failure and success', () => {
    expect(historyText(i18n.getFixedT('en'), r.history!, r.kind)).toEqual([
      '1 of 2 scans failed since 2026-03-10 09:15 -05:00; last failure 0x80244021 (scan.wua.proxy) at 2026-03-11 09:15 -05:00; last success 2026-03-10 09:15 -05:00',
    ]);
  });
  it('Chinese, and the causes when several failed', () => {
    const h = summariseHistory([r.cycles[1], r.cycles[0], r.cycles[1]])!;
    expect(historyText(i18n.getFixedT('zh-CN'), h, 'scan')).toEqual([
      '自 2026-03-11 09:15 -05:00 以来 3 次扫描中有 2 次失败;最近一次失败 0x80244021 (scan.wua.proxy),时间 2026-03-11 09:15 -05:00;最近一次成功 2026-03-10 09:15 -05:00',
      '失败原因:0x80244021 (scan.wua.proxy) ×2',
    ]);
  });
  it('a single run has no history line', () => {
    expect(historyText(i18n.getFixedT('en'), { ...r.history!, total: 1 }, 'scan')).toEqual([]);
  });
});
