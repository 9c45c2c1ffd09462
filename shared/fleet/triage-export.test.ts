import { describe, expect, it } from 'vitest';
import { bulkIndexProblem, csvRows, recordJson, toBulk, toCsv } from './triage-export';
import { summarizeTriage } from './triage-summary';
import { unreadableRecord, type TriageRecord } from './triage-record';

const rec = (over: Partial<TriageRecord>): TriageRecord => ({
  set: 'PC1-logs.zip', path: '/f/PC1-logs.zip', machine: 'PC1', verdict: 'failed', section: 'scan.wua.proxy', errorCode: '0x80244021',
  failedStep: '13', wsusUrl: 'http://SUP01:8530', lastScan: '2026-03-10T09:15:00.000-05:00', cycles: 3, failedCycles: 1, ...over,
});

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, and defuses cells a spreadsheet would run as formulas', () => {
    const csv = toCsv([rec({ set: 'a,"b"', machine: '=HYPERLINK("x")', path: 'line\nbreak' })]);
    const [head, row] = csv.split('\r\n');
    expect(head).toBe('set,path,machine,verdict,section,errorCode,failedStep,wsusUrl,lastScan,cycles,failedCycles,error');
    expect(row).toContain('"a,""b"""');
    expect(row).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('"line\nbreak"');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
  it('leaves null cells empty', () => {
    expect(toCsv([rec({ section: null, errorCode: null })]).split('\r\n')[1]).toContain(',failed,,,13,');
  });
  it('streams rows after one header, whole even when a cell holds a CRLF', () => {
    const records = [rec({ path: 'D:\\fleet\r\nPC1.zip' }), rec({ set: 'PC2.zip' })];
    const streamed = toCsv([]) + records.map((r) => csvRows([r])).join('');
    expect(streamed).toBe(toCsv(records));
    expect(csvRows([records[0]])).toContain('"D:\\fleet\r\nPC1.zip"');
  });
});

describe('recordJson (NDJSON lines) and toBulk', () => {
  it('writes error only for unreadable sets, and a _bulk action before each record', () => {
    const lines = [rec({}), unreadableRecord({ name: 'x.zip', path: '/x.zip' }, 'not a zip')].map((r) => JSON.parse(recordJson(r)));
    expect('error' in lines[0]).toBe(false);
    expect(lines[1]).toMatchObject({ verdict: 'unreadable', error: 'not a zip', machine: 'x' });
    const bulk = toBulk([rec({})], 'fleet').split('\n');
    expect(bulk).toEqual([JSON.stringify({ index: { _index: 'fleet' } }), JSON.stringify(lines[0]), '']);
  });
  it('refuses index names Elasticsearch refuses', () => {
    expect(bulkIndexProblem('cmlens-triage')).toBeNull();
    for (const bad of ['', 'Upper', 'a b', '_x', 'a/b', 'a#b']) expect(bulkIndexProblem(bad), bad).not.toBeNull();
  });
});

describe('summarizeTriage', () => {
  it('counts verdicts and causes (section and code) most common first; healthy and unreadable sets are no cause', () => {
    const s = summarizeTriage([
      rec({}), rec({}), rec({ errorCode: '0x8024402C' }), rec({ verdict: 'incomplete', section: 'scan.location', errorCode: null }),
      rec({ verdict: 'healthy', section: 'scan.state', errorCode: '0x80041001' }), unreadableRecord({ name: 'y.zip', path: '/y.zip' }, 'broken'),
      rec({ verdict: 'incomplete', section: 'scan.location', errorCode: null }), rec({ verdict: 'incomplete', section: 'scan.location', errorCode: null }),
    ]);
    expect(s.total).toBe(8);
    expect(s.verdicts).toEqual([{ verdict: 'failed', count: 3 }, { verdict: 'incomplete', count: 3 }, { verdict: 'unreadable', count: 1 }, { verdict: 'healthy', count: 1 }]);
    expect(s.causes).toEqual([
      { section: 'scan.location', errorCode: null, count: 3 },
      { section: 'scan.wua.proxy', errorCode: '0x80244021', count: 2 },
      { section: 'scan.wua.proxy', errorCode: '0x8024402C', count: 1 },
    ]);
  });
});
