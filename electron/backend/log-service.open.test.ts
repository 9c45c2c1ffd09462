// LogService through its public API, as transports call it: rotated logs as one logical log, one clock
// across time zones, the borrowed offset of a WindowsUpdate.log, user-set zones, and the diagnosis of a set.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LogService } from './log-service';
import { sampleClientLogs } from '../../scripts/samples/sample-client-logs';

const cm = (text: string, time: string, comp: string, bias: string, date = '11-24-2026') =>
  `<![LOG[${text}]LOG]!><time="${time}${bias}" date="${date}" component="${comp}" context="" type="1" thread="1" file="x.cpp:1">`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cmlens-svc-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string>): string {
  const root = join(dir, name);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

describe('rotated logs', () => {
  it('shows X-date.log, X.lo_ and X.log as one log, oldest first, each entry telling its physical file', async () => {
    const root = folder('rot', {
      'WUAHandler-20261124-080000.log': cm('oldest', '07:00:00.000', 'WUAHandler', '+300') + '\r\n',
      'WUAHandler.lo_': cm('middle 1', '08:00:00.000', 'WUAHandler', '+300') + '\r\n' + cm('middle 2', '08:30:00.000', 'WUAHandler', '+300') + '\r\n',
      'WUAHandler.log': cm('newest', '09:00:00.000', 'WUAHandler', '+300') + '\r\n',
    });
    const svc = new LogService();
    const { logs, errors } = await svc.openPaths([root]);
    expect(errors).toEqual([]);
    expect(logs).toHaveLength(1);
    expect(logs[0].name).toBe('WUAHandler.log');
    expect(logs[0].parts.map((p) => p.slice(root.length + 1))).toEqual(['WUAHandler-20261124-080000.log', 'WUAHandler.lo_', 'WUAHandler.log']);
    const rows = await svc.api.getRows({ logIds: [logs[0].id], start: 0, count: 10 });
    expect(rows.map((r) => [r.text, r.source.slice(root.length + 1), r.line])).toEqual([
      ['oldest', 'WUAHandler-20261124-080000.log', 1],
      ['middle 1', 'WUAHandler.lo_', 1],
      ['middle 2', 'WUAHandler.lo_', 2],
      ['newest', 'WUAHandler.log', 1],
    ]);
  });

  it('keeps the readable files of a group and says which file could not be read', async () => {
    const root = folder('rot-bad', { 'WUAHandler.log': cm('newest', '09:00:00.000', 'WUAHandler', '+300') + '\r\n' });
    writeFileSync(join(root, 'WUAHandler.lo_'), Buffer.alloc(8192, 0));
    const svc = new LogService();
    const { logs, errors } = await svc.openPaths([root]);
    expect(errors).toEqual([]);
    expect(logs.map((l) => [l.entries, l.messages.map((m) => [m.code, m.subject])])).toEqual([[1, [['binary', join(root, 'WUAHandler.lo_')]]]]);
  });
});

describe('one clock across time zones', () => {
  it('merges logs written in New York and Berlin by their true instant', async () => {
    const root = folder('tz', {
      'NewYork.log': cm('NY 05:30 (10:30 UTC)', '05:30:00.000', 'A', '+300') + '\r\n' + cm('NY 06:10 (11:10 UTC)', '06:10:00.000', 'A', '+300') + '\r\n',
      'Berlin.log': cm('Berlin 11:45 (10:45 UTC)', '11:45:00.000', 'B', '-60') + '\r\n',
    });
    const svc = new LogService();
    const { logs } = await svc.openPaths([root]);
    const ids = logs.map((l) => l.id);
    const merged = await svc.api.getRows({ logIds: ids, start: 0, count: 10 });
    expect(merged.map((r) => r.text)).toEqual(['NY 05:30 (10:30 UTC)', 'Berlin 11:45 (10:45 UTC)', 'NY 06:10 (11:10 UTC)']);
    // Selecting the Berlin entry moves the New York pane to the entry at or before the same instant.
    const berlin = logs.find((l) => l.name === 'Berlin.log')!;
    const ny = logs.find((l) => l.name === 'NewYork.log')!;
    const [b] = await svc.api.getRows({ logIds: [berlin.id], start: 0, count: 1 });
    expect(await svc.api.rowAtTime({ views: [{ logIds: [ny.id] }, { logIds: [berlin.id] }], instantMs: b.instantMs! })).toEqual([0, 0]);
    expect(b.wallMs).toBe(Date.UTC(2026, 10, 24, 11, 45));
    expect(b.instantMs).toBe(Date.UTC(2026, 10, 24, 10, 45));
  });
});

describe('time zones the log does not carry', () => {
  it('borrows the ConfigMgr logs\' offset for a WindowsUpdate.log opened with them, says so, and lets the user override it', async () => {
    const root = folder('sample', sampleClientLogs());
    const svc = new LogService();
    const { logs } = await svc.openPaths([root]);
    const wu = logs.find((l) => l.name === 'WindowsUpdate.log')!;
    expect(wu.offsetSource).toBe('borrowed');
    expect(wu.utcOffset).toBe(-300);
    expect(wu.messages.map((m) => m.text).join(' ')).toMatch(/UTC−05:00/);
    const [first] = await svc.api.getRows({ logIds: [wu.id], start: 0, count: 1 });
    expect(first.instantMs! - first.wallMs!).toBe(300 * 60_000);

    const moved = await svc.api.setLogOffset({ logId: wu.id, utcOffset: 60 });
    expect(moved).toMatchObject({ offsetSource: 'user', utcOffset: 60 });
    const [again] = await svc.api.getRows({ logIds: [wu.id], start: 0, count: 1 });
    expect(again.instantMs! - again.wallMs!).toBe(-60 * 60_000);
    const back = await svc.api.setLogOffset({ logId: wu.id, utcOffset: null });
    expect(back).toMatchObject({ offsetSource: 'borrowed', utcOffset: -300 });
  });

  it('leaves a WindowsUpdate.log opened alone without an offset', async () => {
    const root = folder('alone', { 'WindowsUpdate.log': sampleClientLogs()['Windows/WindowsUpdate.log'] });
    const svc = new LogService();
    const { logs } = await svc.openPaths([root]);
    expect(logs[0]).toMatchObject({ format: 'windowsupdate-10', offsetSource: 'none', utcOffset: null });
  });
});

describe('the set', () => {
  it('groups logs by their role and diagnoses the sample set as a proxy failure', async () => {
    const root = folder('diag', sampleClientLogs());
    const svc = new LogService();
    const { logs } = await svc.openPaths([root]);
    expect(logs.find((l) => l.name === 'WUAHandler.log')!.group).toBe('software-updates');
    const d = await svc.api.diagnose({});
    expect(d.verdict).toBe('failed');
    expect(d.diagnoses[0]).toMatchObject({ section: 'scan.wua.proxy', errorCode: '0x80244021' });
  });

  it('opens what it can and reports the rest per path', async () => {
    const root = folder('mixed', { 'good.log': cm('fine', '10:00:00.000', 'A', '+000') + '\r\n' });
    writeFileSync(join(root, 'bad.log'), Buffer.alloc(8192, 0));
    const svc = new LogService();
    const { logs, errors } = await svc.openPaths([root, join(dir, 'missing-folder')]);
    expect(logs.map((l) => l.name)).toEqual(['good.log']);
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining([join(root, 'bad.log'), join(dir, 'missing-folder')]));
  });
});
