// Every fixture log set with what diagnose must say about it: the rule tests, the CLI and e2e tests use them.
import type { SectionId } from '../../../shared/knowledge/section-ids';
import { clientScanFiles, type ScanOutcome } from '../../../scripts/samples/client-scan';
import { PUBLISHED_FAILURE_SETS } from './published-failures';
import { cbsFiles, deploymentFiles, msiFiles, syncFiles } from './server-and-install';
import type { LogSet, LogSetExpect } from './types';

export type { LogSet, LogSetExpect } from './types';

const SERVER = 'http://SUP01.contoso.com:8530';
const ZONES = [
  { bias: 300, tag: 'utc-5' },
  { bias: -480, tag: 'utc+8' },
  { bias: 0, tag: 'utc' },
  { bias: -330, tag: 'utc+5h30' },
] as const;

function scanSet(outcome: ScanOutcome, expect: LogSetExpect, i: number, opts: { legacy?: boolean; history?: boolean; noWu?: boolean; otherCaller?: boolean } = {}): LogSet {
  const z = ZONES[i % ZONES.length];
  const cycles = opts.history ? [{ at: 0, outcome: 'healthy' as ScanOutcome }, { at: 86_400, outcome }] : [{ at: 0, outcome }];
  return {
    name: `scan-${outcome}${opts.legacy ? '-win7' : ''}${opts.noWu ? '-no-wulog' : ''}${opts.otherCaller ? '-other-caller' : ''}-${z.tag}`,
    files: clientScanFiles({
      start: '2026-03-10 09:15:00', bias: z.bias, server: SERVER, wuStyle: opts.legacy ? 'legacy' : 'win10', cycles, withWindowsUpdateLog: !opts.noWu,
      otherCallerSearch: opts.otherCaller,
    }),
    expect: { cycles: cycles.length, ...expect },
  };
}

const fail = (primarySection: SectionId, errorCode: string | null, evidenceIncludes?: string, alsoSections?: SectionId[]): LogSetExpect => ({
  verdict: 'failed', primarySection, errorCode, evidenceIncludes, alsoSections,
});

/** One failing set per section the scan rules cover, and healthy ones, across time zones and both WindowsUpdate.log styles. */
export const SCAN_SETS: readonly LogSet[] = [
  scanSet('healthy', { verdict: 'healthy', primarySection: null }, 0),
  scanSet('healthy', { verdict: 'healthy', primarySection: null }, 1, { legacy: true }),
  scanSet('healthy', { verdict: 'healthy', primarySection: null }, 2, { history: true }),
  scanSet('healthy', { verdict: 'healthy', primarySection: null }, 3),
  // Automatic Updates' own search fails on the proxy meanwhile: shown as context, the ConfigMgr scan stays healthy
  scanSet('healthy', { verdict: 'healthy', primarySection: null, alsoSections: ['scan.wua'] }, 0, { otherCaller: true }),
  scanSet('healthy', { verdict: 'healthy', primarySection: null, alsoSections: ['scan.wua'] }, 1, { otherCaller: true, legacy: true }),
  scanSet('proxy-502', fail('scan.wua.proxy', '0x80244021', 'Failed to end search job', ['scan.wua']), 2, { otherCaller: true }),
  scanSet('proxy-502', fail('scan.wua.proxy', '0x80244021', 'Failed to end search job'), 0, { history: true }),
  scanSet('proxy-502', fail('scan.wua.proxy', '0x80244021', 'WU client failed Searching'), 1, { legacy: true }),
  scanSet('proxy-407', fail('scan.wua.proxy', '0x8024401B'), 2),
  scanSet('proxy-dns', fail('scan.wua.proxy', '0x8024402C', '*FAILED* [8024402C]'), 3),
  scanSet('http-timeout', fail('scan.wua.http', '0x80072EE2', 'Send failed with hr = 80072ee2'), 0, { legacy: true }),
  scanSet('auth-401', fail('scan.wua.auth', '0x80244017'), 1),
  scanSet('auth-403', fail('scan.wua.auth', '0x80244018'), 2, { legacy: true }),
  scanSet('cert', fail('scan.wua.certificate', '0x80072F0C'), 3),
  scanSet('gpo', fail('scan.location.gpo', '0x87D00692', 'overwritten by a higher authority'), 0),
  scanSet('gpo-timeout', fail('scan.location.gpo', null, 'Timeout occurred waiting for Group Policy'), 1),
  scanSet('ports', fail('scan.wua.ports', null, 'Received Location=', ['scan.wua.http']), 2),
  scanSet('no-sup', fail('scan.location.no-sup', null, 'Attempting to send WSUS Location Request'), 3),
  scanSet('client-settings', fail('scan.location.client-settings', null, 'No update source found'), 0),
  scanSet('registry', fail('scan.location.registry', null, 'Failed to Add Update Source'), 1),
  scanSet('wua-memory', fail('scan.request.wua-memory', '0x8007000E', 'GetUpdateMetadata2 failed'), 2, { legacy: true }),
  scanSet('wua-repair', fail('scan.request.wua-repair', '0x8024800F'), 3),
  scanSet('request-stalled', fail('scan.request', null, 'successfully requested Scan'), 0),
  scanSet('wua-search', fail('scan.wua', '0x8024000E', 'Exit code = 0x8024000E'), 1),
  scanSet('unknown-code', fail('scan.wua', '0x8024ABCD', undefined, ['reference.error-codes']), 2),
  scanSet('results', fail('scan.results', '0x80240036', 'Failed to end search job'), 3),
  scanSet('applicability', fail('scan.applicability', null, 'Failed to process scan results'), 0),
  scanSet('state', { verdict: 'healthy', primarySection: 'scan.state', errorCode: '0x80041001', evidenceIncludes: 'Failed to add WMI instance' }, 1),
  scanSet('scan-generic', fail('scan', null, 'OnScanComplete - Scan Failed'), 2),
  scanSet('location-stalled', { verdict: 'incomplete', primarySection: 'scan.location' }, 3),
  scanSet('search-running', { verdict: 'incomplete', primarySection: null }, 0),
  scanSet('proxy-502', fail('scan.wua.proxy', '0x80244021', 'Failed to end search job', ['reference.windowsupdate-log']), 1, { noWu: true }),
];

export const SYNC_SETS: readonly LogSet[] = [
  { name: 'sync-healthy-utc-5', files: syncFiles('2026-03-10 02:00:00', 300, 'healthy'), expect: { verdict: 'healthy', primarySection: null } },
  { name: 'sync-connect-utc+8', files: syncFiles('2026-03-10 02:00:00', -480, 'connect'), expect: fail('sync.connect', null, 'WebException') },
  { name: 'sync-failed', files: syncFiles('2026-03-10 02:00:00', 0, 'failed'), expect: fail('sync.complete', null, 'Sync failed') },
  { name: 'sync-stuck', files: syncFiles('2026-03-10 02:00:00', 0, 'stuck'), expect: fail('sync.start', null, 'Synchronization manually started') },
  { name: 'sync-errors', files: syncFiles('2026-03-10 02:00:00', 0, 'errors'), expect: { verdict: 'incomplete', primarySection: 'sync', evidenceIncludes: 'Unhandled error' } },
];

export const INSTALL_SETS: readonly LogSet[] = [
  { name: 'install-cbs-source-missing', files: cbsFiles('2026-03-10 17:51:01', true), expect: fail('update.install.cbs', '0x800F081F', 'CBS_E_SOURCE_MISSING') },
  { name: 'install-cbs-healthy', files: cbsFiles('2026-03-10 17:51:01', false), expect: { verdict: 'healthy', primarySection: null } },
  { name: 'install-msi-return-3', files: msiFiles(true), expect: fail('update.install.msi', '0x80070643', 'Return value 3') },
  { name: 'install-msi-healthy', files: msiFiles(false), expect: { verdict: 'healthy', primarySection: null } },
  { name: 'update-detection-utc-4', files: deploymentFiles('2026-07-14 08:53:19', 240, 'detection'), expect: fail('update.detection', '0x87D00215', 'failed to get targeted update') },
  { name: 'update-supersedence', files: deploymentFiles('2026-07-14 08:53:19', -60, 'supersedence'), expect: { verdict: 'healthy', primarySection: 'update.supersedence', evidenceIncludes: 'superseded and expired' } },
  { name: 'update-install-failed', files: deploymentFiles('2026-07-14 08:53:19', 0, 'install'), expect: fail('update', '0x8024200B', 'failed to install') },
  { name: 'update-deployment-healthy', files: deploymentFiles('2026-07-14 08:53:19', 0, 'healthy'), expect: { verdict: 'healthy', primarySection: null } },
];

export const OTHER_SETS: readonly LogSet[] = [
  {
    name: 'no-data-ccmexec',
    files: { 'CcmExec.log': '<![LOG[Service startup.]LOG]!><time="10:00:00.000+300" date="03-10-2026" component="CcmExec" context="" type="1" thread="1" file="">\r\n' },
    expect: { verdict: 'no-data', primarySection: 'intro.scoping' },
  },
];

export const ALL_LOG_SETS: readonly LogSet[] = [...SCAN_SETS, ...PUBLISHED_FAILURE_SETS, ...SYNC_SETS, ...INSTALL_SETS, ...OTHER_SETS];
