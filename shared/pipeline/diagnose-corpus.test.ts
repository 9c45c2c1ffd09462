// Every corpus log through diagnose, alone and (findingsanity) as the set it came from. The expectations come
// from reading the logs: see the MANIFEST notes and the comments below.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../formats/parse';
import { CORPUS_DIR, corpusFiles, hasCorpus } from '../../test/support/corpus';
import { diagnose } from './diagnose';
import { formatDiagnosisText } from './format-diagnosis';
import type { DiagnosisInput, DiagnosisResult } from './diagnosis-types';

/** The name the log had on its machine (the corpus file names carry a source prefix). */
function logicalName(file: string): string {
  const base = file.split('/').pop()!;
  const known = ['wuahandler', 'updatesstore', 'updateshandler', 'updatesdeployment', 'windowsupdate', 'cbs', 'msi', 'dism', 'smsts', 'ccmsetup'];
  const k = known.find((n) => base.includes(`-${n}`));
  const names: Record<string, string> = {
    wuahandler: 'WUAHandler.log', updatesstore: 'UpdatesStore.log', updateshandler: 'UpdatesHandler.log', updatesdeployment: 'UpdatesDeployment.log',
    windowsupdate: 'WindowsUpdate.log', cbs: 'CBS.log', msi: 'MSI.log', dism: 'dism.log', smsts: 'smsts.log', ccmsetup: 'ccmsetup.log',
  };
  return k ? names[k] : base;
}

function input(file: string): DiagnosisInput {
  const bytes = readFileSync(`${CORPUS_DIR}/${file}`);
  const p = parseBytes(bytes, file);
  return { source: file, name: logicalName(file), entries: p.entries, format: p.format };
}

function earlier(r: DiagnosisResult, section: string, code: string): number {
  return r.cycles.slice(0, -1).filter((c) => c.verdict === 'failed' && c.diagnoses[0]?.section === section && c.diagnoses[0]?.errorCode === code).length;
}

/** What each corpus log, diagnosed alone, must give. */
const EXPECT: Record<string, (r: DiagnosisResult) => void> = {
  // DISM/store repair failing with CBS_E_SOURCE_MISSING
  'cbs/alborz25-cbs-source-missing.log': (r) => {
    expect(r.verdict).toBe('failed');
    expect(r.diagnoses[0]).toMatchObject({ section: 'update.install.cbs', errorCode: '0x800F081F' });
  },
  // store corruption, CBS_E_INVALID_PACKAGE x110
  'cbs/appostarsi-cbs-win11-corrupt.log': (r) => expect(r.diagnoses[0]).toMatchObject({ section: 'update.install.cbs', errorCode: '0x800F0805' }),
  'cbs/hofcake-cbs-2015-wuagent.log': (r) => expect(r.diagnoses[0]).toMatchObject({ section: 'update.install.cbs', errorCode: '0x800F0805' }),
  // DISM in a task sequence: 'Failed to load offline store' errors
  'other/findingsanity-dism-ts.log': (r) => expect(r.diagnoses[0].section).toBe('update.install.cbs'),
  // GetUpdateInfo - failed to get targeted update, error = 0x87d00215
  'cmtrace/findingsanity-updatesdeployment.log': (r) => expect(r.diagnoses[0]).toMatchObject({ section: 'update.detection', errorCode: '0x87D00215' }),
  // three applicability scans, result=0x0
  'cmtrace/findingsanity-updateshandler.log': (r) => expect(r.verdict).toBe('healthy'),
  // status stored (step 16) with a resync state message error followed by its success: no scan seen, a warning
  'cmtrace/findingsanity-updatesstore.log': (r) => {
    expect(r.verdict).toBe('incomplete');
    expect(r.diagnoses[0]).toMatchObject({ section: 'scan.state', severity: 'warning', errorCode: '0x87D00310' });
  },
  // three successful scans against https://SCCM01D...:8531
  'cmtrace/findingsanity-wuahandler.log': (r) => {
    expect(r.verdict).toBe('healthy');
    expect(r.cycles.map((c) => c.verdict)).toEqual(['healthy', 'healthy', 'healthy']);
    expect(r.diagnoses.filter((d) => d.severity === 'error')).toEqual([]);
  },
  // no Return value 3 in either installer log
  'msi/jeremyoverman-msi-notepadpp-utf16.log': (r) => expect(r.verdict).toBe('healthy'),
  'msi/mustafa-msi-dell-supportassist-utf16.log': (r) => expect(r.verdict).toBe('healthy'),
  // last searches succeed; earlier ones were cancelled (0x8024000B)
  'windowsupdate-10/appostarsi-windowsupdate-errors.log': (r) => expect(r.verdict).toBe('healthy'),
  // the failing search (Exit code = 0x8024402F after proxy sends failed with 8024402C) is an earlier cycle; the last ones succeed
  'windowsupdate-10/debajyati-windowsupdate-proxyfail.log': (r) => {
    expect(r.verdict).toBe('healthy');
    expect(earlier(r, 'scan.wua.proxy', '0x8024402C')).toBeGreaterThanOrEqual(1);
  },
  // the log ends inside a CcmExec search (Id = 6) that has no END yet. Only CcmExec's searches make cycles: the
  // 50 searches by Update;ScanForUpdates, MoUpdateOrchestrator and others are context (before, each was a cycle)
  'windowsupdate-10/findingsanity-windowsupdate.log': (r) => {
    expect(r.verdict).toBe('incomplete');
    expect(r.scanOwner).toBe('configmgr');
    const text = readFileSync(`${CORPUS_DIR}/windowsupdate-10/findingsanity-windowsupdate.log`, 'utf8').split(/\r?\n/);
    expect(r.cycles.length).toBe(text.filter((l) => /\* START \* Finding updates CallerId = CcmExec\b/.test(l)).length);
    for (const c of r.cycles) {
      const at = c.pipeline.find((p) => p.step === '13')!;
      expect(text[at.line! - 1]).toMatch(/CcmExec|Found \d+ updates/);
    }
  },
  'windowsupdate-10/lee7723-windowsupdate-dashdate-2020.log': (r) => expect(r.verdict).toBe('healthy'),
  // line 2378: Exit code = 0x8024402C, later searches succeed
  'windowsupdate-10/privacytarget-windowsupdate-bom.log': (r) => {
    expect(r.verdict).toBe('healthy');
    expect(earlier(r, 'scan.wua.proxy', '0x8024402C')).toBe(1);
  },
  'windowsupdate-10/rajafahad-windowsupdate.log': (r) => expect(r.verdict).toBe('healthy'),
  // network down: the last driver search ends with Exit code = 0x8024402C (line 10690). No CcmExec search in the
  // log: Windows Update's own searches are the scans, and the verdict says so
  'windowsupdate-10/reeceketley-windowsupdate-offline.log': (r) => {
    expect(r.verdict).toBe('failed');
    expect(r.scanOwner).toBe('windows-update');
    expect(formatDiagnosisText(r).split('\n')[0]).toBe("Verdict: FAILED — Windows Update's own scan (no Configuration Manager search in these logs)");
    expect(r.diagnoses[0]).toMatchObject({ section: 'scan.wua.proxy', errorCode: '0x8024402C' });
    expect(r.diagnoses[0].evidence.some((e) => e.line === 10690)).toBe(true);
  },
  'windowsupdate-legacy/rkudache-windowsupdate-win7.log': (r) => expect(r.verdict).toBe('healthy'),
  // scans against http://wsus12.birzeit.edu:8530 time out (0x80072EE2) for weeks; the last search (2018-11-12) succeeds
  'windowsupdate-legacy/rsasbeih-windowsupdate-wsus-timeout.log': (r) => {
    expect(r.verdict).toBe('healthy');
    expect(earlier(r, 'scan.wua.http', '0x80072EE2')).toBeGreaterThan(50);
    const timeout = r.cycles.find((c) => c.diagnoses[0]?.errorCode === '0x80072EE2')!;
    expect(timeout.diagnoses[0].nextSteps.join('\n')).toContain('http://wsus12.birzeit.edu:8530/Selfupdate/wuident.cab');
    // the weeks of timeouts said in one line, not a list of the last few cycles
    const text = formatDiagnosisText(r);
    expect(text).toMatch(/^History: \d+ of \d+ scans failed since 2018-10-02 \d\d:\d\d; last failure 0x8024\w{4} \(scan\.wua\.http\) at 2018-1\d-\d\d \d\d:\d\d; last success 2018-11-12 \d\d:\d\d\.$/m);
    expect(text).toMatch(/^ {2}Failures by cause: 0x80072EE2 \(scan\.wua\.http\) ×\d+/m);
    expect(r.history!.failed).toBe(r.cycles.filter((c) => c.verdict === 'failed').length);
    expect(text.split('\n').length).toBeLessThan(40);
  },
};

const NO_DATA = ['cmtrace/ernestoleon-smsts-osd.log', 'cmtrace/jimbocalvo-ccmsetup-bitsfail.log', 'cmtrace/maxmoon-mdt-bdd.log', 'cmtrace/maxmoon-smsts-envblock.log', 'cmtrace/plaso-sccm-various.log', 'iis/plaso-iis-without-date.log', 'iis/plaso-iis6-w3c.log', 'other/appostarsi-setupact-rollback.log'];

describe.runIf(hasCorpus)('diagnose on the corpus', () => {
  it.each(corpusFiles().map((c) => [c.file] as const))('%s', (file) => {
    const r = diagnose([input(file)]);
    if (NO_DATA.includes(file)) {
      expect(r.verdict).toBe('no-data');
      expect(r.diagnoses[0].section).toBe('intro.scoping');
      return;
    }
    const check = EXPECT[file];
    expect(check, `no expectation written for ${file}`).toBeDefined();
    check(r);
  });

  it("the agent's routine E_INVALIDARG (AuthTicketHelper::AddTickets, logged by healthy agents too) never calls the agent broken", () => {
    const r = diagnose([input('windowsupdate-10/appostarsi-windowsupdate-errors.log')]);
    // the driver search cancelled at 08:16:48 (0x8024000B) still fails its cycle, for what the agent saw there
    const cancelled = r.cycles.find((c) => c.start?.startsWith('2023-05-22T08:16:29'));
    expect(cancelled?.verdict).toBe('failed');
    const onRoutine = r.cycles.flatMap((c) => c.diagnoses).filter((d) => d.evidence.some((e) => e.text.includes('AuthTicketHelper::AddTickets')));
    expect(onRoutine.map((d) => d.id)).toEqual([]);
  });

  it('the findingsanity logs together: a healthy latest scan, the WSUS server from the logs', () => {
    const files = ['cmtrace/findingsanity-wuahandler.log', 'cmtrace/findingsanity-updatesstore.log', 'cmtrace/findingsanity-updatesdeployment.log', 'cmtrace/findingsanity-updateshandler.log', 'windowsupdate-10/findingsanity-windowsupdate.log'];
    const r = diagnose(files.map(input));
    expect(r.kind).toBe('scan');
    // WUAHandler's third "Successfully completed scan" (08:58:01) closes the cycle the WindowsUpdate.log copy is cut inside
    expect(r.verdict).toBe('healthy');
    // WindowsUpdate.log also holds CcmExec searches of the day before, which WUAHandler.log no longer covers
    expect(r.cycles.length).toBeGreaterThan(3);
    expect(r.cycles.slice(-3).every((c) => c.verdict === 'healthy')).toBe(true);
    expect(r.diagnoses.filter((d) => d.severity === 'error')).toEqual([]);
    // WindowsUpdate.log carries no offset: the set's (+240 bias) lines it up with WUAHandler, so its searches fall in the cycles
    expect(r.pipeline.find((p) => p.step === '13')?.status).toBe('done');
    expect(r.pipeline.find((p) => p.step === '15')?.status).toBe('done');
    // the deployment error is listed, as a warning about the set
    expect(r.diagnoses.some((d) => d.section === 'update.detection' && d.severity === 'warning')).toBe(true);
    expect(r.scanOwner).toBe('configmgr');
    expect(formatDiagnosisText(r)).not.toContain("Windows Update's own scan");
  });
});
if (!hasCorpus) console.warn('*** corpus absent: diagnose-corpus tests SKIPPED ***');
