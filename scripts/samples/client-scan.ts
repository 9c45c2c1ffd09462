// Client scan sets: a CCM Logs folder plus WindowsUpdate.log, one scan cycle (or several) with a chosen outcome.
import { clock, cmtraceLog, wuLog, type CmLine, type WuLine } from './log-builders';

export const SCAN_OUTCOMES = [
  'healthy', 'proxy-502', 'proxy-407', 'proxy-dns', 'http-timeout', 'auth-401', 'auth-403', 'cert', 'gpo', 'gpo-timeout', 'ports',
  'no-sup', 'client-settings', 'registry', 'wua-memory', 'wua-repair', 'request-stalled', 'wua-search', 'unknown-code', 'results',
  'applicability', 'state', 'scan-generic', 'location-stalled', 'search-running',
] as const;
export type ScanOutcome = (typeof SCAN_OUTCOMES)[number];

/** The code an outcome fails with, as the agent writes it (8 hex digits). */
const OUTCOME_CODE: Partial<Record<ScanOutcome, string>> = {
  'proxy-502': '80244021', 'proxy-407': '8024401B', 'proxy-dns': '8024402C', 'http-timeout': '80072EE2', 'auth-401': '80244017',
  'auth-403': '80244018', cert: '80072F0C', ports: '80072EFD', 'wua-memory': '8007000E', 'wua-repair': '8024800F',
  'wua-search': '8024000E', 'unknown-code': '8024ABCD',
};

export interface ScanCycleSpec {
  /** Seconds after the set's start. */
  at: number;
  outcome: ScanOutcome;
}

export interface ClientScanOptions {
  start: string;
  /** CMTrace bias written by the client: +300 = UTC-05:00. */
  bias: number;
  server: string;
  wuStyle: 'legacy' | 'win10';
  cycles: readonly ScanCycleSpec[];
  withWindowsUpdateLog?: boolean;
  /** Windows Update also runs a failing search of its own (Automatic Updates) during each ConfigMgr scan. */
  otherCallerSearch?: boolean;
  mp?: string;
}

const SRC = '{A70BBF1F-4768-4A41-AB5B-9ADBBBE009D0}';
const UPD = ['505fda07-b4f3-45fb-83d9-8642554e2773', '4ae85c00-0eaa-4be0-b81b-dbd7053d5fae', '012c047f-e53b-432f-9441-a78f646eebc9'];

type Files = { scan: CmLine[]; ls: CmLine[]; msg: CmLine[]; wua: CmLine[]; store: CmLine[]; state: CmLine[]; wu: WuLine[] };

function jobId(n: number): string {
  return `{${(0x1a2b3c4d + n).toString(16).toUpperCase()}-77AA-4C1E-9F0B-2D4E6F8A0C1${n % 10}}`;
}

function addCycle(f: Files, c: (s: number) => number, at: number, outcome: ScanOutcome, o: ClientScanOptions, n: number): void {
  const t = (s: number) => c(at + s);
  const job = jobId(n);
  const lr = `{LR${n}-0000-4000-8000-00000000000${n % 10}}`;
  const server = o.server;
  const legacy = o.wuStyle === 'legacy';
  const code = OUTCOME_CODE[outcome];
  const agentServer = outcome === 'ports' ? server.replace(/:\d+$/, '') + ':80' : outcome === 'gpo' ? 'http://OLDWSUS.contoso.com:8530' : server;
  const wu = (s: number, component: string, text: string) => f.wu.push({ t: t(s), component, text, pid: legacy ? 408 : 6292, tid: legacy ? 0x828 : 10196 });

  if (outcome === 'client-settings') {
    f.scan.push({ t: t(0), text: `CScanAgent::ScanByUpdates- No update source found for scan request. No Policy available for UpdateSourceID=${SRC}`, type: 3 });
    return;
  }
  f.scan.push({ t: t(0), text: `CScanAgent::ScanByUpdates- Policy available for UpdateSourceID=${SRC}ContentVersion=38` });
  f.scan.push({ t: t(0.1), text: `CScanAgent::ScanByUpdates- Added Policy to final ScanRequest List UpdateSourceID=${SRC}, Policy-ContentVersion=38, Required-ContentVersion=38` });
  f.scan.push({ t: t(0.3), text: `- - - - - -Requesting WSUS Server Locations from LS for ${SRC} version 38` });
  f.scan.push({ t: t(0.4), text: `- - - - - -Locations requested for ScanJobID=${job} (LocationRequestID=${lr}), will process the scan request once locations are available.` });
  f.ls.push({ t: t(0.5), text: `Attempting to persist WSUS location request for ContentID='${SRC}' and ContentVersion='38'` });
  f.ls.push({ t: t(0.6), text: `Attempting to send WSUS Location Request for ContentID='${SRC}'` });
  f.ls.push({ t: t(0.7), text: `Created and Sent Location Request '${lr}' for package ${SRC}` });
  f.msg.push({ t: t(0.8), text: `Sending async message '{M${n}}' to outgoing queue 'mp:[http]mp_locationmanager'` });
  if (outcome === 'location-stalled') return;
  if (outcome === 'no-sup') {
    f.ls.push({ t: t(600), text: `Attempting to send WSUS Location Request for ContentID='${SRC}'` });
    f.ls.push({ t: t(1200), text: 'Refreshing client operational settings over MP', thread: 5120 });
    return;
  }
  f.msg.push({ t: t(2.0), text: `Message '{M${n}}' got reply '{R${n}}' to local endpoint queue 'LS_ReplyLocations'` });
  f.msg.push({ t: t(2.0), text: `OutgoingMessage(Queue='mp_[http]mp_locationmanager', ID={M${n}}): Delivered successfully to host '${o.mp ?? 'MP01.contoso.com'}'.` });
  f.ls.push({ t: t(2.1), text: 'Processing Location reply message' });
  f.ls.push({ t: t(2.2), text: 'Calling back with the following WSUS locations' });
  f.ls.push({ t: t(2.2), text: `WSUS Path='${server}', Server='${server.replace(/^https?:\/\//, '').replace(/:\d+$/, '')}', Version='38'` });
  f.scan.push({ t: t(2.3), text: `*****WSUSLocationUpdate received for location request guid=${lr}` });
  f.scan.push({ t: t(2.3), text: `ScanJob(${job}): CScanJob::OnLocationUpdate- Received Location=${server}, Version=38` });
  f.scan.push({ t: t(2.4), text: `ScanJob(${job}): CScanJob::Execute- Adding UpdateSource=${SRC}, ContentType=2, ContentLocation=${server}, ContentVersion=38` });
  f.wua.push({ t: t(2.5), text: `Its a WSUS Update Source type (${SRC}), adding it.` });
  f.wua.push({ t: t(2.6), text: n === 0 ? 'Its a completely new WSUS Update Source.' : 'WSUS update source already exists, it has increased version to 38.' });
  f.wua.push({ t: t(2.7), text: `Enabling WUA Managed server policy to use server: ${server}` });
  f.wua.push({ t: t(2.8), text: 'Waiting for 2 mins for Group Policy to notify of WUA policy change...' });
  if (outcome === 'gpo') {
    f.wua.push({ t: t(5), text: `Group policy settings were overwritten by a higher authority (Domain Controller) to: Server ${agentServer} and Policy ENABLED`, type: 2 });
    f.wua.push({ t: t(5.1), text: `Failed to Add Update Source for WUAgent of type (2) and id (${SRC}). Error = 0x87d00692.`, type: 3 });
    wu(6, 'Agent', legacy ? `  * WSUS server: ${agentServer}` : `WSUS server: ${agentServer} (Unchanged)`);
    return;
  }
  if (outcome === 'gpo-timeout') {
    f.wua.push({ t: t(122.8), text: 'Timeout occurred waiting for Group Policy to notify of WUA policy change.', type: 3 });
    return;
  }
  if (outcome === 'registry') {
    f.wua.push({ t: t(3), text: `Unable to read existing WUA Group Policy object. Error = 0x80004005.`, type: 3 });
    f.wua.push({ t: t(3.1), text: `Failed to Add Update Source for WUAgent of type (2) and id (${SRC}). Error = 0x80004005.`, type: 3 });
    return;
  }
  f.wua.push({ t: t(32.8), text: 'Waiting for 30 secs for policy to take effect on WU Agent.' });
  wu(10, 'Agent', legacy ? `  * WSUS server: ${agentServer} (Changed)` : `WSUS server: ${agentServer} (Changed)`);
  wu(10.1, 'Agent', legacy ? `  * WSUS status server: ${agentServer} (Changed)` : `WSUS status server: ${agentServer} (Changed)`);
  wu(10.2, 'Agent', 'Sus server changed through policy.');
  f.wua.push({ t: t(33), text: `Added Update Source (${SRC}) of content type: 2` });
  f.scan.push({ t: t(34), text: `ScanJob(${job}): Raised UpdateSource (${SRC}) state message successfully. StateId = 2` });
  f.scan.push({ t: t(34.1), text: `ScanJob(${job}): CScanJob::Execute - successfully requested Scan, ScanType=1` });
  if (outcome === 'request-stalled') {
    f.scan.push({ t: t(420), text: 'CScanAgent::ScanByUpdates- Scan job is still waiting for WUAHandler.', thread: 4300 });
    return;
  }
  f.wua.push({ t: t(35), text: "Search Criteria is (DeploymentAction=* AND Type='Software') OR (DeploymentAction=* AND Type='Driver')" });
  f.wua.push({ t: t(35.1), text: 'Running single-call scan of updates.' });
  f.wua.push({ t: t(35.2), text: 'Async searching of updates using WUAgent started.' });
  if (outcome === 'scan-generic') {
    f.scan.push({ t: t(40), text: `ScanJob(${job}): CScanJob::OnScanComplete - Scan Failed`, type: 3 });
    return;
  }
  wu(35.3, legacy ? 'COMAPI' : 'ComApi', legacy ? '-- START --  COMAPI: Search [ClientId = CcmExec]' : '* START *   Search ClientId = CcmExec, ServiceId = 3DA21691-E39D-4DA6-8A4B-B43877BCB1B7');
  wu(35.4, 'Agent', legacy ? '** START **  Agent: Finding updates [CallerId = CcmExec]' : `* START * Finding updates CallerId = CcmExec  Id = ${n + 2} (cV = IR6wzMXBCEGYR+vL.${n}.0.0.2)`);
  wu(35.5, legacy ? 'PT' : 'ProtocolTalker', `${legacy ? '  + ' : ''}ServiceId = {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}, Server URL = ${agentServer}/ClientWebService/client.asmx`);
  if (o.otherCallerSearch) otherCallerSearch(f, t, legacy);
  if (outcome === 'search-running') return;
  if (outcome === 'wua-memory') wu(50, 'Agent', 'WARNING: ISusInternal::GetUpdateMetadata2 failed, hr=8007000E');
  if (code !== undefined && outcome !== 'results') {
    if (legacy) {
      wu(55, 'Misc', `WARNING: Send failed with hr = ${code.toLowerCase()}.`);
      wu(55.1, 'PT', `WARNING: SyncServerUpdatesInternal failed: 0x${code.toLowerCase()}`);
      wu(55.2, 'Agent', `  * WARNING: Exit code = 0x${code}`);
      wu(55.3, 'Agent', '**  END  **  Agent: Finding updates [CallerId = CcmExec]');
      wu(55.4, 'Agent', `WARNING: WU client failed Searching for update with error 0x${code.toLowerCase()}`);
    } else {
      wu(55, 'WebServices', `WS error: There was an error communicating with the endpoint at '${agentServer}/ClientWebService/client.asmx'.`);
      wu(55.1, 'ProtocolTalker', `*FAILED* [${code}] Method failed [CAgentProtocolTalker::GetCookie_WithRecovery:1004]`);
      wu(55.2, 'Agent', `* END * Finding updates CallerId = CcmExec, Id = ${n + 2}, Exit code = 0x${code} (cV = IR6wzMXBCEGYR+vL.${n}.0.0.2)`);
    }
    f.wua.push({ t: t(56), text: `OnSearchComplete - Failed to end search job. Error = 0x${code.toLowerCase()}.`, type: 3 });
    f.wua.push({ t: t(56.1), text: `Scan failed with error = 0x${code.toLowerCase()}.`, type: 3 });
    f.scan.push({ t: t(56.3), text: `ScanJob(${job}): CScanJob::OnScanComplete -Scan Failed with Error=0x${code.toLowerCase()}`, type: 3 });
    return;
  }
  wu(50, 'Agent', `${legacy ? '  * ' : ''}Found 3 updates and 70 categories in search; evaluated appl. rules of 622 out of 1150 deployed entities`);
  wu(50.1, 'Agent', legacy ? '**  END  **  Agent: Finding updates [CallerId = CcmExec]' : `* END * Finding updates CallerId = CcmExec, Id = ${n + 2}, Exit code = 0x00000000 (cV = IR6wzMXBCEGYR+vL.${n}.0.0.2)`);
  if (outcome === 'results') {
    f.wua.push({ t: t(51), text: 'OnSearchComplete - Failed to end search job. Error = 0x80240036.', type: 3 });
    return;
  }
  f.wua.push({ t: t(51), text: 'Async searching completed.' });
  if (outcome === 'applicability') {
    f.wua.push({ t: t(51.5), text: 'Failed to process scan results for update (505fda07-b4f3-45fb-83d9-8642554e2773). Error = 0x80004005.', type: 3 });
    return;
  }
  f.wua.push({ t: t(51.6), text: `Pruning: update id (70f4f236-0248-4e84-b472-292913576fa1) is superseded by (${UPD[0]}).` });
  f.wua.push({ t: t(51.7), text: `Update (Missing): Security Update for Windows (KB5005033) (${UPD[0]}, 200)` });
  f.wua.push({ t: t(51.8), text: `Update (Installed): Security Update for Windows (KB2584146) (${UPD[1]}, 104)` });
  f.wua.push({ t: t(52), text: 'Successfully completed scan.' });
  f.store.push({ t: t(52.2), text: `Processing update status from update (${UPD[0]}) with ProductID = 0fa1201d-4330-4fa8-8ae9b877473b6441` });
  f.store.push({ t: t(52.3), text: `Update status from update (${UPD[0]}) hasn't been reported before, creating new instance.` });
  f.store.push({ t: t(52.4), text: `Successfully raised state message for update (${UPD[0]}) with state (Missing).` });
  f.store.push({ t: t(52.5), text: `Successfully added WMI instance of update status (${UPD[0]}).` });
  if (outcome === 'state') f.store.push({ t: t(52.6), text: `Failed to add WMI instance of update status (${UPD[1]}). Error = 0x80041001.`, type: 3 });
  f.state.push({ t: t(52.7), text: `State message(State ID : 2) with TopicType 500 and TopicId ${UPD[0]} has been recorded for SYSTEM` });
}

/**
 * A search Automatic Updates runs on its own thread while ConfigMgr's is under way, failing on the proxy as the
 * legacy agent writes it (corpus rsasbeih-windowsupdate-wsus-timeout.log layout): context, never the verdict.
 */
function otherCallerSearch(f: Files, t: (s: number) => number, legacy: boolean): void {
  const au = (s: number, component: string, text: string) => f.wu.push({ t: t(s), component, text, pid: legacy ? 408 : 6292, tid: legacy ? 0x12cc : 4780 });
  au(36, 'Agent', legacy ? '** START **  Agent: Finding updates [CallerId = AutomaticUpdates]' : '* START * Finding updates CallerId = AutomaticUpdates  Id = 40 (cV = Xq2P8yR1k0aLm3Nc.1.0.0.1)');
  au(38, 'PT', 'WARNING: Send failed with hr = 8024402c.');
  if (legacy) {
    au(38.1, 'Agent', '  * WARNING: Exit code = 0x8024402C');
    au(38.2, 'Agent', '**  END  **  Agent: Finding updates [CallerId = AutomaticUpdates]');
  } else {
    au(38.2, 'Agent', '* END * Finding updates CallerId = AutomaticUpdates, Id = 40, Exit code = 0x8024402C (cV = Xq2P8yR1k0aLm3Nc.1.0.0.1)');
  }
}

export function clientScanFiles(o: ClientScanOptions): Record<string, string> {
  const c = clock(o.start);
  const f: Files = { scan: [], ls: [], msg: [], wua: [], store: [], state: [], wu: [] };
  o.cycles.forEach((cy, n) => addCycle(f, c.at, cy.at, cy.outcome, o, n));
  const byTime = <T extends { t: number }>(a: T[]) => [...a].sort((x, y) => x.t - y.t);
  const files: Record<string, string> = {};
  const put = (name: string, component: string, lines: CmLine[]) => {
    if (lines.length) files[name] = cmtraceLog(component, o.bias, byTime(lines));
  };
  put('ScanAgent.log', 'ScanAgent', f.scan);
  put('LocationServices.log', 'LocationServices', f.ls);
  put('CcmMessaging.log', 'CcmMessaging', f.msg);
  put('WUAHandler.log', 'WUAHandler', f.wua);
  put('UpdatesStore.log', 'UpdatesStore', f.store);
  put('StateMessage.log', 'StateMessage', f.state);
  if (o.withWindowsUpdateLog !== false && f.wu.length) files['WindowsUpdate.log'] = wuLog(o.wuStyle, byTime(f.wu));
  return files;
}
