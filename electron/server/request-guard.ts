// Who may talk to browser mode: only pages this server served, on this machine. Checks the token
// (constant time), the Host header (DNS rebinding: a foreign name resolving to 127.0.0.1 is refused)
// and the Origin (another site's page in the same browser is refused).
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { TOKEN_HEADER } from '../../shared/api/contract';

export const TOKEN_COOKIE = 'cmlens_token';

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

/** Returns null when the request may proceed, else the HTTP status and reason to refuse it with. */
export function checkRequest(req: IncomingMessage, opts: { token: string; port: () => number }): { status: number; reason: string } | null {
  const port = opts.port();
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowedHosts.includes(req.headers.host ?? '')) return { status: 403, reason: 'bad Host header' };
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedHosts.map((h) => `http://${h}`).includes(origin)) return { status: 403, reason: 'bad Origin' };
  const url = new URL(req.url ?? '/', `http://${allowedHosts[0]}`);
  const header = req.headers[TOKEN_HEADER];
  const given = (typeof header === 'string' ? header : undefined) ?? url.searchParams.get('token') ?? cookie(req, TOKEN_COOKIE);
  if (!sameToken(given ?? undefined, opts.token)) return { status: 401, reason: 'missing or wrong token' };
  return null;
}
