import { describe, expect, it } from 'vitest';
import { filterRecords, sortRecords, valueCounts } from './fleet-query';
import type { TriageRecord } from './triage-record';

const rec = (set: string, over: Partial<TriageRecord>): TriageRecord => ({
  set, path: `/f/${set}`, machine: set, verdict: 'failed', section: 'scan.wua.proxy', errorCode: '0x80244021', failedStep: '13',
  wsusUrl: 'http://SUP01:8530', lastScan: '2026-03-10T09:15:00.000-05:00', cycles: 1, failedCycles: 1, ...over,
});
const fleet = [
  rec('PC3', { verdict: 'healthy', section: null, errorCode: null, failedStep: null, failedCycles: 0, lastScan: '2026-03-10T20:00:00.000+08:00' }),
  rec('PC1', { failedStep: '9', errorCode: '0x8024402C', wsusUrl: 'http://SUP02:8530' }),
  rec('PC10', { lastScan: '2026-03-11T01:00:00.000+00:00', failedCycles: 4, cycles: 5 }),
  rec('PC2', { verdict: 'unreadable', section: null, errorCode: null, failedStep: null, wsusUrl: null, lastScan: null, cycles: 0, failedCycles: 0 }),
  rec('PC4', { verdict: 'incomplete', section: 'scan.location', errorCode: null, failedStep: 'S2' }),
];
const names = (rs: TriageRecord[]) => rs.map((r) => r.set);

describe('filterRecords', () => {
  it('filters by verdict, section, code (empty for none) and WSUS server', () => {
    expect(names(filterRecords(fleet, { verdict: 'failed' }))).toEqual(['PC1', 'PC10']);
    expect(names(filterRecords(fleet, { section: 'scan.wua.proxy', errorCode: '0x80244021' }))).toEqual(['PC10']);
    expect(names(filterRecords(fleet, { errorCode: '' }))).toEqual(['PC3', 'PC2', 'PC4']);
    expect(names(filterRecords(fleet, { wsusUrl: 'http://SUP02:8530' }))).toEqual(['PC1']);
  });
  it('filters by the instant of the last scan, whatever zone each client wrote it in', () => {
    // PC3 scanned at 12:00 UTC, PC1/PC4 at 14:15 UTC, PC10 at 01:00 UTC the next day.
    expect(names(filterRecords(fleet, { fromMs: Date.UTC(2026, 2, 10, 13), toMs: Date.UTC(2026, 2, 11) }))).toEqual(['PC1', 'PC4']);
    expect(names(filterRecords(fleet, { toMs: Date.UTC(2026, 2, 10, 13) }))).toEqual(['PC3']);
  });
});

describe('sortRecords', () => {
  it('sorts verdicts by severity, steps in pipeline order, names numerically, and times by instant; missing values last', () => {
    expect(names(sortRecords(fleet, 'verdict', 'asc'))).toEqual(['PC1', 'PC10', 'PC4', 'PC2', 'PC3']);
    expect(names(sortRecords(fleet, 'failedStep', 'asc'))).toEqual(['PC1', 'PC10', 'PC4', 'PC2', 'PC3']);
    expect(names(sortRecords(fleet, 'set', 'desc'))).toEqual(['PC10', 'PC4', 'PC3', 'PC2', 'PC1']);
    expect(names(sortRecords(fleet, 'lastScan', 'desc'))).toEqual(['PC10', 'PC1', 'PC4', 'PC3', 'PC2']);
    expect(names(sortRecords(fleet, 'failedCycles', 'desc'))[0]).toBe('PC10');
    // Hex codes in code order, not by their digit runs (0x80072EE2 before 0x87D00692).
    const codes = [rec('A', { errorCode: '0x87D00692' }), rec('B', { errorCode: '0x80072EE2' }), rec('C', { errorCode: '0x8024401B' })];
    expect(sortRecords(codes, 'errorCode', 'asc').map((r) => r.errorCode)).toEqual(['0x80072EE2', '0x8024401B', '0x87D00692']);
  });
});

describe('valueCounts', () => {
  it('lists a field\'s values most common first', () => {
    expect(valueCounts(fleet, 'verdict')).toEqual([{ value: 'failed', count: 2 }, { value: 'healthy', count: 1 }, { value: 'incomplete', count: 1 }, { value: 'unreadable', count: 1 }]);
  });
});
