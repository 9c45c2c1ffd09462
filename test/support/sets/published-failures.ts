// Client scans that failed as real clients wrote it: WUAHandler.log relays the agent's code, WindowsUpdate.log
// holds what the agent saw, in the wording of the article or post where each failure was published (named per set;
// see shared/knowledge/provenance.ts). The diagnosis must place each by the agent's evidence, not the relayed code.
import { PUBLISHED } from '../../../shared/knowledge/provenance';
import { clock, cmtraceLog, wuLog, type CmLine, type WuLine } from '../../../scripts/samples/log-builders';
import type { LogSet } from './types';

const SRC = '{A70BBF1F-4768-4A41-AB5B-9ADBBBE009D0}';
const SERVICE = '3DA21691-E39D-4DA6-8A4B-B43877BCB1B7';

interface Published {
  name: string;
  /** Where the WindowsUpdate.log lines were published. */
  source: string;
  code: string;
  style: 'legacy' | 'win10';
  server: string;
  /** The agent's lines between the start of the CcmExec search and its end, as published. */
  agent: readonly (readonly [component: string, text: string])[];
  expect: LogSet['expect'];
}

const failed = (primarySection: LogSet['expect']['primarySection'], errorCode: string, evidenceIncludes: string): LogSet['expect'] => ({
  verdict: 'failed', primarySection, errorCode, evidenceIncludes, cycles: 1,
});

export const PUBLISHED_FAILURES: readonly Published[] = [
  {
    name: 'published-cert-expired-0x800B0101', source: PUBLISHED.issue11, code: '800B0101', style: 'win10', server: 'https://SUP01.contoso.com:8531',
    agent: [
      ['WebServices', "WS error: There was an error communicating with the endpoint at 'https://SUP01.contoso.com:8531/ClientWebService/client.asmx'."],
      ['WebServices', 'WS error: The date in the certificate is invalid or has expired'],
      ['WebServices', '*FAILED* [800B0101] Web service call'],
    ],
    expect: failed('scan.wua.certificate', '0x800B0101', 'The date in the certificate is invalid or has expired'),
  },
  {
    name: 'published-http-401-0x800710DD', source: PUBLISHED.ms800710dd, code: '800710DD', style: 'legacy', server: 'http://SUP01.contoso.com:8530',
    agent: [
      ['Misc', 'WARNING: SendRequest failed with hr = 800710dd. Proxy List used: <(null)> Bypass List used : <(null)> Auth Schemes used : <>'],
      ['PT', '  + Last proxy send request failed with hr = 0x800710DD, HTTP status code = 401'],
      ['PT', '  + Caller provided credentials = No'],
      ['PT', '  + Impersonate flags = 2'],
      ['PT', '  + Possible authorization schemes used = '],
      ['PT', 'WARNING: SyncUpdates failure, error = 0x800710DD, soap client error = 5, soap error code = 0, HTTP status code = 200'],
      ['PT', 'WARNING: Sync of Updates: 0x800710dd'],
      ['Agent', '  * WARNING: Failed to synchronize, error = 0x800710DD'],
      ['Agent', '  * WARNING: Exit code = 0x800710DD'],
    ],
    expect: failed('scan.wua.auth', '0x800710DD', 'HTTP status code = 401'),
  },
  {
    name: 'published-soap-400-0x8024400E', source: PUBLISHED.expta8024400e, code: '8024400E', style: 'legacy', server: 'http://SUP01.contoso.com:8530',
    agent: [
      ['PT', 'WARNING: SyncUpdates failure, error = 0x8024400E, soap client error = 7, soap error code = 400, HTTP status code = 200'],
      ['PT', 'WARNING: PTError: 0x8024400e'],
      ['Agent', '  * WARNING: Failed to synchronize, error = 0x8024400E'],
      ['Agent', '  * WARNING: Exit code = 0x8024400E'],
    ],
    expect: failed('scan.wua.http', '0x8024400E', 'soap error code = 400'),
  },
  {
    name: 'published-syncupdates-0x80244007', source: PUBLISHED.ms80244007, code: '80244007', style: 'win10', server: 'http://SUP01.contoso.com:8530',
    agent: [
      ['WebServices', 'WS error: <detail><ErrorCode>InvalidParameters</ErrorCode><Message>parameters.InstalledNonLeafUpdateIDs</Message><ID>8a2b6c1e-5e4d-4c39-9a7e-1f0b2c3d4e5f</ID><Method>"http://www.microsoft.com/SoftwareDistribution/Server/ClientWebService/SyncUpdates"</Method></detail>'],
      ['ProtocolTalker', '*FAILED* [80244007] SyncUpdates_WithRecovery failed'],
    ],
    expect: failed('scan.wua.http', '0x80244007', 'SyncUpdates_WithRecovery failed'),
  },
  {
    name: 'published-applicability-0x80070057', source: PUBLISHED.issue11, code: '80070057', style: 'win10', server: 'http://SUP01.contoso.com:8530',
    agent: [['Handler', 'FATAL: UH: 0x80070057: EvaluateApplicability failed in CCbs::EvaluateApplicability']],
    expect: failed('scan.request.wua-repair', '0x80070057', 'EvaluateApplicability failed'),
  },
];

function filesOf(p: Published): Record<string, string> {
  const c = clock('2026-04-21 13:40:00');
  const legacy = p.style === 'legacy';
  const wua: CmLine[] = [
    { t: c.at(0), text: `Its a WSUS Update Source type (${SRC}), adding it.` },
    { t: c.at(0.1), text: `Existing WUA Managed server was already set (${p.server}), skipping Group Policy registration.` },
    { t: c.at(0.2), text: `Added Update Source (${SRC}) of content type: 2` },
    { t: c.at(0.4), text: "Search Criteria is (DeploymentAction=* AND Type='Software') OR (DeploymentAction=* AND Type='Driver')" },
    { t: c.at(0.5), text: 'Async searching of updates using WUAgent started.' },
    { t: c.at(31), text: `OnSearchComplete - Failed to end search job. Error = 0x${p.code.toLowerCase()}.`, type: 3 },
    { t: c.at(31.1), text: `Scan failed with error = 0x${p.code.toLowerCase()}.`, type: 3 },
  ];
  const wu: WuLine[] = [];
  const at = (s: number, component: string, text: string) => wu.push({ t: c.at(s), component, text, pid: legacy ? 1344 : 3736, tid: legacy ? 0x74c : 3464 });
  if (legacy) {
    at(0.6, 'COMAPI', '-- START --  COMAPI: Search [ClientId = CcmExec]');
    at(0.7, 'Agent', '*************');
    at(0.7, 'Agent', '** START **  Agent: Finding updates [CallerId = CcmExec]');
    at(0.8, 'PT', `  + ServiceId = {${SERVICE}}, Server URL = ${p.server}/ClientWebService/client.asmx`);
  } else {
    at(0.6, 'ComApi', `* START *   Search ClientId = CcmExec, ServiceId = ${SERVICE}, Flags: 0X10050 (cV = lsg8SRr0Xk+wqTGd.1.0.0)`);
    at(0.7, 'Agent', '* START * Finding updates CallerId = CcmExec  Id = 2 (cV = lsg8SRr0Xk+wqTGd.1.0.0.2)');
    at(0.8, 'ProtocolTalker', `ServiceId = {${SERVICE}}, Server URL = ${p.server}/ClientWebService/client.asmx`);
  }
  p.agent.forEach(([component, text], i) => at(30 + i * 0.01, component, text));
  if (legacy) {
    at(30.5, 'Agent', '*********');
    at(30.5, 'Agent', '**  END  **  Agent: Finding updates [CallerId = CcmExec]');
    at(30.6, 'COMAPI', `WARNING: Operation failed due to earlier error, hr=${p.code}`);
    at(30.6, 'COMAPI', '-- END --  COMAPI: Search [ClientId = CcmExec]');
  } else {
    at(30.5, 'Agent', `* END * Finding updates CallerId = CcmExec, Id = 2, Exit code = 0x${p.code} (cV = lsg8SRr0Xk+wqTGd.1.0.0.2)`);
  }
  return { 'WUAHandler.log': cmtraceLog('WUAHandler', 300, wua), 'WindowsUpdate.log': wuLog(p.style, wu) };
}

export const PUBLISHED_FAILURE_SETS: readonly LogSet[] = PUBLISHED_FAILURES.map((p) => ({ name: p.name, files: filesOf(p), expect: p.expect }));
