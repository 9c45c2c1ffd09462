// A small CCM Logs folder written for the e2e tests: one client scan cycle (steps 1–12) that fails on a
// proxy error (0x80244021, HTTP 502), in CMTrace format at UTC−05:00 (bias +300), as a client writes it.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const UPDATE_SOURCE = '{3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}';
const SERVER = 'http://WSUS01.contoso.com:8530';

export type Sev = 1 | 2 | 3;

/** One CMTrace line: `<![LOG[text]LOG]!><time="HH:MM:SS.mmm+bias" date="MM-DD-YYYY" component=… type=… thread=…>`. */
export function cmtraceLine(text: string, time: string, component: string, type: Sev = 1, thread = 4321): string {
  return `<![LOG[${text}]LOG]!><time="${time}+300" date="11-24-2026" component="${component}" context="" type="${type}" thread="${thread}" file="${component.toLowerCase()}.cpp:100">`;
}

const log = (lines: [string, string, Sev?][], component: string, thread: number) =>
  lines.map(([time, text, sev]) => cmtraceLine(text, time, component, sev ?? 1, thread)).join('\r\n') + '\r\n';

export const SCAN_AGENT = log([
  ['10:20:00.100', `CScanAgent::ScanByUpdates- Policy available for UpdateSourceID=${UPDATE_SOURCE}`],
  ['10:20:00.120', 'Added Policy to final ScanRequest List'],
  ['10:20:00.200', `Requesting WSUS Server Locations from LS for ${UPDATE_SOURCE}`],
  ['10:20:00.210', 'Locations requested for ScanJobID={A1B2C3D4-0000-0000-0000-000000000001} (LocationRequestID={A1B2C3D4-0000-0000-0000-000000000002}), will process the scan request once locations are available.'],
  ['10:20:02.500', 'WSUSLocationUpdate received for location request guid={A1B2C3D4-0000-0000-0000-000000000002}'],
  ['10:20:02.510', `CScanJob::OnLocationUpdate- Received Location=${SERVER}, Version=44`],
  ['10:20:02.600', `Raised UpdateSource (${UPDATE_SOURCE}) state message successfully`],
  ['10:20:02.700', 'CScanJob::Execute - successfully requested Scan, ScanType=1, Scan Count=1'],
  ['10:21:10.000', 'CScanJob::OnScanComplete -Scan Failed with Error=0x80244021', 3],
], 'ScanAgent', 3340);

export const LOCATION_SERVICES = log([
  ['10:20:00.300', 'Attempting to persist WSUS location request for ContentID=\'{3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}\''],
  ['10:20:00.320', 'Attempting to send WSUS Location Request for ContentID=\'{3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}\''],
  ['10:20:00.400', 'Created and Sent Location Request \'{A1B2C3D4-0000-0000-0000-000000000002}\' for package {3DA21691-E39D-4DA6-8A4B-B43877BCB1B7}'],
  ['10:20:02.300', 'Processing Location reply message'],
  ['10:20:02.400', `Calling back with the following WSUS locations`],
  ['10:20:02.410', `WSUS Path='${SERVER}', Server='WSUS01.contoso.com', Version='44'`],
], 'LocationServices', 2284);

export const WUA_HANDLER = log([
  ['10:20:03.000', `Its a WSUS Update Source type (${UPDATE_SOURCE}), adding it.`],
  ['10:20:03.100', 'Its a completely new WSUS Update Source.'],
  ['10:20:03.200', `Enabling WUA Managed server policy to use server: ${SERVER}`],
  ['10:20:05.000', 'Waiting for 2 mins for Group Policy to notify of WUA policy change...'],
  ['10:20:09.000', `Added Update Source (${UPDATE_SOURCE}) of content type: 2`],
  ['10:20:09.500', "Search Criteria is (DeploymentAction=* AND Type='Software') OR (DeploymentAction=* AND Type='Driver')"],
  ['10:20:09.510', 'Running single-call scan of updates.'],
  ['10:20:09.600', 'Async searching of updates using WUAgent started.'],
  ['10:21:09.000', 'Proxy settings for this session: WinHTTP default (no proxy)', 2],
  ['10:21:09.900', 'OnSearchComplete - Failed to end search job. Error = 0x80244021.', 3],
  ['10:21:09.910', 'Scan failed with error = 0x80244021.', 3],
], 'WUAHandler', 4321);

/** Writes the set under a fresh temp folder as `<tmp>/CCM/Logs/*.log`; returns the Logs folder. */
export function writeCcmSet(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'cmlens-e2e-')), 'CCM', 'Logs');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'ScanAgent.log'), SCAN_AGENT);
  writeFileSync(join(dir, 'LocationServices.log'), LOCATION_SERVICES);
  writeFileSync(join(dir, 'WUAHandler.log'), WUA_HANDLER);
  return dir;
}
