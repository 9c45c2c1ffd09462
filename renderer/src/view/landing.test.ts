// Where a set lands, on the fixture sets diagnosed for real: the evidence logs of a failure, the pipeline logs
// of a healthy scan, the largest log of a set with no pipeline.
import { describe, expect, it } from 'vitest';
import type { LogInfo } from '../../../shared/api/contract';
import { diagnose } from '../../../shared/pipeline/diagnose';
import { ALL_LOG_SETS } from '../../../test/support/sets';
import { inputsOf } from '../../../test/support/sets/inputs';
import { landingPlan, MAX_LANDING_PANES } from './landing';

function openSet(name: string) {
  const set = ALL_LOG_SETS.find((s) => s.name === name)!;
  const inputs = inputsOf(set);
  const logs = inputs.map((i, k) => ({
    id: `log${k}`, name: i.name, source: i.source, parts: [i.source], bytes: set.files[i.source].length,
    set: { id: 'set1', name, machine: null, path: '/' },
  })) as unknown as LogInfo[];
  return { logs, d: diagnose(inputs) };
}

describe('landing', () => {
  it('a failing set lands on the logs holding the primary diagnosis evidence, stacked, on the first evidence line', () => {
    const { logs, d } = openSet('scan-proxy-502-utc-5');
    const plan = landingPlan(logs, d)!;
    const ev = d.diagnoses[0].evidence;
    expect(plan.why).toBe('evidence');
    expect(plan.focus).toEqual({ source: ev[0].source, line: ev[0].line });
    const names = plan.logIds.map((id) => logs.find((l) => l.id === id)!.name);
    expect(names[0]).toBe(ev[0].source);
    expect(names).toEqual([...new Set(ev.map((e) => e.source))].slice(0, MAX_LANDING_PANES));
  });

  it('a healthy scan lands on its pipeline logs at the latest cycle', () => {
    const { logs, d } = openSet('scan-healthy-utc-5');
    expect(d.verdict).toBe('healthy');
    const plan = landingPlan(logs, d)!;
    expect(plan.why).toBe('pipeline');
    expect(plan.logIds.length).toBeGreaterThan(1);
    expect(plan.logIds.length).toBeLessThanOrEqual(MAX_LANDING_PANES);
    const first = d.pipeline.find((p) => p.source && plan.logIds.includes(logs.find((l) => l.source === p.source)!.id))!;
    expect(plan.focus).toEqual({ source: first.source, line: first.line });
  });

  it('a set with no pipeline lands on its largest log, from the top', () => {
    const { logs, d } = openSet('no-data-ccmexec');
    const extra = { ...logs[0], id: 'big', name: 'Big.log', bytes: 10 ** 6 } as LogInfo;
    expect(landingPlan([...logs, extra], d)).toEqual({ logIds: ['big'], focus: null, why: 'largest' });
  });
});
