// The role each well-known log plays in an investigation: the UI groups a CCM Logs folder by it,
// "Software updates" first. Names as ConfigMgr and Windows write them (case-insensitive).
import type { FormatName } from './log-entry';
import { logStem } from './rotation';

/** The roles, in the order the sidebar shows their groups. */
export const LOG_GROUP_ORDER = ['software-updates', 'server', 'client', 'windows', 'installer', 'other'] as const;
export type LogGroup = (typeof LOG_GROUP_ORDER)[number];

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

/** Formats that say the role whatever the file is called (the diagnosis reads them the same way: log-kind.ts). */
const BY_FORMAT: Partial<Record<FormatName, LogGroup>> = {
  msi: 'installer',
  cbs: 'windows',
  'windowsupdate-legacy': 'software-updates',
  'windowsupdate-10': 'software-updates',
  softwaredistribution: 'server',
  sms: 'server',
};

/**
 * The group of a log by its (logical) file name, e.g. "WUAHandler.log" → software-updates, else by the format its
 * content was detected as (a verbose MSI log named after its product → installer).
 */
export function logGroup(fileName: string, format?: FormatName): LogGroup {
  const base = logStem(fileName);
  const exact = BY_NAME.get(base);
  if (exact) return exact;
  // Renamed copies, as customers and archives name them: "client01-WUAHandler.log", "case_1234_ScanAgent.log".
  const renamed = /[-_ ]([a-z0-9_.]+)$/.exec(base);
  const byName = (renamed && BY_NAME.get(renamed[1])) || (base.includes('windowsupdate') ? 'software-updates' : null);
  return byName ?? (format && BY_FORMAT[format]) ?? 'other';
}
