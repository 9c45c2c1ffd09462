// Every real log in ../shared/corpus (MANIFEST.tsv): detected as the right format, no line lost, times in
// order where the writer's are, and spot checks of lines read by hand in the files.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FormatName, LogEntry } from '../model/log-entry';
import { corpusFiles, hasCorpus } from '../../test/support/corpus';
import { decodeBytes } from './encoding';
import { parseBytes } from './parse';

const files = corpusFiles();

/** The format each corpus folder holds (MANIFEST's notes: setupact and dism.log are CBS-like). */
const FOLDER_FORMAT: Record<string, FormatName> = {
  cbs: 'cbs',
  cmtrace: 'cmtrace',
  iis: 'iis-w3c',
  msi: 'msi',
  other: 'cbs',
  'windowsupdate-10': 'windowsupdate-10',
  'windowsupdate-legacy': 'windowsupdate-legacy',
};

/**
 * How far the wall clock may run backwards between consecutive timed entries, per format, and why.
 * Files not listed under EXCEPTIONS must respect these.
 */
const MAX_BACKWARDS_MS: Record<FormatName, number> = {
  cbs: 0,
  cmtrace: 0,
  'iis-w3c': 0,
  // Action lines carry whole seconds between millisecond engine lines, and (c)/(s) engines interleave.
  msi: 1_000,
  // Get-WindowsUpdateLog's ETL decoding: a few lines come out exactly one minute early (debajyati 655-656).
  'windowsupdate-10': 60_000,
  // The legacy agent buffers per thread: AU lines land after DnldMgr lines up to ~2 minutes newer (rsasbeih 11805).
  'windowsupdate-legacy': 120_000,
  sms: 0,
  softwaredistribution: 0,
  plain: Infinity,
};
/** plaso's fixture is assembled from several client logs of different days: no order to keep. */
const EXCEPTIONS = new Set(['cmtrace/plaso-sccm-various.log']);

const parsed = new Map<string, ReturnType<typeof parseBytes> & { text: string }>();
function parse(file: string, path: string) {
  let r = parsed.get(file);
  if (!r) {
    const bytes = new Uint8Array(readFileSync(path));
    const p = parseBytes(bytes, file.split('/').pop()!);
    r = { ...p, text: decodeBytes(bytes, p.encoding) };
    parsed.set(file, r);
  }
  return r;
}

describe.skipIf(!hasCorpus)('corpus', () => {
  it('has the files the MANIFEST lists', () => {
    expect(files.length).toBeGreaterThanOrEqual(27);
  });

  describe.each(files.map((f) => [f.file, f] as const))('%s', (file, f) => {
    it('is detected as the format of its folder', () => {
      expect(parse(file, f.path).format).toBe(FOLDER_FORMAT[file.split('/')[0]]);
    });

    it('has the MANIFEST line count (wc -l, plus a kept unterminated last line) and loses none', () => {
      const r = parse(file, f.path);
      const unterminatedTail = r.text.length > 0 && !r.text.endsWith('\n') ? 1 : 0;
      expect(r.lineCount).toBe(f.lines + unterminatedTail);
      expect(r.entries.reduce((n, e) => n + e.lineCount, 0)).toBe(r.lineCount);
      // Entries tile the file: each starts where the previous ended.
      let next = 1;
      for (const e of r.entries) {
        expect(e.line).toBe(next);
        next = e.line + e.lineCount;
      }
      expect(r.problems.filter((p) => p.code !== 'invalidBytes')).toEqual([]);
    });

    it('keeps the writer\'s time order (within the documented slack)', () => {
      const r = parse(file, f.path);
      const timed = r.entries.filter((e) => e.wallMs !== null);
      // IIS directives and MSI property/custom-action lines carry no time; everything else does.
      const timedShare = r.format === 'iis-w3c' || r.format === 'msi' ? 0.75 : 0.99;
      expect(timed.length).toBeGreaterThan(r.entries.length * timedShare);
      if (EXCEPTIONS.has(file)) return;
      let worst = 0;
      for (let i = 1; i < timed.length; i++) worst = Math.max(worst, timed[i - 1].wallMs! - timed[i].wallMs!);
      expect(worst).toBeLessThanOrEqual(MAX_BACKWARDS_MS[r.format]);
    });
  });

  // Lines read by hand in the files. [file, line where the entry starts, what it must hold].
  const utc = Date.UTC;
  const SPOT: [string, number, Partial<LogEntry> & { textHas?: string }][] = [
    ['cbs/alborz25-cbs-source-missing.log', 366, { wallMs: utc(2020, 1, 4, 17, 51, 1), component: 'CBS', severity: 'info', utcOffset: null, text: 'Failed to repair store. [HRESULT = 0x800f081f - CBS_E_SOURCE_MISSING]' }],
    ['cbs/appostarsi-cbs-win11-corrupt.log', 4416, { wallMs: utc(2023, 4, 17, 8, 44, 13), component: 'CSI', severity: 'error', textHas: 'Hydration failed with error NTSTATUS_FROM_WIN32(ERROR_INVALID_DATA)' }],
    ['cbs/hofcake-cbs-2015-wuagent.log', 24, { wallMs: utc(2015, 1, 23, 21, 47, 39), component: 'CBS', textHas: 'CBS_E_INVALID_PACKAGE' }],
    ['other/appostarsi-setupact-rollback.log', 51, { wallMs: utc(2023, 4, 23, 0, 33, 18), component: 'SP', severity: 'error', textHas: 'Failed to read the rollback GUID' }],
    ['other/appostarsi-setupact-rollback.log', 80, { component: null, severity: 'error', text: '[SetupPlatform.exe] IOCTL_STORAGE_QUERY_PROPERTY failed: 0x1' }],
    ['other/findingsanity-dism-ts.log', 1, { wallMs: utc(2019, 3, 17, 10, 7, 38), component: 'DISM', thread: 1248, severity: 'info', textHas: "Scratch directory set to 'C:\\_SMSTaskSequence\\PkgMgrTemp\\'." }],
    ['other/findingsanity-dism-ts.log', 1223, { component: 'CBS', severity: 'error', textHas: 'ERROR_SHARING_VIOLATION' }],
    ['cmtrace/findingsanity-updatesdeployment.log', 8, { wallMs: utc(2021, 6, 14, 8, 52, 46, 778), utcOffset: -240, component: 'UpdatesDeploymentAgent', thread: 10472, severity: 'warning', text: 'No CCM Identification blob' }],
    ['cmtrace/findingsanity-updatesdeployment.log', 22, { wallMs: utc(2021, 6, 14, 8, 53, 19, 672), thread: 10928, severity: 'error', text: 'GetUpdateInfo - failed to get targeted update, error = 0x87d00215.' }],
    ['cmtrace/jimbocalvo-ccmsetup-bitsfail.log', 217, { lineCount: 3, wallMs: utc(2020, 1, 4, 15, 10, 38, 83), utcOffset: 0, offsetUncertain: false, component: 'ccmsetup', thread: 3912, severity: 'error', text: 'Failed to download files through BITS. Error: 0x80190194, Description HTTP status 404: The requested URL does not exist on the server.\n, Context: The error occurred while the remote file was being processed.\n.' }],
    ['cmtrace/jimbocalvo-ccmsetup-bitsfail.log', 220, { lineCount: 1, severity: 'error', text: 'Failed to download client files by BITS. Error 0x80190194' }],
    ['cmtrace/maxmoon-smsts-envblock.log', 59, { lineCount: 2, wallMs: utc(2024, 1, 7, 16, 53, 52, 899), utcOffset: -480, component: 'TSManager', thread: 1328, severity: 'error', textHas: '\nThe parameter is incorrect. (Error: 80070057; Source: Windows)' }],
    ['cmtrace/maxmoon-mdt-bdd.log', 611, { lineCount: 1, wallMs: utc(2024, 1, 7, 16, 53, 59), component: 'ZTIDiskpart', thread: null, utcOffset: 0, offsetUncertain: true, text: '  Console > \r    0 percent completed\r  100 percent completed' }],
    ['cmtrace/ernestoleon-smsts-osd.log', 357, { lineCount: 1, component: 'RunPowerShellScript', thread: 1100, utcOffset: -240, wallMs: utc(2019, 9, 18, 10, 19, 30, 535), textHas: 'ding file /SMS_DP_SMSPKG$/MAX00ADA' }],
    ['cmtrace/plaso-sccm-various.log', 1, { wallMs: utc(2014, 10, 28, 19, 33, 19, 766), utcOffset: 330, component: 'AppEnforce', thread: 8744, severity: 'info', textHas: '+++ Starting Install enforcement for App DT "Application Foo Version 2.2"' }],
    ['cmtrace/plaso-sccm-various.log', 3, { wallMs: utc(2015, 0, 2, 10, 22, 50, 842), utcOffset: null, component: 'SCClient', thread: 16, severity: 'info', textHas: 'instance of CCM_InstanceEvent' }],
    ['iis/plaso-iis-without-date.log', 5, { wallMs: utc(2013, 6, 30, 0, 0, 0), utcOffset: 0, component: '/some/image/path/something.jpg', severity: 'info' }],
    ['iis/plaso-iis6-w3c.log', 16, { wallMs: utc(2015, 9, 16, 13, 1, 2), utcOffset: 0, component: '/foo/bar/baz.asp', severity: 'error' }],
    ['msi/jeremyoverman-msi-notepadpp-utf16.log', 1, { wallMs: utc(2015, 3, 25, 4, 25, 27), text: '=== Logging started: 4/25/2015  4:25:27 ===' }],
    ['msi/jeremyoverman-msi-notepadpp-utf16.log', 14, { wallMs: null, severity: 'error', textHas: 'Error 0x80070057: Missing folder property' }],
    ['msi/jeremyoverman-msi-notepadpp-utf16.log', 64, { lineCount: 2, wallMs: utc(2015, 3, 25, 4, 25, 27, 728), component: 'MSI (s)', thread: 0x70, severity: 'info', text: 'Product: Notepad++ 6.7.4 -- Configuration completed successfully.\n' }],
    ['msi/mustafa-msi-dell-supportassist-utf16.log', 2, { wallMs: utc(2023, 9, 31, 9, 12, 53, 767), component: 'MSI (c)', thread: 0x94, text: 'Resetting cached policy values' }],
    ['windowsupdate-10/debajyati-windowsupdate-proxyfail.log', 4297, { wallMs: utc(2024, 3, 12, 1, 39, 39, 327), thread: 12948, component: 'Agent', severity: 'error', utcOffset: null, text: '* END * Finding updates CallerId = MoUpdateOrchestrator, Id = 5, Exit code = 0x8024402F (cV = qEYuRodYLkuAjaKs.0.1.0.0.2)' }],
    ['windowsupdate-10/privacytarget-windowsupdate-bom.log', 2378, { wallMs: utc(2024, 2, 12, 19, 50, 5, 918), thread: 12036, severity: 'error', textHas: 'Exit code = 0x8024402C' }],
    ['windowsupdate-10/reeceketley-windowsupdate-offline.log', 10590, { wallMs: utc(2024, 4, 31, 16, 45, 56, 136), thread: 10908, severity: 'error', textHas: 'Exit code = 0x8024402F' }],
    ['windowsupdate-10/lee7723-windowsupdate-dashdate-2020.log', 1, { wallMs: utc(2020, 8, 20, 13, 5, 38, 939), thread: 2224, component: 'Agent', severity: 'info' }],
    ['windowsupdate-10/rajafahad-windowsupdate.log', 296, { thread: 5392, component: 'Handler', severity: 'error', text: '*FAILED* [80070032] Method failed [AppxPackage::Initialize:232]' }],
    ['windowsupdate-10/findingsanity-windowsupdate.log', 12, { wallMs: utc(2021, 6, 13, 10, 23, 6, 346), component: 'Misc', severity: 'error' }],
    ['windowsupdate-10/appostarsi-windowsupdate-errors.log', 128, { thread: 7148, component: 'Agent', severity: 'error' }],
    ['windowsupdate-legacy/rkudache-windowsupdate-win7.log', 1, { wallMs: utc(2021, 7, 28, 3, 7, 48, 216), thread: 0x13bc, component: 'Report', severity: 'info', utcOffset: null, text: 'CWERReporter finishing event handling. (00000000)' }],
    ['windowsupdate-legacy/rsasbeih-windowsupdate-wsus-timeout.log', 224, { wallMs: utc(2018, 9, 2, 10, 55, 18, 145), thread: 0x12cc, component: 'Agent', severity: 'error', text: 'WARNING: WU client failed Searching for update with error 0x80072ee2' }],
  ];

  it.each(SPOT)('%s line %d', (file, line, want) => {
    const f = files.find((x) => x.file === file);
    expect(f, file).toBeDefined();
    const e = parse(file, f!.path).entries.find((x) => x.line === line);
    expect(e, `entry at line ${line}`).toBeDefined();
    const { textHas, ...fields } = want;
    expect(e).toMatchObject(fields);
    if (textHas) expect(e!.text).toContain(textHas);
  });
});
