// The windows the rules read, cut by binary search over the set view's lists, against the reference that reads
// every entry of the set for every window (what diagnose did before): same diagnoses on generated sets with many
// cycles, cycles seconds apart (overlapping leads) and noisy pipeline logs; and a log that mixes the components of
// several pipeline logs is none of them.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { noisyLogText } from '../../bench/noisy-folder';
import { clientScanFiles, SCAN_OUTCOMES } from '../../scripts/samples/client-scan';
import { ALL_LOG_SETS } from '../../test/support/sets';
import { parseBytes } from '../formats/parse';
import { diagnose } from './diagnose';
import type { DiagnosisInput } from './diagnosis-types';
import { logKind } from './log-kind';
import { codesOfEntry, type SetEntry, type SetView } from './set-view';
import type { CutWindow, SetWindow } from './set-window';

/** The reference: every entry of the set tested for every window, as windows were read before the candidate pass. */
const readingEveryEntry: CutWindow = (view: SetView, fromT: number, toT: number): SetWindow => {
  const window = view.entries.filter((e) => e.t >= fromT && e.t < toT);
  const ofKind = (kinds: readonly string[]): SetEntry[] => window.filter((e) => e.kind !== null && kinds.includes(e.kind));
  return {
    ofKind,
    hits: () => window.filter((e) => e.hit),
    lines: (p) => (p.logs.length ? ofKind(p.logs) : window).filter((e) => p.re.test(e.entry.text)),
    codes: () => window.flatMap((e) => codesOfEntry(e.entry).map((value) => ({ value, at: e }))),
  };
};

const enc = new TextEncoder();
function inputsOf(files: Record<string, string>): DiagnosisInput[] {
  return Object.entries(files).map(([source, text]) => {
    const name = source.split('/').pop()!;
    return { source, name, entries: parseBytes(enc.encode(text), name).entries };
  });
}

describe('windows cut by binary search read what reading every entry reads', () => {
  it('on every fixture set', () => {
    for (const set of ALL_LOG_SETS) {
      const inputs = inputsOf(set.files);
      expect(diagnose(inputs), set.name).toEqual(diagnose(inputs, readingEveryEntry));
    }
  });

  it('on generated client sets: many cycles, some seconds apart, noisy pipeline logs beside them', () => {
    const cycle = fc.record({ gap: fc.oneof(fc.integer({ min: 5, max: 110 }), fc.integer({ min: 600, max: 20_000 })), outcome: fc.constantFrom(...SCAN_OUTCOMES) });
    fc.assert(
      fc.property(fc.array(cycle, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 1e6 }), fc.boolean(), (specs, seed, legacy) => {
        let at = 0;
        const cycles = specs.map((c) => ({ at: (at += c.gap), outcome: c.outcome }));
        const files = clientScanFiles({ start: '2026-03-09 14:02:11.250', bias: 300, server: 'http://CM01.corp.contoso.com:8530', wuStyle: legacy ? 'legacy' : 'win10', cycles });
        // Noise under pipeline names makes cycles of its own: hundreds of them, over the same hours.
        files['Noise/WUAHandler.log'] = noisyLogText(40_000, seed);
        files['Noise/ScanAgent.log'] = noisyLogText(20_000, seed + 1);
        const inputs = inputsOf(files);
        const fast = diagnose(inputs);
        expect(fast).toEqual(diagnose(inputs, readingEveryEntry));
        return fast.cycles.length > 20;
      }),
      { numRuns: 12, seed: 11 },
    );
  });
});

describe('a log is a pipeline log by its components only when one log\'s components dominate', () => {
  const entries = (text: string) => parseBytes(enc.encode(text), 'x.log').entries;

  it('lines of WUAHandler, ScanAgent, UpdatesDeployment… mixed in one file: none of them', () => {
    const mixed = entries(noisyLogText(100_000, 7));
    expect(new Set(mixed.map((e) => e.component)).size).toBeGreaterThan(3);
    expect(logKind('ClientNoise001.log', mixed)).toBeNull();
  });

  it('a renamed WUAHandler.log (every entry WUAHandler) is still WUAHandler', () => {
    const files = clientScanFiles({ start: '2026-03-09 14:02:11.250', bias: 300, server: 'http://CM01.corp.contoso.com:8530', wuStyle: 'win10', cycles: [{ at: 0, outcome: 'proxy-502' }] });
    expect(logKind('case-1234.log', entries(files['WUAHandler.log']))).toBe('wuahandler');
  });
});
