// Which log of the pipeline a file is, from its name (rotated copies like WUAHandler-20240101-120000.log and
// WUAHandler.lo_ included).
export const LOG_KINDS = [
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
  'cbs',
  'dism',
  'msi',
  'updatesdeployment',
  'updateshandler',
] as const;
export type LogKind = (typeof LOG_KINDS)[number];

export function logKind(fileName: string): LogKind | null {
  const base = (fileName.split(/[\\/!]/).pop() ?? '').toLowerCase().replace(/\.(log|lo_|txt)$/, '').replace(/-\d{8}-\d{6}$/, '');
  if ((LOG_KINDS as readonly string[]).includes(base)) return base as LogKind;
  if (base.startsWith('windowsupdate')) return 'windowsupdate';
  if (base === 'msiexec' || base.startsWith('msi') || /^(msi|.*_msi)\w*$/.test(base)) return 'msi';
  return null;
}
