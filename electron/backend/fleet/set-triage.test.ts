// A client's triage record is what `cmlens diagnose` (the app's LogService) says of the same set, though triage
// parses only the pipeline's logs; the machine is named from the logs triage does not parse.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LogService } from '../log-service';
import { FLEET_MIX, writeFleet, type FleetClient } from '../../../test/support/fleet';
import { triageSet } from './set-triage';
import { buildZip } from '../../../test/support/zip-writer';
import { findFleetSets } from './fleet-sets';
import { machineMentionLines } from './machine-mentions';
import { MACHINE_NAME_WORDINGS, MACHINE_NAME_WORDS } from '../../../shared/pipeline/machine-name';

let dir: string;
let fleet: FleetClient[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cmlens-fleet-'));
  fleet = writeFleet(join(dir, 'fleet'), { clients: FLEET_MIX.length + 2, noiseBytes: 60_000, brokenEvery: 25 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('triageSet', () => {
  it('gives every client the verdict, primary section, code and failed step diagnose gives the same zip', async () => {
    for (const c of fleet) {
      const { record } = await triageSet({ name: c.name, path: c.path });
      expect(record.set).toBe(c.name);
      if (c.broken) {
        expect(record.verdict, c.name).toBe('unreadable');
        expect(record.error).toMatch(/zip/);
        continue;
      }
      const service = new LogService();
      await service.openPaths([c.path]);
      const d = service.diagnose();
      service.dispose();
      const mismatch = `${c.name} (${c.set.name})`;
      expect(record.verdict, mismatch).toBe(d.verdict);
      expect(record.section, mismatch).toBe(d.diagnoses[0]?.section ?? null);
      expect(record.errorCode, mismatch).toBe(d.diagnoses[0]?.errorCode ?? null);
      expect(record.failedStep, mismatch).toBe(d.pipeline.find((p) => p.status === 'failed')?.step ?? null);
      expect(record.cycles, mismatch).toBe(d.cycles.length);
      // And what the fixture set is known to be.
      expect(record.verdict, mismatch).toBe(c.set.expect.verdict);
      if (c.set.expect.primarySection) expect(record.section, mismatch).toBe(c.set.expect.primarySection);
      if (c.set.expect.errorCode !== undefined && c.set.expect.primarySection) expect(record.errorCode, mismatch).toBe(c.set.expect.errorCode);
      expect(record.machine, mismatch).toBe(c.machine);
    }
  });

  it('reports the WSUS server the agent used, the last cycle\'s start with its offset, and failed cycles', async () => {
    const c = fleet.find((x) => x.set.name === 'scan-proxy-502-utc-5')!;
    const { record } = await triageSet({ name: c.name, path: c.path });
    expect(record).toMatchObject({ wsusUrl: 'http://SUP01.contoso.com:8530', cycles: 2, failedCycles: 1, failedStep: '13' });
    expect(record.lastScan).toBe('2026-03-11T09:15:00.000-05:00');
    const gpo = fleet.find((x) => x.set.name.startsWith('scan-gpo-'))!;
    // The agent was forced to another server by a domain policy: that is the one it used.
    expect((await triageSet({ name: gpo.name, path: gpo.path })).record.wsusUrl).toBe('http://OLDWSUS.contoso.com:8530');
  });

  it('names the machine after the set when no log names it', async () => {
    const folder = join(dir, 'PC777-logs');
    mkdirSync(folder);
    writeFileSync(join(folder, 'CcmExec.log'), '<![LOG[Service startup.]LOG]!><time="10:00:00.000+300" date="03-10-2026" component="CcmExec" context="" type="1" thread="1" file="">\r\n');
    const { record } = await triageSet({ name: 'PC777-logs', path: folder });
    expect(record).toMatchObject({ machine: 'PC777-logs', verdict: 'no-data', section: 'intro.scoping' });
  });
});

describe('machineMentionLines', () => {
  it('finds the lines naming the machine in UTF-8 and UTF-16LE bytes without parsing', () => {
    const text = 'first line\r\nProperty(S): ComputerName = SERGUEIK42\r\nlast line\r\n';
    expect(machineMentionLines(Buffer.from(text, 'utf8'))).toEqual(['Property(S): ComputerName = SERGUEIK42']);
    const u16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(machineMentionLines(u16)).toEqual(['Property(S): ComputerName = SERGUEIK42']);
    // U+0A05 U+4E00 is 05 0A 00 4E in UTF-16LE: an LF's bytes at an odd offset, inside the line, not its end.
    const odd = 'first line\r\nProperty(S): ComputerName = \u0a05\u4e00PC7\r\nlast line\r\n';
    expect(machineMentionLines(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(odd, 'utf16le')]))).toEqual(['Property(S): ComputerName = \u0a05\u4e00PC7']);
  });
  it('knows a word of every machine-name wording (else a log outside the pipeline would never be read for it)', () => {
    for (const w of MACHINE_NAME_WORDINGS) expect(MACHINE_NAME_WORDS.some((word) => w.sample.includes(word)), w.sample).toBe(true);
  });
});

describe('findFleetSets', () => {
  it('takes each zip and sub-folder of a fleet folder as a client, and a client\'s own tree as one set', async () => {
    const root = join(dir, 'mixed');
    mkdirSync(join(root, 'PC9001', 'CCM', 'Logs'), { recursive: true });
    mkdirSync(join(root, 'PC9001', 'Windows'), { recursive: true });
    writeFileSync(join(root, 'PC9002-logs.zip'), 'not really a zip');
    writeFileSync(join(root, 'notes.docx'), 'ignored');
    const { sets } = await findFleetSets([root]);
    expect(sets.map((s) => s.name)).toEqual(['PC9001', 'PC9002-logs.zip']);
    // Given directly, a client's folder (CCM\Logs beside Windows) is one client, not two.
    expect((await findFleetSets([join(root, 'PC9001')])).sets.map((s) => s.name)).toEqual(['PC9001']);
    const missing = await findFleetSets([join(root, 'nope')]);
    expect(missing.errors[0].reason).toMatch(/no such file/);
    // The same client given twice, or as itself and through its fleet folder, is one set.
    const again = await findFleetSets([join(root, 'PC9002-logs.zip'), root, join(root, 'PC9002-logs.zip')]);
    expect(again.sets.map((s) => s.name)).toEqual(['PC9002-logs.zip', 'PC9001']);
  });
});

describe('triageSet on what a customer zips', () => {
  it('reads a renamed pipeline log whole though its name asked only for its head, and agrees with diagnose', async () => {
    const set = FLEET_MIX.find((s) => s.name === 'scan-proxy-502-utc-5')!;
    const wua = set.files['WUAHandler.log'];
    // Older WUAHandler lines first, so the renamed log is far bigger than the head triage reads of unknown logs.
    const older = Array.from({ length: 400 }, (_, i) => wua.split('\r\n')[1].replace(/time="\d\d:\d\d:\d\d\.\d+/, `time="0${i % 8}:00:${String(i % 60).padStart(2, '0')}.000`).replace(/date="(\d\d)-(\d\d)/, 'date="$1-01')).join('\r\n');
    const files = { ...set.files, 'WUAHandler.log': undefined, 'case-1234 wua.log': '\uFEFF' + older + '\r\n' + wua.replace(/^\uFEFF/, '') };
    const zipPath = join(dir, 'renamed.zip');
    writeFileSync(zipPath, buildZip(Object.entries(files).filter(([, v]) => v !== undefined).map(([name, data]) => ({ name: `CCM/Logs/${name}`, data: data! }))));
    const { record } = await triageSet({ name: 'renamed.zip', path: zipPath });
    const service = new LogService();
    await service.openPaths([zipPath]);
    const d = service.diagnose();
    service.dispose();
    expect([record.verdict, record.section, record.errorCode]).toEqual([d.verdict, d.diagnoses[0]?.section, d.diagnoses[0]?.errorCode]);
    expect(record.section).toBe('scan.wua.proxy');
  });

  it('finds the machine in an MSI log of the zip', async () => {
    const zipPath = join(dir, 'msi.zip');
    const msi = 'MSI (s) (A4:1C) [10:21:03:123]: Product: Contoso Agent -- Installation completed successfully.\r\n'.repeat(200) + 'Property(S): ComputerName = SERGUEIK42\r\n';
    writeFileSync(zipPath, buildZip([{ name: 'Logs/MSI1a2b3.LOG', data: msi }, { name: 'Logs/CcmExec.log', data: 'x\r\n'.repeat(20_000) }]));
    expect((await triageSet({ name: 'msi.zip', path: zipPath })).record.machine).toBe('SERGUEIK42');
  });
});
