// Facts the next steps are filled from: the WSUS URL the agent used, the one the site handed out, the one a
// domain GPO forced. Read from the lines of the set, latest value wins.
import { corpus, guide, sample as s, type Provenance } from '../knowledge/provenance';
import type { LinePattern, SetView } from './set-view';

export interface WsusUrl {
  url: string;
  scheme: 'http' | 'https';
  host: string;
  port: number;
}

export interface Facts {
  /** The server the Windows Update Agent talks to (WindowsUpdate.log "WSUS server:", PT "Server URL", WUAHandler). */
  agentUrl: WsusUrl | null;
  /** The server Configuration Manager handed out (ScanAgent "Received Location=", LocationServices "WSUS Path="). */
  siteUrl: WsusUrl | null;
  /** The server a domain group policy forced ("overwritten by a higher authority ... to: Server X"). */
  gpoUrl: WsusUrl | null;
}

function parseWsusUrl(s: string): WsusUrl | null {
  const m = /^(https?):\/\/([^/:\s'"(),]+)(?::(\d{1,5}))?/i.exec(s.trim());
  if (!m) return null;
  const scheme = m[1].toLowerCase() as 'http' | 'https';
  const port = m[3] ? Number(m[3]) : scheme === 'https' ? 443 : 80;
  return { url: `${scheme}://${m[2]}${m[3] ? ':' + m[3] : ''}`, scheme, host: m[2], port };
}

export interface FactPattern extends Provenance, LinePattern {
  /** The facts a match gives (a GPO's server is also the one the agent then uses). */
  facts: readonly (keyof Facts)[];
}

const URL = String.raw`(https?:\/\/[^\s'"(),]+)`;
const WSL = 'windowsupdate-legacy/rsasbeih-windowsupdate-wsus-timeout.log';
export const FACT_PATTERNS: readonly FactPattern[] = [
  { logs: ['windowsupdate'], re: new RegExp(String.raw`WSUS server:\s*` + URL, 'i'), facts: ['agentUrl'], samples: [s('  * WSUS server: http://wsus12.birzeit.edu:8530', corpus(WSL, 20))] },
  { logs: ['windowsupdate'], re: new RegExp(String.raw`Server URL\s*=\s*` + URL, 'i'), facts: ['agentUrl'], samples: [s('  Server URL = http://wsus12.birzeit.edu:8530/SimpleAuthWebService/SimpleAuth.asmx', corpus(WSL, 84))] },
  { logs: ['wuahandler'], re: new RegExp(String.raw`Enabling WUA Managed server policy to use server:\s*` + URL, 'i'), facts: ['agentUrl', 'siteUrl'], samples: [s('Enabling WUA Managed server policy to use server: http://PS1SITE.CONTOSO.COM:8530', guide(119))] },
  {
    logs: ['wuahandler'], re: new RegExp(String.raw`Existing WUA Managed server was already set \(` + URL, 'i'), facts: ['agentUrl'],
    samples: [s('Existing WUA Managed server was already set (https://SCCM01D.firm.saulewing.net:8531), skipping Group Policy registration.', corpus('cmtrace/findingsanity-wuahandler.log', 4))],
  },
  { logs: ['scanagent'], re: new RegExp(String.raw`Received Location=` + URL, 'i'), facts: ['siteUrl'], samples: [s('ScanJob({JobID}): CScanJob::OnLocationUpdate- Received Location=http://PS1SITE.CONTOSO.COM:8530, Version=38', guide(114))] },
  { logs: ['scanagent'], re: new RegExp(String.raw`ContentLocation=` + URL, 'i'), facts: ['siteUrl'], samples: [s('ScanJob({JobID}): CScanJob::Execute- Adding UpdateSource={SourceID}, ContentType=2, ContentLocation=http://PS1SITE.CONTOSO.COM:8530, ContentVersion=38', guide(114))] },
  {
    logs: ['locationservices'], re: new RegExp(String.raw`WSUS Path='` + URL, 'i'), facts: ['siteUrl'], modelled: true,
    samples: [s("WSUS Path='http://SUP01.contoso.com:8530', Server='SUP01.contoso.com', Version='38'", 'modelled: our LocationServices fixture')],
  },
  {
    logs: ['wuahandler'], re: new RegExp(String.raw`overwritten by a higher authority[^\n]*?Server\s+` + URL, 'i'), facts: ['gpoUrl', 'agentUrl'],
    samples: [s('Group policy settings were overwritten by a higher authority (Domain Controller) to: Server http://server and Policy ENABLED', guide(333))],
  },
];

/** Facts from the lines of the set view's pass that match FACT_PATTERNS, in time order (the last value of each wins). */
export function factsOf(lines: SetView['lines']): Facts {
  const f: Facts = { agentUrl: null, siteUrl: null, gpoUrl: null };
  // the sort is stable: two patterns on one line apply in the table's order
  const found = FACT_PATTERNS.flatMap((p) => (lines.get(p) ?? []).map((e) => ({ p, e }))).sort((a, b) => a.e.pos - b.e.pos);
  for (const { p, e } of found) {
    const u = parseWsusUrl(p.re.exec(e.entry.text)![1].replace(/\/(ClientWebService|SimpleAuthWebService)\/.*$/i, ''));
    if (u) for (const k of p.facts) f[k] = u;
  }
  return f;
}

/** The three URLs the guide tests a WSUS server with. */
export function wsusTestUrls(u: WsusUrl): string[] {
  return [`${u.url}/Selfupdate/wuident.cab`, `${u.url}/ClientWebService/wusserverversion.xml`, `${u.url}/SimpleAuthWebService/SimpleAuth.asmx`];
}
