// Facts the next steps are filled from: the WSUS URL the agent used, the one the site handed out, the one a
// domain GPO forced. Read from the lines of the set, latest value wins.
import type { LogKind } from './log-kind';

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

export function parseWsusUrl(s: string): WsusUrl | null {
  const m = /^(https?):\/\/([^/:\s'"(),]+)(?::(\d{1,5}))?/i.exec(s.trim());
  if (!m) return null;
  const scheme = m[1].toLowerCase() as 'http' | 'https';
  const port = m[3] ? Number(m[3]) : scheme === 'https' ? 443 : 80;
  return { url: `${scheme}://${m[2]}${m[3] ? ':' + m[3] : ''}`, scheme, host: m[2], port };
}

interface FactPattern {
  logs: readonly LogKind[];
  re: RegExp;
  fact: keyof Facts;
}

const URL = String.raw`(https?:\/\/[^\s'"(),]+)`;
const FACT_PATTERNS: readonly FactPattern[] = [
  { logs: ['windowsupdate'], re: new RegExp(String.raw`WSUS server:\s*` + URL, 'i'), fact: 'agentUrl' },
  { logs: ['windowsupdate'], re: new RegExp(String.raw`Server URL\s*=\s*` + URL, 'i'), fact: 'agentUrl' },
  { logs: ['wuahandler'], re: new RegExp(String.raw`Enabling WUA Managed server policy to use server:\s*` + URL, 'i'), fact: 'agentUrl' },
  { logs: ['wuahandler'], re: new RegExp(String.raw`Existing WUA Managed server was already set \(` + URL, 'i'), fact: 'agentUrl' },
  { logs: ['wuahandler'], re: new RegExp(String.raw`Enabling WUA Managed server policy to use server:\s*` + URL, 'i'), fact: 'siteUrl' },
  { logs: ['scanagent'], re: new RegExp(String.raw`Received Location=` + URL, 'i'), fact: 'siteUrl' },
  { logs: ['scanagent'], re: new RegExp(String.raw`ContentLocation=` + URL, 'i'), fact: 'siteUrl' },
  { logs: ['locationservices'], re: new RegExp(String.raw`WSUS Path='` + URL, 'i'), fact: 'siteUrl' },
  { logs: ['wuahandler'], re: new RegExp(String.raw`overwritten by a higher authority[^\n]*?Server\s+` + URL, 'i'), fact: 'gpoUrl' },
];

export interface FactLine {
  kind: LogKind | null;
  text: string;
}

/** Facts from lines in time order (the last value of each wins); the GPO URL also counts as the agent's. */
export function extractFacts(lines: Iterable<FactLine>): Facts {
  const f: Facts = { agentUrl: null, siteUrl: null, gpoUrl: null };
  for (const l of lines) {
    if (!l.kind) continue;
    for (const p of FACT_PATTERNS) {
      if (!p.logs.includes(l.kind)) continue;
      const m = p.re.exec(l.text);
      const u = m ? parseWsusUrl(m[1].replace(/\/(ClientWebService|SimpleAuthWebService)\/.*$/i, '')) : null;
      if (u) {
        f[p.fact] = u;
        if (p.fact === 'gpoUrl') f.agentUrl = u;
      }
    }
  }
  return f;
}

/** The three URLs the guide tests a WSUS server with. */
export function wsusTestUrls(u: WsusUrl): string[] {
  return [`${u.url}/Selfupdate/wuident.cab`, `${u.url}/ClientWebService/wusserverversion.xml`, `${u.url}/SimpleAuthWebService/SimpleAuth.asmx`];
}
