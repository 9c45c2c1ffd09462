// A big log kept as an index must answer the API exactly as the same log parsed into memory: rows, counts,
// search, filters, the clock and merged views. The index path is forced with a low threshold.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../shared/api/contract';
import { cmtraceText, smsText } from '../../test/support/index/synthetic-logs';
import { LogService } from './log-service';
import { buildZip } from '../../test/support/zip-writer';
import { sampleClientLogs } from '../../scripts/samples/sample-client-logs';

const dir = mkdtempSync(join(tmpdir(), 'cmlens-svc-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('index-backed logs', () => {
  it('index a big zip entry from its bytes, as a file on disk (one index path), and answer as the parsed log', async () => {
    const text = cmtraceText(3000, { seed: 11, multiLineEvery: 30 });
    const zip = join(mkdtempSync(join(tmpdir(), 'cmlens-svc-zip-')), 'client.zip');
    writeFileSync(zip, buildZip([{ name: 'CCM/Logs/WUAHandler.log', data: text }, { name: 'CCM/Logs/WSyncMgr.log', data: smsText(1500, { seed: 12 }) }]));
    const parsed = new LogService();
    const indexed = new LogService({ indexAboveBytes: 0 });
    const p = (await parsed.openPaths([zip])).logs.sort((a, b) => a.name.localeCompare(b.name));
    const x = (await indexed.openPaths([zip])).logs.sort((a, b) => a.name.localeCompare(b.name));
    expect(x.map((l) => [l.state, l.messages[0]?.code])).toEqual([
      ['ready', 'indexedDiagnosed'],
      ['ready', 'indexedDiagnosed'],
    ]);
    expect(p.every((l) => l.messages.length === 0)).toBe(true);
    expect(x.map((l) => [l.source, l.format, l.entries, l.tailing])).toEqual(p.map((l) => [l.source, l.format, l.entries, false]));
    for (let i = 0; i < 2; i++) {
      const n = x[i].entries;
      const strip = (rows: { logId: string }[]) => rows.map((r) => ({ ...r, logId: '' }));
      expect(strip(await indexed.api.getRows({ logIds: [x[i].id], start: 0, count: n }))).toEqual(strip(await parsed.api.getRows({ logIds: [p[i].id], start: 0, count: n })));
      const q = { query: 'error', regex: false, matchCase: false };
      expect(await indexed.api.search({ logIds: [x[i].id], ...q })).toEqual(await parsed.api.search({ logIds: [p[i].id], ...q }));
    }
    parsed.dispose();
    indexed.dispose();
    rmSync(join(zip, '..'), { recursive: true, force: true });
  });

  it('answer getRows, countRows, search, filters, rowAtTime and merges as the parsed logs do', async () => {
    // A rotated group (X.lo_ then X.log: one log of two files) and a single file.
    const a = join(dir, 'WUAHandler.log');
    const b = join(dir, 'WSyncMgr.log');
    writeFileSync(join(dir, 'WUAHandler.lo_'), cmtraceText(2000, { seed: 5, multiLineEvery: 40, startMs: Date.UTC(2026, 10, 24, 6, 0, 0) }));
    writeFileSync(a, cmtraceText(3000, { seed: 3, multiLineEvery: 40 }));
    writeFileSync(b, smsText(2000, { seed: 4 }));
    const parsed = new LogService();
    const indexed = new LogService({ indexAboveBytes: 0 });
    const events: ApiEvent[] = [];
    indexed.onEvent((e) => events.push(e));
    const p = (await parsed.openPaths([dir])).logs;
    const x = (await indexed.openPaths([dir])).logs;
    expect(x.map((l) => l.name)).toEqual(['WSyncMgr.log', 'WUAHandler.log'].sort());
    if (x[0].name !== 'WUAHandler.log') {
      x.reverse();
      p.reverse();
    }
    expect(x.map((l) => l.state)).toEqual(['ready', 'ready']);
    expect(x[0].messages.map((m) => m.text).join(' ')).toMatch(/kept as an index; diagnosed from the file/);
    expect(events.some((e) => e.type === 'progress' && e.logId === x[0].id)).toBe(true);
    expect(x.map((l) => [l.format, l.encoding, l.entries, l.utcOffset])).toEqual(p.map((l) => [l.format, l.encoding, l.entries, l.utcOffset]));
    expect(x[0].entries).toBe(5000);
    expect(x[0].parts.map((f) => f.split(/[\\/]/).pop())).toEqual(['WUAHandler.lo_', 'WUAHandler.log']);
    expect(x[0].messages[0].text).toMatch(/in 2 files, kept as an index/);

    const views = [[0], [1], [0, 1]];
    const filters = [undefined, { severities: ['error' as const] }, { include: 'scan' }, { exclude: 'update', components: ['WUAHandler', 'SMS_WSUS_SYNC_MANAGER'] }];
    for (const v of views) {
      for (const filter of filters) {
        const ids = (logs: typeof p) => v.map((i) => logs[i].id);
        const n = await parsed.api.countRows({ logIds: ids(p), filter });
        expect(await indexed.api.countRows({ logIds: ids(x), filter })).toBe(n);
        // Rows keep their file (source) and line, whichever store holds them.
        const strip = (rows: { logId: string }[]) => rows.map((r) => ({ ...r, logId: r.logId === p[0].id || r.logId === x[0].id ? 'a' : 'b' }));
        const rowsP = await parsed.api.getRows({ logIds: ids(p), filter, start: 0, count: n });
        const rowsX = await indexed.api.getRows({ logIds: ids(x), filter, start: 0, count: n });
        expect(strip(rowsX)).toEqual(strip(rowsP));
        for (const q of [{ query: 'failed', regex: false, matchCase: false }, { query: 'Sync.*done', regex: true, matchCase: true }]) {
          expect(await indexed.api.search({ logIds: ids(x), filter, ...q })).toEqual(await parsed.api.search({ logIds: ids(p), filter, ...q }));
        }
        const t = rowsP.length ? rowsP[Math.floor(rowsP.length / 2)].instantMs ?? 0 : 0;
        expect(await indexed.api.rowAtTime({ instantMs: t, views: [{ logIds: ids(x), filter }] })).toEqual(
          await parsed.api.rowAtTime({ instantMs: t, views: [{ logIds: ids(p), filter }] }),
        );
      }
    }
    // Multi-line entries read back whole from the file.
    const [ml] = await indexed.api.getRows({ logIds: [x[0].id], start: 39, count: 1 });
    expect(ml.text).toContain('\n  detail line two');
    const [second] = await indexed.api.getRows({ logIds: [x[0].id], start: 2000, count: 1 });
    expect([second.source.endsWith('WUAHandler.log'), second.line]).toEqual([true, 1]);
  });

  it('still diagnose a set whose pipeline logs were indexed, as the parsed set', async () => {
    const root = join(dir, 'sample');
    for (const [rel, text] of Object.entries(sampleClientLogs())) {
      mkdirSync(join(root, rel, '..'), { recursive: true });
      writeFileSync(join(root, rel), text);
    }
    const parsed = new LogService();
    const indexed = new LogService({ indexAboveBytes: 0 });
    await parsed.openPaths([root]);
    const { logs } = await indexed.openPaths([root]);
    expect(logs.find((l) => l.name === 'WUAHandler.log')!.messages.map((m) => m.text).join(' ')).toMatch(/kept as an index; diagnosed from the file/);
    const want = parsed.diagnose();
    expect(want.diagnoses[0]).toMatchObject({ section: 'scan.wua.proxy', errorCode: '0x80244021' });
    expect(indexed.diagnose()).toEqual(want);
  });
});

