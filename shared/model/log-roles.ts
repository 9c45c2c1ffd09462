// The role each well-known log plays in an investigation: the UI groups a CCM Logs folder by it,
// "Software updates" first. Names as ConfigMgr and Windows write them (case-insensitive).
import type { LogGroup } from '../api/contract';

const ROLES: Record<Exclude<LogGroup, 'other'>, readonly string[]> = {
  'software-updates': [
    'ScanAgent', 'LocationServices', 'CcmMessaging', 'WUAHandler', 'WindowsUpdate', 'UpdatesDeployment', 'UpdatesHandler',
    'UpdatesStore', 'StateMessage', 'WUSyncXML', 'CIAgent', 'CIDownloader', 'CIStateStore', 'CIStore', 'DeltaDownload', 'ContentTransferManager',
    'DataTransferService', 'CAS', 'RebootCoordinator', 'ServiceWindowManager', 'SoftwareCenterSystemTasks', 'UpdateTrustedSites',
  ],
  server: [
    'WCM', 'WSUSCtrl', 'WSyncMgr', 'SUPSetup', 'MP_Location', 'SoftwareDistribution', 'MP_GetPolicy', 'SMS_ISVUPDATES_SYNCAGENT', 'objreplmgr',
    'RuleEngine', 'PatchDownloader',
  ],
  client: [
    'CcmExec', 'ClientLocation', 'PolicyAgent', 'PolicyEvaluator', 'ClientIDManagerStartup', 'CcmEval', 'ccmsetup', 'client.msi', 'InventoryAgent',
    'AppEnforce', 'AppDiscovery', 'AppIntentEval', 'execmgr', 'SCClient', 'ContentAccess', 'PeerDPAgent', 'setuppolicyevaluator', 'smsts', 'BDD',
  ],
  installer: ['msi', 'MsiExec'],
  windows: ['CBS', 'DISM', 'setupact', 'setuperr', 'setupact_rollback'],
};

const BY_NAME = new Map<string, LogGroup>();
for (const [group, names] of Object.entries(ROLES) as [LogGroup, readonly string[]][]) {
  for (const n of names) BY_NAME.set(n.toLowerCase(), group);
}

/** The group of a log by its (logical) file name, e.g. "WUAHandler.log" → software-updates. */
export function logGroup(fileName: string): LogGroup {
  const base = fileName.replace(/\.(log|lo_|txt)$/i, '').replace(/-\d{8}-\d{6}$/, '').toLowerCase();
  return BY_NAME.get(base) ?? 'other';
}

export const LOG_GROUP_ORDER: readonly LogGroup[] = ['software-updates', 'server', 'client', 'windows', 'installer', 'other'];
