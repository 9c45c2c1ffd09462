// WSUS sync sets (SoftwareDistribution.log, WSyncMgr.log) and installer sets (CBS.log, MSI logs, UpdatesDeployment.log).
import { cbsLine, clock, cmtraceLog, smsLog, softwareDistributionLine as sd } from '../../../scripts/samples/log-builders';

export type SyncOutcome = 'healthy' | 'connect' | 'failed' | 'stuck' | 'errors';

export function syncFiles(start: string, bias: number, outcome: SyncOutcome): Record<string, string> {
  const c = clock(start);
  const L: string[] = [];
  L.push(sd(c.at(0), 'Info', 'AdminDataAccess.StartSubscriptionManually', 'Synchronization manually started'));
  L.push(sd(c.at(0.1), 'Info', 'EventLogEventReporter.ReportEvent', 'EventId=382,Type=Information,Category=Synchronization,Message=A manual synchronization was started.'));
  if (outcome === 'stuck') {
    L.push(sd(c.at(3600), 'Info', 'WsusService.Program.Main', 'Service heartbeat: still waiting'));
    return { 'SoftwareDistribution.log': L.join('\r\n') + '\r\n' };
  }
  L.push(sd(c.at(2), 'Info', 'CatalogSyncAgentCore.ExecuteSyncProtocol', 'Server ID is 6E7E3F5A-1C2B-4B6A-9A43-0F1E2D3C4B5A'));
  L.push(sd(c.at(3), 'Info', 'ServerSyncLib.GetAuthConfig', 'Authenticating with the upstream server: calling GetAuthConfig'));
  if (outcome === 'connect') {
    L.push(sd(c.at(64), 'Error', 'CatalogSyncAgentCore.ExecuteSyncProtocol', 'WebException: The operation has timed out (proxy.contoso.com:8080)'));
    L.push(sd(c.at(64.1), 'Error', 'EventLogEventReporter.ReportEvent', 'EventId=386,Type=Error,Category=Synchronization,Message=Synchronization failed. Reason: The operation has timed out.'));
  } else if (outcome === 'failed') {
    L.push(sd(c.at(300), 'Error', 'CatalogSyncAgentCore.ExecuteSyncProtocol', 'Sync failed: SqlException: Timeout expired while writing update metadata.'));
  } else if (outcome === 'errors') {
    L.push(sd(c.at(300), 'Error', 'WsusService.Program.Main', 'Unhandled error in the content cleanup timer.'));
  } else {
    L.push(sd(c.at(400), 'Info', 'CatalogSyncAgentCore.ExecuteSyncProtocol', 'CatalogSyncAgentCore.ExecuteSyncProtocol: Sync Completed'));
    L.push(sd(c.at(400.1), 'Info', 'EventLogEventReporter.ReportEvent', 'EventId=384,Type=Information,Category=Synchronization,Message=Synchronization completed successfully.'));
  }
  const files: Record<string, string> = { 'SoftwareDistribution.log': L.join('\r\n') + '\r\n' };
  if (outcome === 'healthy') {
    files['WSyncMgr.log'] = smsLog('SMS_WSUS_SYNC_MANAGER', bias, [
      { t: c.at(401), text: 'Starting Sync' },
      { t: c.at(460), text: 'Done synchronizing SMS with WSUS Server WSUS01.contoso.com' },
    ]);
  }
  return files;
}

export function cbsFiles(start: string, failing: boolean): Record<string, string> {
  const c = clock(start);
  const L = [
    cbsLine(c.at(0), 'Info', 'CBS', 'Starting TrustedInstaller initialization.'),
    cbsLine(c.at(1), 'Info', 'CBS', 'Session: 30789412_1234567890 initialized by client WindowsUpdateAgent.'),
    cbsLine(c.at(2), 'Info', 'CBS', 'Exec: Processing started.  Client: WindowsUpdateAgent, Session(Id): 30789412_1234567890'),
  ];
  if (failing) {
    L.push(cbsLine(c.at(30), 'Info', 'CBS', 'Failed to collect payload and there is nothing to repair. [HRESULT = 0x800f081f - CBS_E_SOURCE_MISSING]'));
    L.push(cbsLine(c.at(30.1), 'Info', 'CBS', 'Failed to repair store. [HRESULT = 0x800f081f - CBS_E_SOURCE_MISSING]'));
    L.push(cbsLine(c.at(31), 'Error', 'CBS', 'Failed to perform operation. [HRESULT = 0x800f081f - CBS_E_SOURCE_MISSING]'));
  } else {
    L.push(cbsLine(c.at(30), 'Info', 'CBS', 'Exec: Processing complete.  Session(Id): 30789412_1234567890 [HRESULT = 0x00000000 - S_OK]'));
  }
  return { 'CBS.log': '\uFEFF' + L.join('\r\n') + '\r\n' };
}

export function msiFiles(failing: boolean): Record<string, string> {
  const L = [
    '=== Logging started: 24/11/2026  10:21:03 ===',
    'Action start 10:21:03: INSTALL.',
    'Action start 10:21:03: FindRelatedProducts.',
    'Action ended 10:21:03: FindRelatedProducts. Return value 1.',
    'Action start 10:21:04: InstallFiles.',
  ];
  if (failing) {
    L.push('Error 1603. A fatal error occurred during installation.');
    L.push('CustomAction RegisterPlugin returned actual error code 1603 (note this may not be 100% accurate if translation happened inside sandbox)');
    L.push('Action ended 10:21:09: InstallFinalize. Return value 3.');
    L.push('Action ended 10:21:09: INSTALL. Return value 3.');
  } else {
    L.push('Action ended 10:21:09: InstallFiles. Return value 1.');
    L.push('Action ended 10:21:09: INSTALL. Return value 1.');
  }
  L.push('=== Logging stopped: 24/11/2026  10:21:09 ===');
  return { 'MSI.log': L.join('\r\n') + '\r\n' };
}

export function deploymentFiles(start: string, bias: number, kind: 'detection' | 'supersedence' | 'install' | 'healthy'): Record<string, string> {
  const c = clock(start);
  const lines = [{ t: c.at(0), text: 'Assignment {5B8E6C36-26E4-4F6B-A2B1-5A49E1E7C5D1} has total CI = 3' }];
  if (kind === 'detection') lines.push({ t: c.at(1), text: 'GetUpdateInfo - failed to get targeted update, error = 0x87d00215.', type: 3 } as never);
  if (kind === 'supersedence') lines.push({ t: c.at(1), text: 'Update (Site_7D7A5BE4/SUM_505fda07-b4f3-45fb-83d9-8642554e2773) is superseded and expired, skipping it.', type: 2 } as never);
  if (kind === 'install') lines.push({ t: c.at(60), text: 'Update (Site_7D7A5BE4/SUM_505fda07) failed to install. Install failed with error 0x8024200b.', type: 3 } as never);
  if (kind === 'healthy') lines.push({ t: c.at(60), text: 'Update (Site_7D7A5BE4/SUM_505fda07) Progress: Status = ciStateInstalled, PercentComplete = 100, Result = 0x0' });
  return { 'UpdatesDeployment.log': cmtraceLog('UpdatesDeploymentAgent', bias, lines) };
}
