// A client folder as big ones come from the field: the failing sample set beside noisy logs whose lines are
// scan-pipeline messages under mixed components (WUAHandler, ScanAgent, UpdatesDeployment…) but whose names are not
// pipeline logs. They are none of the pipeline's logs (a log is one by its components only when one log's dominate),
// so they make no cycles and carry no evidence: the failing set's own diagnosis still leads, whether the folder is
// small enough to parse or big enough to be kept as indexes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeNoisyFolder } from '../../../bench/noisy-folder';
import { samplesDir } from '../app-paths';
import { LogService } from '../log-service';

const work = mkdtempSync(join(tmpdir(), 'cmlens-noisy-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function diagnosed(paths: string[]) {
  const svc = new LogService();
  return svc.openPaths(paths).then((r) => {
    const d = svc.diagnose();
    svc.dispose();
    return { ...r, d };
  });
}

describe('noisy logs beside a failing set', async () => {
  const alone = (await diagnosed([samplesDir()])).d;

  it.each([
    ['3 noisy logs (7.5 MB, parsed)', 3],
    ['14 noisy logs (35 MB, a big set: kept as indexes)', 14],
  ])('%s: the failing set\'s diagnosis leads, with its own evidence', async (_name, n) => {
    const dir = writeNoisyFolder(join(work, `n${n}`), { logs: n });
    const { logs, errors, d } = await diagnosed([dir]);
    expect(errors).toEqual([]);
    const noise = logs.filter((l) => l.name.startsWith('ClientNoise'));
    expect(noise).toHaveLength(n);
    // A set this big keeps its logs as indexes (logs/index-policy.ts); a small one parses them.
    expect(noise.filter((l) => l.messages.some((m) => m.code === 'indexed'))).toHaveLength(n > 10 ? n : 0);
    // The noise is there to be read…
    expect(logs.reduce((s, l) => s + l.entries, 0)).toBeGreaterThan(10_000 * n);
    // …but the verdict, the cycles and every evidence line are the sample set's.
    expect(alone.diagnoses[0]).toMatchObject({ section: 'scan.wua.proxy', errorCode: '0x80244021' });
    expect(d.verdict).toBe(alone.verdict);
    expect(d.cycles.length).toBe(alone.cycles.length);
    expect(d.diagnoses.map((x) => [x.id, x.errorCode])).toEqual(alone.diagnoses.map((x) => [x.id, x.errorCode]));
    const evidence = d.diagnoses.flatMap((x) => x.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(e.source).not.toMatch(/ClientNoise/);
    expect(evidence.map((e) => e.text)).toEqual(alone.diagnoses.flatMap((x) => x.evidence).map((e) => e.text));
  });
});
