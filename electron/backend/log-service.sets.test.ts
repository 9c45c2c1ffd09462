// One set per client (issue 12, item 2): each opened folder, zip or drop is a set with its name and the machine
// its logs name; each set is diagnosed on its own, and the backend's pushed diagnosis says which set it is about.
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../shared/api/contract';
import { SCAN_SETS, type LogSet } from '../../test/support/sets';
import { buildZip } from '../../test/support/zip-writer';
import { until } from '../../test/support/wait';
import { writeFiles } from '../../test/support/write-files';
import { LogService } from './log-service';
import { setFor, setPathOf, withMachine } from './logs/log-sets';

const dir = mkdtempSync(join(tmpdir(), 'cmlens-sets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const set = (name: string): LogSet => SCAN_SETS.find((s) => s.name === name)!;
// A line as AppDiscovery writes it (corpus cmtrace/plaso-sccm-various.log), naming the machine.
const appDiscovery = (machine: string) =>
  `<![LOG[+++ Application not discovered. [AppDT Id: ScopeId_1/DeploymentType_1, Revision: 23] ComputerName=\\"${machine}\\" CIComplianceState=\\"NotInstalled\\"]LOG]!><time="09:00:00.000+300" date="03-10-2026" component="AppDiscovery" context="" type="1" thread="1" file="">\r\n`;

const writeSet = (name: string, files: Record<string, string>) => writeFiles(join(dir, name), files);

describe('sets', () => {
  it('a folder and a zip are two sets, each named, with the machine its logs name and its own diagnosis', async () => {
    const failing = writeSet('PC042', { ...set('scan-proxy-502-utc-5').files, 'AppDiscovery.log': appDiscovery('PC042') });
    const zipPath = join(dir, 'PC043-logs.zip');
    writeFileSync(zipPath, buildZip(Object.entries({ ...set('scan-healthy-utc-5').files, 'AppDiscovery.log': appDiscovery('pc043') }).map(([name, data]) => ({ name, data }))));
    const svc = new LogService();
    const { logs, errors } = await svc.openPaths([failing, zipPath]);
    expect(errors).toEqual([]);
    const sets = new Map(logs.map((l) => [l.set.id, l.set]));
    expect([...sets.values()].map((s) => [s.name, s.machine]).sort()).toEqual([['PC042', 'PC042'], ['PC043-logs.zip', 'PC043']]);
    // every log of a set carries the same set
    for (const l of logs) expect(l.source.startsWith(l.set.path)).toBe(true);

    const byName = (n: string) => [...sets.values()].find((s) => s.name === n)!;
    const a = await svc.api.diagnose({ setId: byName('PC042').id });
    const b = await svc.api.diagnose({ setId: byName('PC043-logs.zip').id });
    expect(a.verdict).toBe('failed');
    expect(a.diagnoses[0].errorCode).toBe('0x80244021');
    expect(b.verdict).toBe('healthy');
    // evidence of a set's diagnosis is from that set only
    for (const d of a.diagnoses) for (const e of d.evidence) expect(e.source.startsWith(failing)).toBe(true);

    // closing one set's logs leaves the other, and a set name is free again for the next open
    await svc.api.closeLogs({ logIds: logs.filter((l) => l.set.name === 'PC042').map((l) => l.id) });
    expect(new Set(svc.list().map((l) => l.set.name))).toEqual(new Set(['PC043-logs.zip']));
  });

  it('two folders with the same name get names that tell them apart', async () => {
    const one = writeSet('one/Logs', { 'WUAHandler.log': set('scan-healthy-utc-5').files['WUAHandler.log'] });
    const two = writeSet('two/Logs', { 'WUAHandler.log': set('scan-healthy-utc-5').files['WUAHandler.log'] });
    const svc = new LogService();
    const { logs } = await svc.openPaths([one, two]);
    expect(logs.map((l) => l.set.name).sort()).toEqual(['Logs', 'Logs (2)']);
    expect(new Set(logs.map((l) => l.set.id)).size).toBe(2);
  });

  it('loose files from one folder are one set named after it; loose dropped files are one set', () => {
    expect(setPathOf('/x/Logs/WUAHandler.log', ['/x/Logs/WUAHandler.log'])).toBe('/x/Logs');
    expect(setPathOf('/x/Logs', ['/x/Logs/WUAHandler.log'])).toBe('/x/Logs');
    expect(setPathOf('dropped:/WUAHandler.log', ['dropped:/WUAHandler.log'])).toBe('dropped:/');
    expect(setPathOf('dropped:/PC042.zip', ['dropped:/PC042.zip!/CCM/Logs/WUAHandler.log'])).toBe('dropped:/PC042.zip');
  });

  it('a UNC path names the machine even when the logs do not; what the path says wins over the logs', () => {
    const ref = setFor('\\\\PC044\\c$\\Windows\\CCM\\Logs', [], () => 'set1');
    expect([ref.name, ref.machine]).toEqual(['Logs', 'PC044']);
    expect(withMachine(ref, 'OTHER').machine).toBe('PC044');
    expect(withMachine(setFor('/tmp/x/Logs', [ref], () => 'set2'), 'PC045').machine).toBe('PC045');
  });

  it('appended lines re-diagnose only their own set, and the event says which set and which step', async () => {
    const healthy = set('scan-healthy-utc-5').files;
    const a = writeSet('tailA', healthy);
    const b = writeSet('tailB', healthy);
    const svc = new LogService({ tail: true, tailPollMs: 40 });
    const events: ApiEvent[] = [];
    svc.onEvent((e) => events.push(e));
    try {
      const { logs } = await svc.openPaths([a, b]);
      const wua = logs.find((l) => l.name === 'WUAHandler.log' && l.set.path === a)!;
      // each set opened is diagnosed once and pushed with its id
      await until(() => events.filter((e) => e.type === 'diagnosis').length === 2, 'one pushed diagnosis per set');
      expect(new Set(events.map((e) => e.type === 'diagnosis' && e.setId))).toEqual(new Set([false, ...new Set(logs.map((l) => l.set.id))]));
      events.length = 0;
      appendFileSync(join(a, 'WUAHandler.log'),
        '<![LOG[OnSearchComplete - Failed to end search job. Error = 0x80244021.]LOG]!><time="11:00:00.000+300" date="03-10-2026" component="WUAHandler" context="" type="3" thread="1" file="">\r\n');
      await until(() => events.some((e) => e.type === 'diagnosis'), 'a pushed diagnosis');
      const diag = events.filter((e) => e.type === 'diagnosis');
      expect(diag.map((e) => e.type === 'diagnosis' && e.setId)).toEqual([wua.set.id]);
      expect(diag[0].type === 'diagnosis' && diag[0].result.verdict).toBe('failed');
      const appended = events.find((e) => e.type === 'appended');
      expect(appended).toMatchObject({ logId: wua.id, step: expect.any(String) });
    } finally {
      svc.dispose();
    }
  });
});
