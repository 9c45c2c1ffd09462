// The project's own fixtures (fixtures/): one per format and one per quirk, read through parseBytes as the
// app reads a file. These run everywhere, with or without ../shared/corpus.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../model/log-entry';
import { parseBytes } from './parse';
import { problemText } from '../api/messages';

const read = (name: string) => parseBytes(new Uint8Array(readFileSync(join(__dirname, 'fixtures', name))), name);
const at = (entries: LogEntry[], line: number): LogEntry => {
  const e = entries.find((x) => x.line === line);
  if (!e) throw new Error(`no entry starts at line ${line}`);
  return e;
};
const utc = Date.UTC;

describe('fixtures: one per format', () => {
  it.each([
    ['cmtrace-quirks.log', 'cmtrace', 'utf-8', 17],
    ['cmtrace-utf16le-bom.log', 'cmtrace', 'utf-16le', 2],
    ['cmtrace-utf16be-bom.log', 'cmtrace', 'utf-16be', 2],
    ['cmtrace-utf8-bom.log', 'cmtrace', 'utf-8-bom', 2],
    ['sms-wsyncmgr.log', 'sms', 'utf-8', 8],
    ['windowsupdate-legacy-lf.log', 'windowsupdate-legacy', 'utf-8', 3],
    ['windowsupdate10-utf16le-nobom.log', 'windowsupdate-10', 'utf-16le', 2],
    ['windowsupdate10-utf16be-nobom.log', 'windowsupdate-10', 'utf-16be', 2],
    ['softwaredistribution.log', 'softwaredistribution', 'utf-8', 7],
    ['cbs-truncated-last-line.log', 'cbs', 'utf-8', 3],
    ['cbs-invalid-bytes.log', 'cbs', 'utf-8', 2],
    ['msi-verbose-ddmmyyyy-utf16le.log', 'msi', 'utf-16le', 11],
    ['u_ex261124.log', 'iis-w3c', 'utf-8', 6],
    ['plain.log', 'plain', 'utf-8', 3],
  ] as const)('%s: %s, %s, %d lines, none lost', (file, format, encoding, lines) => {
    const r = read(file);
    expect(r.format).toBe(format);
    expect(r.encoding).toBe(encoding);
    expect(r.lineCount).toBe(lines);
    expect(r.entries.reduce((n, e) => n + e.lineCount, 0)).toBe(lines);
  });
});

describe('fixture: cmtrace quirks', () => {
  const { entries } = read('cmtrace-quirks.log');
  it('a line before any entry is an entry of its own', () => {
    expect(at(entries, 1)).toMatchObject({ lineCount: 1, wallMs: null, component: null, text: 'stray text before any entry' });
  });
  it('type 3, thread "4120 (0x1018)", bias +300', () => {
    expect(at(entries, 2)).toMatchObject({ severity: 'error', thread: 4120, utcOffset: -300, offsetUncertain: false, wallMs: utc(2026, 10, 24, 10, 21, 9, 501) });
  });
  it('multi-line text, unpadded date, negative bias, type 0, empty thread', () => {
    expect(at(entries, 3)).toMatchObject({
      lineCount: 3, wallMs: utc(2026, 0, 2, 10, 21, 10), utcOffset: 60, severity: 'info', thread: null, component: 'UpdatesDeployment',
      text: 'CIAssignmentMessage:\n<CIAssignmentMessage SchemaVersion="1.0">\n</CIAssignmentMessage>',
    });
  });
  it('bare CR stays in the text; MDT writers make the offset uncertain', () => {
    expect(at(entries, 6)).toMatchObject({ lineCount: 1, text: 'DiskPart progress   0 percent\r 50 percent\r100 percent', utcOffset: 0, offsetUncertain: true });
  });
  it('two-digit bias +00 is a certain UTC offset', () => {
    expect(at(entries, 7)).toMatchObject({ utcOffset: 0, offsetUncertain: false, thread: 3988 });
  });
  it('sign-less bias (script) and "+-" bias are uncertain', () => {
    expect(at(entries, 8)).toMatchObject({ utcOffset: -120, offsetUncertain: true, severity: 'warning', wallMs: utc(2024, 2, 1, 10) });
    expect(at(entries, 9)).toMatchObject({ utcOffset: 240, offsetUncertain: true });
  });
  it('7-digit fraction without bias: truncated, no offset', () => {
    expect(at(entries, 10)).toMatchObject({ utcOffset: null, offsetUncertain: false, wallMs: utc(2015, 0, 2, 10, 22, 50, 842) });
  });
  it('odd spacing and missing attributes', () => {
    expect(at(entries, 11)).toMatchObject({ utcOffset: 330, component: 'ContentAccess', thread: 6744, severity: 'warning', wallMs: utc(2014, 11, 23, 7, 3, 10, 647) });
    expect(at(entries, 12)).toMatchObject({ wallMs: null, utcOffset: null, component: 'NoTime', thread: null, severity: 'info', text: 'Missing attributes' });
  });
  it('an unterminated entry followed by a new one is closed on its own', () => {
    expect(at(entries, 13)).toMatchObject({ lineCount: 1, wallMs: null, text: 'Writer died mid-entry' });
    expect(at(entries, 14)).toMatchObject({ lineCount: 1, thread: 12, text: 'Next entry' });
  });
  it('the tail of an interleaved write keeps its attributes', () => {
    expect(at(entries, 15)).toMatchObject({ lineCount: 1, component: 'RunPowerShellScript', thread: 1100, text: 'ding file /SMS_DP_SMSPKG$/P0100001/setup.exe range 0-1000' });
  });
  it('an entry still open at the end of the file is flushed', () => {
    expect(at(entries, 16)).toMatchObject({ lineCount: 2, text: 'Unterminated at end of file\nsecond line of it' });
  });
});

describe('fixture: other formats', () => {
  it('sms: head-less first line, continuation, bias, derived severity', () => {
    const { entries } = read('sms-wsyncmgr.log');
    expect(at(entries, 1)).toMatchObject({ lineCount: 1, wallMs: null, text: '(continued from previous log file)' });
    expect(at(entries, 2)).toMatchObject({ component: 'SMS_WSUS_SYNC_MANAGER', thread: 5000, utcOffset: -300, wallMs: utc(2026, 10, 24, 10, 21, 3, 123), text: 'Starting Sync', severity: 'info' });
    expect(at(entries, 4)).toMatchObject({ lineCount: 2, severity: 'error' });
    expect(at(entries, 4).text).toContain('\nSTATMSG: ID=6703 SEV=E');
    expect(at(entries, 8)).toMatchObject({ severity: 'info', text: 'Sync time: 0d00h03m56s' });
  });

  it('softwaredistribution: UTC, level column, stack-trace continuations', () => {
    const { entries } = read('softwaredistribution.log');
    expect(at(entries, 1)).toMatchObject({ utcOffset: 0, wallMs: utc(2026, 10, 24, 10, 21, 3, 123), thread: 12, component: 'EventLogEventReporter.ReportEvent', severity: 'info' });
    expect(at(entries, 3)).toMatchObject({ lineCount: 3, severity: 'error' });
    expect(at(entries, 6)).toMatchObject({ severity: 'warning' });
    expect(at(entries, 7)).toMatchObject({ thread: 7 });
  });

  it('cbs: truncated last line kept as an entry', () => {
    const r = read('cbs-truncated-last-line.log');
    expect(at(r.entries, 3)).toMatchObject({ text: 'Ending Trusted Ins', component: 'CBS', wallMs: utc(2020, 1, 3, 23, 50, 30) });
    expect(at(r.entries, 2)).toMatchObject({ severity: 'error' });
  });

  it('invalid bytes: replaced and reported, the entry survives', () => {
    const r = read('cbs-invalid-bytes.log');
    expect(at(r.entries, 1).text).toBe('Caf\uFFFD \uFFFD text');
    expect(r.problems.map(problemText).join()).toContain('U+FFFD');
  });

  it('msi: dd/mm/yyyy header, midnight rollover, failure lines', () => {
    const { entries } = read('msi-verbose-ddmmyyyy-utf16le.log');
    expect(at(entries, 1)).toMatchObject({ wallMs: utc(2026, 10, 24, 23, 59, 58) });
    expect(at(entries, 3)).toMatchObject({ lineCount: 2, component: 'MSI (c)', thread: 0x94 });
    expect(at(entries, 6)).toMatchObject({ wallMs: utc(2026, 10, 25, 0, 0, 1, 2), severity: 'warning', thread: 0xb8 });
    expect(at(entries, 7)).toMatchObject({ severity: 'error' });
    expect(at(entries, 8)).toMatchObject({ severity: 'error', wallMs: utc(2026, 10, 25, 0, 0, 1) });
    expect(at(entries, 9)).toMatchObject({ lineCount: 2, wallMs: null });
    expect(at(entries, 11)).toMatchObject({ wallMs: utc(2026, 10, 25, 0, 0, 2) });
  });

  it('iis: UTC times, status severity, uri stem component', () => {
    const { entries } = read('u_ex261124.log');
    expect(at(entries, 5)).toMatchObject({ utcOffset: 0, wallMs: utc(2026, 10, 24, 10, 21, 3), component: '/ClientWebService/client.asmx', severity: 'info', thread: null });
    expect(at(entries, 6)).toMatchObject({ severity: 'error', component: '/SimpleAuthWebService/SimpleAuth.asmx' });
  });

  it('legacy WindowsUpdate.log with LF only', () => {
    const { entries } = read('windowsupdate-legacy-lf.log');
    expect(at(entries, 1)).toMatchObject({ thread: 0xec, component: 'COMAPI', wallMs: utc(2018, 9, 8, 8, 31, 56, 427), utcOffset: null });
    expect(at(entries, 3)).toMatchObject({ severity: 'error' });
  });

  it('plain: leading timestamps where present', () => {
    const { entries } = read('plain.log');
    expect(at(entries, 1)).toMatchObject({ wallMs: utc(2026, 10, 24, 10, 21, 3, 123), utcOffset: null });
    expect(at(entries, 2)).toMatchObject({ wallMs: null });
    expect(at(entries, 3)).toMatchObject({ wallMs: utc(2026, 10, 24, 13, 21, 5), severity: 'error' });
  });

  it('binary input is refused with a problem, not an exception', () => {
    const r = read('binary.bin');
    expect(r.entries).toEqual([]);
    expect(r.problems.map(problemText).join()).toMatch(/binary/);
  });
});
