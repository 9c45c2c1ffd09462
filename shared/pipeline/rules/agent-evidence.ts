// What the Windows Update Agent itself saw when a search failed, read as a technician reads WindowsUpdate.log:
// WUAHandler and ScanAgent only relay the agent's code, so when that code has no section of its own, the HTTP
// status, the WS error text, certificate and proxy words, SOAP faults and handler failures of the same cycle choose
// it. Data: each pattern names the section it points to and carries samples; the first row that matches wins
// (most specific first: an HTTP 401 line also lists an empty proxy, which says nothing about the proxy).
import type { SectionId } from '../../knowledge/section-ids';
import { corpus, published, sample as s, type Provenance } from '../../knowledge/provenance';
import type { SetEntry } from '../set-view';
import type { SetWindow } from '../set-window';

export interface AgentEvidence extends Provenance {
  id: string;
  section: SectionId;
  re: RegExp;
}

export const AGENT_EVIDENCE: readonly AgentEvidence[] = [
  {
    id: 'http-denied', section: 'scan.wua.auth', re: /HTTP status code\s*=\s*40[13]\b/i,
    samples: [s('+ Last proxy send request failed with hr = 0x800710DD, HTTP status code = 401', published('ms800710dd'))],
  },
  {
    id: 'http-proxy-status', section: 'scan.wua.proxy', re: /HTTP status code\s*=\s*(?:407|502)\b/i,
    samples: [s('WARNING: SyncUpdates failure, error = 0x8024401B, soap client error = 10, soap error code = 0, HTTP status code = 407', published('kick8024401b'))],
  },
  {
    id: 'certificate', section: 'scan.wua.certificate',
    re: /(?:WS error|fail|error|warning)[^\n]*(?:certificate|CERT_E_|TRUST_E_|secure channel)|certificate[^\n]*(?:invalid|expired|revoked|not trusted|untrusted)/i,
    samples: [s('WS error: The date in the certificate is invalid or has expired', published('issue11'))],
  },
  {
    id: 'proxy-or-name', section: 'scan.wua.proxy',
    re: /proxy cannot be reached|proxy (?:list|server)[^\n]*(?:invalid|not |fail)|proxy authentication required|name (?:could not|cannot) be resolved|NAME_NOT_RESOLVED/i,
    samples: [s('WS error: The given proxy cannot be reached.', corpus('windowsupdate-10/reeceketley-windowsupdate-offline.log', 10652))],
  },
  {
    id: 'handler-failed', section: 'scan.request.wua-repair',
    re: /FATAL: UH:|EvaluateApplicability failed|CCbs::\w+[^\n]*fail|component store[^\n]*(?:corrupt|fail)|CBS_E_\w+/i,
    samples: [s('FATAL: UH: 0x80070057: EvaluateApplicability failed in CCbs::EvaluateApplicability', published('issue11'))],
  },
  {
    id: 'server-error-or-timeout', section: 'scan.wua.http', re: /HTTP status code\s*=\s*(?:5\d\d|408)\b|\b(?:operation|request|connection) (?:has )?timed out\b/i,
    modelled: true, samples: [s('WARNING: SyncUpdates failure, error = 0x80244022, soap client error = 10, soap error code = 0, HTTP status code = 503', 'modelled on the published SyncUpdates failure lines (HTTP 503 = WU_E_PT_HTTP_STATUS_SERVICE_UNAVAIL)')],
  },
  // the WSUS web service answered with a fault: a server-side failure, read in its IIS and SoftwareDistribution logs
  {
    id: 'soap-fault', section: 'scan.wua.http', re: /soap error code\s*=\s*[1-9]\d*|WS error:\s*<detail>|<ErrorCode>\w+<\/ErrorCode>/i,
    samples: [
      s('WARNING: SyncUpdates failure, error = 0x8024400E, soap client error = 7, soap error code = 400, HTTP status code = 200', published('expta8024400e')),
      s('WS error: <detail><ErrorCode>InvalidParameters</ErrorCode><Message>parameters.InstalledNonLeafUpdateIDs</Message><ID>GUID</ID><Method>"http://www.microsoft.com/SoftwareDistribution/Server/ClientWebService/SyncUpdates"</Method></detail>', published('ms80244007')),
    ],
  },
];

export interface EvidenceVerdict {
  evidence: AgentEvidence;
  lines: SetEntry[];
}

/** The most specific thing the agent's lines say, and every line that says it (time order). */
export function readAgentEvidence(lines: Iterable<SetEntry>): EvidenceVerdict | null {
  const hits = new Map<AgentEvidence, SetEntry[]>();
  for (const e of lines) {
    if (e.kind !== 'windowsupdate') continue;
    const row = AGENT_EVIDENCE.find((r) => r.re.test(e.entry.text));
    if (row) hits.set(row, [...(hits.get(row) ?? []), e]);
  }
  const best = AGENT_EVIDENCE.find((r) => hits.has(r));
  return best ? { evidence: best, lines: hits.get(best)! } : null;
}

const READ = new WeakMap<SetWindow, EvidenceVerdict | null>();

/** The agent evidence of a rule context's window, read once however many rules ask. */
export function evidenceOf(ctx: { window: SetWindow }): EvidenceVerdict | null {
  let v = READ.get(ctx.window);
  if (v === undefined) READ.set(ctx.window, (v = readAgentEvidence(ctx.window.ofKind(['windowsupdate']))));
  return v;
}
