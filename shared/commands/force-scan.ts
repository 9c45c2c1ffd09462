// "Force a scan": the PowerShell that asks a ConfigMgr client to run its Software Updates Scan Cycle
// (schedule {00000000-0000-0000-0000-000000000113}) on this machine or on a named remote client.
// One builder for the text the UI copies and the arguments the backend runs (runScanCycle on Windows).
const SCAN_CYCLE_SCHEDULE = '{00000000-0000-0000-0000-000000000113}';

/** A NetBIOS, DNS or IP name; anything else could smuggle PowerShell into the command. */
export function isValidComputerName(name: string): boolean {
  return /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252}[A-Za-z0-9])?$/.test(name);
}

/** The command text; throws on a name that is not a host name (callers check with isValidComputerName first). */
export function forceScanCommand(computer?: string): string {
  const base = `Invoke-WmiMethod -Namespace root\\ccm -Class SMS_Client -Name TriggerSchedule -ArgumentList '${SCAN_CYCLE_SCHEDULE}'`;
  const name = computer?.trim();
  if (!name) return base;
  if (!isValidComputerName(name)) throw new Error(`not a computer name: ${name}`);
  return `${base} -ComputerName ${name}`;
}

/** powershell.exe's argument vector (no shell in between): fixed switches, then the one command. */
export function forceScanArgs(computer?: string): string[] {
  return ['-NoProfile', '-NonInteractive', '-Command', forceScanCommand(computer)];
}
