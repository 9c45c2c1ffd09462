// The role each well-known log plays in an investigation: the UI groups a CCM Logs folder by it,
// "Software updates" first. Names as ConfigMgr and Windows write them (case-insensitive).
import type { LogGroup } from '../api/contract';
import { logStem } from './rotation';

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
  const base = logStem(fileName);
  const exact = BY_NAME.get(base);
  if (exact) return exact;
  // Renamed copies, as customers and archives name them: "client01-WUAHandler.log", "case_1234_ScanAgent.log".
  const renamed = /[-_ ]([a-z0-9_.]+)$/.exec(base);
  return (renamed && BY_NAME.get(renamed[1])) || (base.includes('windowsupdate') ? 'software-updates' : 'other');
}

export const LOG_GROUP_ORDER: readonly LogGroup[] = ['software-updates', 'server', 'client', 'windows', 'installer', 'other'];
