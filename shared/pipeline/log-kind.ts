// Which log of the pipeline a file is, from its name (rotated copies like WUAHandler-20240101-120000.log and
// WUAHandler.lo_ included), else from a renamed copy's suffix, else from its content: the format detected from its
// head (an MSI verbose log, WindowsUpdate.log, SoftwareDistribution.log) or the components its entries carry
// (CBS/CSI, DISM, SMS_WSUS_SYNC_MANAGER, WUAHandler...). A customer's `ContosoAgentUpdate.log` is still an MSI log.
import type { FormatName, LogEntry } from '../model/log-entry';
import { mostCommon } from '../model/most-common';
import { logStem } from '../model/rotation';

const LOG_KINDS = [
  'scanagent',
  'locationservices',
  'ccmmessaging',
  'mp_location',
  'wuahandler',
  'windowsupdate',
  'updatesstore',
  'statemessage',
  'softwaredistribution',
  'wsyncmgr',
  'wcm',
  'cbs',
  'dism',
  'msi',
  'updatesdeployment',
  'updateshandler',
] as const;
export type LogKind = (typeof LOG_KINDS)[number];

const COMPONENT_SAMPLE = 500;

/** Formats only one log writes. */
const KIND_OF_FORMAT: Partial<Record<FormatName, LogKind>> = {
  msi: 'msi',
  'windowsupdate-legacy': 'windowsupdate',
  'windowsupdate-10': 'windowsupdate',
  softwaredistribution: 'softwaredistribution',
};

export function logKind(fileName: string, entries?: readonly LogEntry[], format?: FormatName): LogKind | null {
  const base = logStem(fileName);
  if ((LOG_KINDS as readonly string[]).includes(base)) return base as LogKind;
  if (base.includes('windowsupdate')) return 'windowsupdate';
  if (base.startsWith('msi') || /_msi\w*$/.test(base)) return 'msi';
  // Renamed copies, as customers and archives name them: "client01-WUAHandler.log", "case_1234_scanagent.log".
  const renamed = LOG_KINDS.find((k) => base.endsWith(`-${k}`) || base.endsWith(`_${k}`) || base.endsWith(` ${k}`));
  if (renamed) return renamed;
  const byFormat = format ? KIND_OF_FORMAT[format] : undefined;
  if (byFormat) return byFormat;
  return entries ? kindFromComponents(entries) : null;
}

/**
 * Components that only one log writes. CMTrace logs name theirs on every entry (WUAHandler, ScanAgent…);
 * WindowsUpdate.log and CBS.log have their own small sets.
 */
const KIND_OF_COMPONENT: Readonly<Record<string, LogKind>> = {
  ...Object.fromEntries(LOG_KINDS.map((k) => [k, k])),
  ...Object.fromEntries(
    ['agent', 'comapi', 'au', 'pt', 'protocoltalker', 'dnldmgr', 'downloadmanager', 'webservices', 'idletimer', 'sls', 'datastore'].map((c) => [c, 'windowsupdate']),
  ),
  csi: 'cbs',
  'msi (c)': 'msi',
  'msi (s)': 'msi',
  sms_wsus_sync_manager: 'wsyncmgr',
  sms_wsus_configuration_manager: 'wcm',
};

/**
 * A log whose components are nearly all one pipeline log's is that log (a renamed copy). Components of several
 * pipeline logs mixed in one file (a merged export, an app's own log quoting them) make it none of them: its lines
 * are context, and taking them as steps would invent scan cycles from another log's lines.
 */
const DOMINANT_SHARE = 0.9;

/** The log whose components the first entries carry, when one pipeline log's components dominate them. */
function kindFromComponents(entries: readonly LogEntry[]): LogKind | null {
  const kinds = entries.slice(0, COMPONENT_SAMPLE).map((e) => KIND_OF_COMPONENT[e.component?.toLowerCase() ?? '']).filter((k) => k !== undefined);
  const best = mostCommon(kinds);
  return best !== null && kinds.filter((k) => k === best).length >= DOMINANT_SHARE * kinds.length ? best : null;
}
