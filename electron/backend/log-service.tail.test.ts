// Live tail through the service, as the app sees it: appended entries become rows (with their physical file and
// line), half-written ones wait for their end, a rollover to .lo_ loses and doubles nothing, pause holds rows
// back, and the diagnosis of the set follows what the writer adds.
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../shared/api/contract';
import { SCAN_SETS } from '../../test/support/sets';
import { LogService } from './log-service';
import { sleep, until } from '../../test/support/wait';

const dir = mkdtempSync(join(tmpdir(), 'cmlens-svc-tail-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));


const wua = (text: string, time: string) =>
  `<![LOG[${text}]LOG]!><time="${time}+300" date="03-10-2026" component="WUAHandler" context="" type="1" thread="4242" file="cpp:0">\r\n`;

describe('live tail', () => {
  it('appends, holds half entries, survives a rollover exactly once, pauses, and re-diagnoses the set', async () => {
    const healthy = SCAN_SETS.find((s) => s.name === 'scan-healthy-utc-5')!;
    const root = join(dir, 'set');
    mkdirSync(root);
    for (const [rel, text] of Object.entries(healthy.files)) writeFileSync(join(root, rel), text);
    const path = join(root, 'WUAHandler.log');
    const initialLines = readFileSync(path, 'latin1').split('\r\n').length - 1;

    const svc = new LogService({ tail: true, tailPollMs: 40 });
    const events: ApiEvent[] = [];
    svc.onEvent((e) => events.push(e));
    try {
      const { logs } = await svc.openPaths([root]);
      const log = logs.find((l) => l.name === 'WUAHandler.log')!;
      expect(log.tailing).toBe(true);
      expect(svc.diagnose().verdict).toBe('healthy');
      const id = log.id;
      const count = () => svc.list().find((l) => l.id === id)!.entries;
      const start = count();
      expect(start).toBe(initialLines);

      // One complete entry and half of the next: only the complete one arrives.
      const failed = wua('Scan failed with error = 0x80244021.', '11:00:00.000');
      const second = wua('seq=2 after the failure', '11:00:01.000');
      appendFileSync(path, failed + second.slice(0, 40));
      await until(() => count() === start + 1, 'the complete entry');
      const appended = events.filter((e) => e.type === 'appended');
      // the failure line marks a pipeline step: the event names it (the pane holding it follows the tail)
      expect(appended).toEqual([{ type: 'appended', logId: id, entries: 1, step: expect.any(String) }]);
      expect(events.some((e) => e.type === 'logs' && e.logs.find((l) => l.id === id)?.entries === start + 1)).toBe(true);
      let [row] = await svc.api.getRows({ logIds: [id], start, count: 1 });
      expect(row).toMatchObject({ text: 'Scan failed with error = 0x80244021.', source: path, line: initialLines + 1, component: 'WUAHandler' });
      expect(row.step).not.toBeNull();

      // The diagnosis follows: the set now ends in a failed scan on a proxy error.
      await until(() => events.some((e) => e.type === 'diagnosis' && e.result.verdict === 'failed'), 'the new diagnosis');
      expect(svc.diagnose().diagnoses[0].errorCode).toBe('0x80244021');

      // The rest of the half entry, then ConfigMgr's rollover: X.log → X.lo_, a new X.log.
      appendFileSync(path, second.slice(40) + wua('seq=3 last in the old file', '11:00:02.000'));
      await until(() => count() === start + 3, 'the completed half entry');
      appendFileSync(path, wua('seq=4 written just before the rollover', '11:00:03.000'));
      renameSync(path, join(root, 'WUAHandler.lo_'));
      writeFileSync(path, wua('seq=5 first in the new file', '11:00:04.000') + wua('seq=6 second in the new file', '11:00:05.000'));
      await until(() => count() === start + 6, 'the rows around the rollover');
      const rows = await svc.api.getRows({ logIds: [id], start, count: 100 });
      expect(rows.map((r) => [r.text.split(' ')[0], r.source.slice(root.length + 1), r.line])).toEqual([
        ['Scan', 'WUAHandler.lo_', initialLines + 1],
        ['seq=2', 'WUAHandler.lo_', initialLines + 2],
        ['seq=3', 'WUAHandler.lo_', initialLines + 3],
        ['seq=4', 'WUAHandler.lo_', initialLines + 4],
        ['seq=5', 'WUAHandler.log', 1],
        ['seq=6', 'WUAHandler.log', 2],
      ]);
      expect(await svc.api.countRows({ logIds: [id] })).toBe(start + 6);
      expect(await svc.api.search({ logIds: [id], query: 'seq=', regex: false, matchCase: false })).toMatchObject({ total: 5 });

      // Paused: rows wait; resumed: they arrive, once.
      await svc.api.setTailPaused({ paused: true });
      appendFileSync(path, wua('seq=7 while paused', '11:00:06.000'));
      await sleep(300);
      expect(count()).toBe(start + 6);
      await svc.api.setTailPaused({ paused: false });
      await until(() => count() === start + 7, 'the row held while paused');
      [row] = await svc.api.getRows({ logIds: [id], start: start + 6, count: 1 });
      expect(row).toMatchObject({ text: 'seq=7 while paused', line: 3 });

      // Closed: its tailer stops, nothing more arrives for it.
      await svc.api.closeLogs({ logIds: [id] });
      const before = events.length;
      appendFileSync(path, wua('seq=8 after close', '11:00:07.000'));
      await sleep(200);
      expect(events.slice(before).filter((e) => e.type === 'appended')).toEqual([]);
    } finally {
      svc.dispose();
    }
  });

  it('an indexed rotated group rolls over: the replaced X.lo_ rows are dropped with a message, the rolled rows read from X.lo_', async () => {
    const root = join(dir, 'indexed-group');
    mkdirSync(root);
    const path = join(root, 'WUAHandler.log');
    writeFileSync(join(root, 'WUAHandler.lo_'), wua('old-1 oldest file', '10:00:00.000') + wua('old-2 oldest file', '10:00:01.000'));
    writeFileSync(path, wua('cur-1 current file', '10:00:02.000') + wua('cur-2 current file', '10:00:03.000'));
    const svc = new LogService({ tail: true, tailPollMs: 40, indexAboveBytes: 0 });
    try {
      const { logs } = await svc.openPaths([root]);
      expect(logs).toHaveLength(1);
      const id = logs[0].id;
      expect(logs[0]).toMatchObject({ entries: 4, tailing: true });
      expect(logs[0].messages[0].text).toMatch(/in 2 files, kept as an index/);
      const info = () => svc.list().find((l) => l.id === id)!;
      const texts = async () => (await svc.api.getRows({ logIds: [id], start: 0, count: 100 })).map((r) => [r.text.split(' ')[0], r.source.slice(root.length + 1), r.line]);
      expect(await texts()).toEqual([
        ['old-1', 'WUAHandler.lo_', 1],
        ['old-2', 'WUAHandler.lo_', 2],
        ['cur-1', 'WUAHandler.log', 1],
        ['cur-2', 'WUAHandler.log', 2],
      ]);
      // ConfigMgr rolls over: X.log replaces X.lo_ (the oldest file is gone), a new X.log begins.
      appendFileSync(path, wua('cur-3 before the roll', '10:00:04.000'));
      await until(() => info().entries === 5, 'the appended row');
      renameSync(path, join(root, 'WUAHandler.lo_'));
      writeFileSync(path, wua('new-1 new file', '10:00:05.000'));
      await until(() => info().messages.some((m) => /2 older entries are no longer on disk/.test(m.text)), 'the drop message');
      await until(() => info().entries === 4, 'the rows after the roll');
      expect(await texts()).toEqual([
        ['cur-1', 'WUAHandler.lo_', 1],
        ['cur-2', 'WUAHandler.lo_', 2],
        ['cur-3', 'WUAHandler.lo_', 3],
        ['new-1', 'WUAHandler.log', 1],
      ]);
      expect(await svc.api.search({ logIds: [id], query: 'file', regex: false, matchCase: true })).toMatchObject({ total: 3 });
      // A second roll replaces the X.lo_ the indexed rows are now read from: they go too (tailed rows are held in memory).
      renameSync(path, join(root, 'WUAHandler.lo_'));
      writeFileSync(path, wua('newer-1 newest file', '10:00:06.000'));
      await until(() => info().messages.filter((m) => /older entries are no longer on disk/.test(m.text)).length === 2, 'the second drop message');
      await until(() => info().entries === 3, 'the rows after the second roll');
      expect(await texts()).toEqual([
        ['cur-3', 'WUAHandler.lo_', 3],
        ['new-1', 'WUAHandler.lo_', 1],
        ['newer-1', 'WUAHandler.log', 1],
      ]);
    } finally {
      svc.dispose();
    }
  });

  it('without tail (the one-shot CLI) reads the whole file and follows nothing', async () => {
    const path = join(dir, 'WUAHandler-once.log');
    writeFileSync(path, wua('only', '10:00:00.000'));
    const svc = new LogService();
    const { logs } = await svc.openPaths([path]);
    expect(logs[0]).toMatchObject({ tailing: false, entries: 1 });
  });
});
