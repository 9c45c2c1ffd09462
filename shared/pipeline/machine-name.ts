// The client's machine name, read from what its own logs say about it: the name a set is shown under in the
// sidebar and in `cmlens triage` ("PC042-logs.zip · PC042"). Knowledge as data: each wording carries a
// sample line and where it was seen; a wording we could not find in a real log is labelled `modelled`.
import { mostCommon } from '../model/most-common';

export interface MachineNameWording {
  /** Group 1 is the name. */
  re: RegExp;
  sample: string;
  source: string;
}

// A NetBIOS/DNS host label: letters, digits, hyphen, underscore (some old names), 1..63 characters.
const NAME = String.raw`([A-Za-z0-9][A-Za-z0-9_-]{0,62})`;

export const MACHINE_NAME_WORDINGS: readonly MachineNameWording[] = [
  {
    // ConfigMgr client CI/app evaluation lines (AppDiscovery/AppEnforce/CIAgent) carry the machine as an attribute.
    re: new RegExp(String.raw`\bComputerName=\\?"` + NAME + String.raw`\\?"`),
    sample: String.raw`... Type=\"Deployment Type\" ComputerName=\"COMPUTER01\" CIComplianceState=\"NotInstalled\" ...`,
    source: 'corpus cmtrace/plaso-sccm-various.log',
  },
  {
    re: new RegExp(String.raw`COnlineWinNTPlatform: ComputerName=` + NAME),
    sample: '2023-05-23 00:34:09, Info       [0x0803b4] MIG        COnlineWinNTPlatform: ComputerName=DESKTOP-RVU7BLR',
    source: 'corpus other/appostarsi-setupact-rollback.log',
  },
  {
    // MSI verbose logs list every property at the end of the install.
    re: new RegExp(String.raw`^Property\([SC]\): ComputerName = ` + NAME),
    sample: 'Property(S): ComputerName = SERGUEIK42',
    source: 'public MSI verbose log found with `find_string "Property(S): ComputerName = "`',
  },
  {
    // MDT's BDD.log (and smsts.log under MDT) name the computer the task sequence is building.
    re: new RegExp(String.raw`Property OSDComputerName is now = ` + NAME),
    sample: 'Property OSDComputerName is now = PHL-LTLOANER07',
    source: 'corpus cmtrace/maxmoon-mdt-bdd.log',
  },
  {
    re: new RegExp(String.raw`with OSDComputerName=` + NAME),
    sample: String.raw`Updated D:\MININT\Unattend.xml with OSDComputerName=PHL-LTLOANER07 (value was )`,
    source: 'corpus cmtrace/maxmoon-mdt-bdd.log',
  },
  {
    // smsts.log logs variables as "Set a ... environment variable NAME=VALUE" (seen for _SMSTSNextInstructionPointer
    // in corpus cmtrace/ernestoleon-smsts-osd.log); the same wording for _SMSTSMachineName is modelled on it.
    re: new RegExp(String.raw`environment variable _SMSTSMachineName=` + NAME),
    sample: 'Set a global environment variable _SMSTSMachineName=PC042',
    source: 'modelled on the smsts.log variable wording (corpus cmtrace/ernestoleon-smsts-osd.log)',
  },
];

/**
 * Names that are not the client's own: WinPE's temporary names while a task sequence runs (a public TS script
 * treats names starting "minint" and "minwinpc" as "not named yet"), and placeholders.
 */
const NOT_A_MACHINE = /^(?:MININT-.*|MINWINPC|localhost|\.|%.*)$/i;

/**
 * Words every wording holds: one cheap test before the wordings (almost no line of a 10 M-row set names a machine),
 * and what triage looks for in the raw bytes of the logs it does not parse (electron/backend/fleet/machine-mentions.ts).
 */
export const MACHINE_NAME_WORDS = ['ComputerName', 'MachineName'] as const;
const MENTIONS_NAME = new RegExp(MACHINE_NAME_WORDS.join('|'));

/** The name one line gives, or null. */
export function machineNameInLine(text: string): string | null {
  if (!MENTIONS_NAME.test(text)) return null;
  for (const w of MACHINE_NAME_WORDINGS) {
    const m = w.re.exec(text);
    if (m && !NOT_A_MACHINE.test(m[1])) return m[1].toUpperCase();
  }
  return null;
}

/**
 * The machine name a set's lines give: the one given most often (a set is one client, but a log may name another
 * machine in passing), upper-cased as Windows shows NetBIOS names; null when no line names it.
 */
export function findMachineName(logs: Iterable<{ entries: Iterable<{ text: string }> }>): string | null {
  function* names(): Generator<string | null> {
    for (const log of logs) for (const e of log.entries) yield machineNameInLine(e.text);
  }
  return mostCommon(names());
}

/** The machine a UNC path points at (`\\PC042\c$\Windows\CCM\Logs` → PC042), or null for a local path. */
export function machineNameFromPath(path: string): string | null {
  const m = /^(?:\\\\|\/\/)([^\\/]+)[\\/]/.exec(path);
  if (!m || m[1] === '?' || m[1] === '.') return null;
  const host = m[1];
  // An IP address names the machine as well as anything the technician typed; a DNS name keeps its first label.
  const name = /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) ? host : host.split('.')[0];
  return NOT_A_MACHINE.test(name) ? null : name.toUpperCase();
}
