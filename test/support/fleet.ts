// A fleet of client log zips, as a helpdesk collects them: one `PCnnnn-logs.zip` per client holding its CCM\Logs
// (the scan pipeline's logs from a fixture set, so each client's verdict and cause are known) beside the other logs a
// client writes (CcmExec, PolicyAgent, CAS, AppDiscovery naming the machine…), and Windows\WindowsUpdate.log.
// Deterministic: the same options write the same bytes. Used by the triage tests (small) and `npm run bench`
// (100 zips of about 5 MB, 1,000 smaller ones).
import { crc32, deflateRawSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from './index/synthetic-logs';
import { INSTALL_SETS, OTHER_SETS, SCAN_SETS, type LogSet } from './sets';
import { PUBLISHED_FAILURE_SETS } from './sets/published-failures';
import { buildZip, type FixtureEntry } from './zip-writer';

/** The clients' sets, in turn: every scan outcome, the published failures, installer trouble and a client with no scan. */
export const FLEET_MIX: readonly LogSet[] = [...SCAN_SETS, ...PUBLISHED_FAILURE_SETS, ...INSTALL_SETS, ...OTHER_SETS];

export interface FleetOptions {
  clients: number;
  /** Bytes of other (non-pipeline) logs in each client's zip, before compression. */
  noiseBytes: number;
  /** Every n-th client's zip is cut short (a broken download): its record must say unreadable. 0: none. */
  brokenEvery?: number;
  seed?: number;
}

export interface FleetClient {
  name: string;
  path: string;
  machine: string;
  set: LogSet;
  broken: boolean;
  bytes: number;
}

/** ConfigMgr client logs outside the scan pipeline, with their own components (a log writes its own name). */
const OTHER_LOGS = [
  'CcmExec', 'PolicyAgent', 'PolicyEvaluator', 'CAS', 'ContentTransferManager', 'DataTransferService', 'InventoryAgent',
  'StatusAgent', 'ClientIDManagerStartup', 'CertificateMaintenance', 'CIAgent', 'AppEnforce', 'ExecMgr', 'FileSystemFile',
  'CcmEval', 'SCClient', 'SleepAgent', 'StateMessageProvider', 'ClientLocation', 'EndpointProtectionAgent',
] as const;

const MESSAGES: readonly ((r: () => number) => string)[] = [
  (r) => `Raising event:\r\ninstance of CCM_PolicyAgent_PolicyEvaluationComplete\r\n{\r\n\tClientID = "GUID:${guid(r)}";\r\n\tPolicyNamespace = "\\\\\\\\.\\\\root\\\\ccm\\\\policy\\\\machine\\\\requestedconfig";\r\n\tProcessID = ${Math.floor(r() * 9000) + 1000};\r\n};`,
  (r) => `Download of ${Math.floor(r() * 5e6)} bytes for {${guid(r)}} completed in ${Math.floor(r() * 900)} ms, ${Math.floor(r() * 100)} KB/s`,
  (r) => `CCM_CIVersionInfo.CIVersion=${Math.floor(r() * 40)} ModelName=ScopeId_${guid(r).toUpperCase()}/Application_${guid(r)} evaluated, compliant=${r() < 0.5}`,
  (r) => `Successfully queued event on HTTP/HTTPS channel, Job {${guid(r).toUpperCase()}}, ${Math.floor(r() * 200)} items`,
  (r) => `CTM job {${guid(r).toUpperCase()}} (corresponding DTS job {${guid(r).toUpperCase()}}) started download from 'http://DP0${Math.floor(r() * 9)}.contoso.com/SMS_DP_SMSPKG$/${Math.floor(r() * 0xffff).toString(16)}'`,
  (r) => `Evaluating policy ${guid(r)} rev ${Math.floor(r() * 50)}: ${Math.floor(r() * 30)} settings, ${Math.floor(r() * 4)} rules changed`,
  (r) => `Inventory: Collection Task completed in ${(r() * 30).toFixed(3)} seconds, ${Math.floor(r() * 4000)} instances`,
  (r) => `Thread ${Math.floor(r() * 9000)} waiting for the next policy cycle at ${Math.floor(r() * 24)}:${String(Math.floor(r() * 60)).padStart(2, '0')}`,
];

function guid(r: () => number): string {
  const h = (n: number): string => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(r() * 16)]).join('');
  return `${h(8)}-${h(4)}-${h(4)}-${h(4)}-${h(12)}`;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function noiseLog(component: string, bytes: number, bias: number, seed: number): string {
  const r = rng(seed);
  const out: string[] = ['\uFEFF'];
  let size = 0;
  let t = Date.UTC(2026, 2, 9, 0, 0, 0) + Math.floor(r() * 3_600_000);
  const b = bias >= 0 ? `+${bias}` : String(bias);
  while (size < bytes) {
    t += Math.floor(r() * 20_000);
    const d = new Date(t);
    const type = r() < 0.03 ? 3 : r() < 0.06 ? 2 : 1;
    const text = MESSAGES[Math.floor(r() * MESSAGES.length)](r);
    const line =
      `<![LOG[${text}]LOG]!><time="${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}${b}" ` +
      `date="${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}-${d.getUTCFullYear()}" component="${component}" context="" type="${type}" thread="${1000 + Math.floor(r() * 8000)}" file="${component.toLowerCase()}.cpp:${Math.floor(r() * 2000)}">\r\n`;
    out.push(line);
    size += line.length;
  }
  return out.join('');
}

/** The CMTrace bias a set's client wrote (its logs carry one), so the other logs of the zip share the machine's clock. */
function biasOf(set: LogSet): number {
  for (const text of Object.values(set.files)) {
    const m = /time="[\d:.]+([+-]\d+)"/.exec(text);
    if (m) return Number(m[1]);
  }
  return 0;
}

type Deflated = NonNullable<FixtureEntry['precompressed']>;

/** The other logs of a zip, deflated once per time zone and variant: a fleet of 1,000 costs a few distinct bundles. */
function noiseBundle(cache: Map<string, { name: string; z: Deflated }[]>, bias: number, variant: number, noiseBytes: number): { name: string; z: Deflated }[] {
  const key = `${bias}:${variant}`;
  let bundle = cache.get(key);
  if (!bundle) {
    bundle = OTHER_LOGS.map((c, k) => {
      const data = Buffer.from(noiseLog(c, Math.floor(noiseBytes / OTHER_LOGS.length), bias, variant * 1000 + k + 1), 'utf8');
      return { name: `${c}.log`, z: { body: deflateRawSync(data), crc: crc32(data), size: data.length } };
    });
    cache.set(key, bundle);
  }
  return bundle;
}

function appDiscovery(machine: string, bias: number): string {
  const b = bias >= 0 ? `+${bias}` : String(bias);
  // The machine's name as AppDiscovery writes it (wording from corpus cmtrace/plaso-sccm-various.log).
  const text = `+++ Discovered application [AppDT Id: ScopeId_7F5D/DeploymentType_0b7c, Revision: 3] ... Type=\\"Deployment Type\\" ComputerName=\\"${machine}\\" CIComplianceState=\\"NotInstalled\\"`;
  return `\uFEFF<![LOG[${text}]LOG]!><time="08:00:00.000${b}" date="03-09-2026" component="AppDiscovery" context="" type="1" thread="3120" file="appdiscovery.cpp:1142">\r\n`;
}

function clientZip(set: LogSet, machine: string, bundle: readonly { name: string; z: Deflated }[], bias: number): Buffer {
  const entries: FixtureEntry[] = Object.entries(set.files).map(([name, data]) => ({ name: /^windowsupdate/i.test(name) ? `Windows/${name}` : `CCM/Logs/${name}`, data }));
  entries.push({ name: 'CCM/Logs/AppDiscovery.log', data: appDiscovery(machine, bias) });
  for (const n of bundle) entries.push({ name: `CCM/Logs/${n.name}`, precompressed: n.z });
  return buildZip(entries);
}

/** Writes the fleet's zips into `dir` (created); returns what each client is and must be triaged as. */
export function writeFleet(dir: string, o: FleetOptions): FleetClient[] {
  mkdirSync(dir, { recursive: true });
  const cache = new Map<string, { name: string; z: Deflated }[]>();
  const r = rng(o.seed ?? 15);
  const clients: FleetClient[] = [];
  for (let i = 0; i < o.clients; i++) {
    const set = FLEET_MIX[i % FLEET_MIX.length];
    const machine = `PC${String(i + 1).padStart(4, '0')}`;
    const name = `${machine}-logs.zip`;
    const bias = biasOf(set);
    let zip = clientZip(set, machine, noiseBundle(cache, bias, Math.floor(r() * 2), o.noiseBytes), bias);
    const broken = !!o.brokenEvery && i % o.brokenEvery === o.brokenEvery - 1;
    if (broken) zip = zip.subarray(0, Math.floor(zip.length / 2));
    const path = join(dir, name);
    writeFileSync(path, zip);
    clients.push({ name, path, machine, set, broken, bytes: zip.length });
  }
  return clients;
}
