// locate and findNext through LogService's API: an entry's (physical file, line) found in a one-log view over
// rotated parts, in a merged view, and not found where a filter hides it; next/previous error, warning or text
// over the whole view, with and without wrapping.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LogService } from './log-service';

// type: 1 info, 2 warning, 3 error (CMTrace)
const cm = (text: string, time: string, comp: string, type = 1) =>
  `<![LOG[${text}]LOG]!><time="${time}+300" date="11-24-2026" component="${comp}" context="" type="${type}" thread="1" file="x.cpp:1">`;

let dir: string;
let svc: LogService;
let wua: string;
let scan: string;
let root: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cmlens-locate-'));
  root = join(dir, 'Logs');
  mkdirSync(root);
  const files: Record<string, string> = {
    // a multi-line entry: line 2 starts it, line 3 continues it
    'WUAHandler-20261124-080000.log': [cm('oldest', '07:00:00.000', 'WUAHandler'), cm('two\nlines', '07:30:00.000', 'WUAHandler', 2)].join('\r\n') + '\r\n',
    'WUAHandler.lo_': [cm('middle 1', '08:00:00.000', 'WUAHandler'), cm('middle 2 failed', '08:30:00.000', 'WUAHandler', 3)].join('\r\n') + '\r\n',
    'WUAHandler.log': [cm('newest', '09:00:00.000', 'WUAHandler'), cm('newest failed', '09:10:00.000', 'WUAHandler', 3)].join('\r\n') + '\r\n',
    'ScanAgent.log': [cm('scan start', '07:15:00.000', 'ScanAgent'), cm('scan warned', '08:15:00.000', 'ScanAgent', 2), cm('scan end', '09:05:00.000', 'ScanAgent')].join('\r\n') + '\r\n',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  svc = new LogService();
  const { logs } = await svc.openPaths([root]);
  wua = logs.find((l) => l.name === 'WUAHandler.log')!.id;
  scan = logs.find((l) => l.name === 'ScanAgent.log')!.id;
});
afterAll(() => {
  svc.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const p = (name: string) => join(root, name);

describe('locate', () => {
  it('finds entries of every rotated part of one log, by full path or file name, and a line inside an entry', async () => {
    const at = (source: string, line: number) => svc.api.locate({ logIds: [wua], source, line });
    expect(await at(p('WUAHandler-20261124-080000.log'), 1)).toBe(0);
    expect(await at(p('WUAHandler-20261124-080000.log'), 3)).toBe(1); // the continuation line of 'two\nlines'
    expect(await at(p('WUAHandler.lo_'), 2)).toBe(3);
    expect(await at(p('WUAHandler.log'), 2)).toBe(5);
    expect(await at('WUAHandler.lo_', 1)).toBe(2);
    // each answer is the row getRows shows at that position
    const [row] = await svc.api.getRows({ logIds: [wua], start: 3, count: 1 });
    expect([row.text, row.source, row.line]).toEqual(['middle 2 failed', p('WUAHandler.lo_'), 2]);
    expect(await svc.api.locate({ logIds: [wua], source: row.source, line: row.line })).toBe(row.index);
  });

  it('finds an entry in a merged view at its place on the one clock', async () => {
    const ids = [wua, scan];
    const pos = await svc.api.locate({ logIds: ids, source: p('ScanAgent.log'), line: 2 });
    const wpos = await svc.api.locate({ logIds: ids, source: p('WUAHandler.lo_'), line: 1 });
    const rows = await svc.api.getRows({ logIds: ids, start: 0, count: 20 });
    expect(rows.map((r) => r.text)).toEqual(['oldest', 'scan start', 'two\nlines', 'middle 1', 'scan warned', 'middle 2 failed', 'newest', 'scan end', 'newest failed']);
    expect(pos).toBe(4);
    expect(wpos).toBe(3);
  });

  it('is null where the filter hides the entry, and the filtered position where it keeps it', async () => {
    const filter = { severities: ['error' as const] };
    expect(await svc.api.locate({ logIds: [wua], filter, source: p('WUAHandler.lo_'), line: 1 })).toBeNull();
    expect(await svc.api.locate({ logIds: [wua], filter, source: p('WUAHandler.log'), line: 2 })).toBe(1);
    expect(await svc.api.locate({ logIds: [wua, scan], filter, source: p('ScanAgent.log'), line: 2 })).toBeNull();
    expect(await svc.api.locate({ logIds: [wua, scan], filter, source: p('WUAHandler.log'), line: 2 })).toBe(1);
  });

  it('is null for a file no log of the view holds, or a line before its first entry', async () => {
    expect(await svc.api.locate({ logIds: [wua], source: p('ScanAgent.log'), line: 1 })).toBeNull();
    expect(await svc.api.locate({ logIds: [wua], source: p('WUAHandler.log'), line: 0 })).toBeNull();
  });
});

describe('findNext', () => {
  const next = (from: number, direction: 1 | -1, target: Parameters<LogService['api']['findNext']>[0]['target'], wrap = false, logIds = [wua, scan]) =>
    svc.api.findNext({ logIds, from, direction, wrap, target });
  const error = { kind: 'severity', severity: 'error' } as const;
  const warning = { kind: 'severity', severity: 'warning' } as const;

  it('steps through errors and warnings of a merged view, forward and back, from nothing selected', async () => {
    // merged: 0 oldest, 1 scan start, 2 two lines (W), 3 middle 1, 4 scan warned (W), 5 middle 2 failed (E), 6 newest, 7 scan end, 8 newest failed (E)
    expect(await next(-1, 1, error)).toBe(5);
    expect(await next(5, 1, error)).toBe(8);
    expect(await next(8, 1, error)).toBeNull();
    expect(await next(9, -1, error)).toBe(8);
    expect(await next(5, -1, error)).toBeNull();
    expect(await next(2, 1, warning)).toBe(4);
    expect(await next(4, -1, warning)).toBe(2);
  });

  it('wraps around when asked, back to the start row itself at most', async () => {
    expect(await next(8, 1, error, true)).toBe(5);
    expect(await next(5, -1, error, true)).toBe(8);
    expect(await next(0, 1, error, true, [scan])).toBeNull(); // ScanAgent has no error at all
    expect(await next(1, 1, warning, true, [scan])).toBe(1);
  });

  it('finds text by substring or regex, case as asked, in a filtered view', async () => {
    const text = (query: string, regex = false, matchCase = false) => ({ kind: 'text', query, regex, matchCase }) as const;
    expect(await next(-1, 1, text('FAILED'))).toBe(5);
    expect(await next(-1, 1, text('FAILED', false, true))).toBeNull();
    expect(await next(9, -1, text('^scan \\w+ed$', true))).toBe(4);
    const filter = { include: 'newest' };
    expect(await svc.api.findNext({ logIds: [wua], filter, from: -1, direction: 1, wrap: false, target: text('failed') })).toBe(1);
  });
});

describe('on a log kept as a columnar index', () => {
  it('locates and finds the same as on a parsed log, whole and filtered', async () => {
    const big = new LogService({ indexAboveBytes: 1 }); // every single-file log indexed
    try {
      const { logs } = await big.openPaths([p('ScanAgent.log')]);
      expect(logs[0].messages.map((m) => m.text).join(' ')).toMatch(/kept as an index/);
      const id = logs[0].id;
      expect(await big.api.locate({ logIds: [id], source: p('ScanAgent.log'), line: 3 })).toBe(2);
      const filter = { exclude: 'start' };
      expect(await big.api.locate({ logIds: [id], filter, source: p('ScanAgent.log'), line: 1 })).toBeNull();
      expect(await big.api.locate({ logIds: [id], filter, source: p('ScanAgent.log'), line: 3 })).toBe(1);
      const warning = { kind: 'severity', severity: 'warning' } as const;
      expect(await big.api.findNext({ logIds: [id], from: -1, direction: 1, wrap: false, target: warning })).toBe(1);
      expect(await big.api.findNext({ logIds: [id], filter, from: 1, direction: -1, wrap: false, target: warning })).toBe(0);
      expect(await big.api.findNext({ logIds: [id], from: 3, direction: -1, wrap: false, target: { kind: 'text', query: 'END', regex: false, matchCase: false } })).toBe(2);
    } finally {
      big.dispose();
    }
  });
});
