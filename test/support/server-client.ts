// Tests' HTTP client for browser mode: a raw request with the token and Host a page would send, and an API call.
import { request as httpRequest } from 'node:http';
import { TOKEN_HEADER } from '../../shared/api/contract';
import type { BrowserServer } from '../../electron/server/browser-server';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: () => any; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies of many shapes, checked field by field
}

export interface RequestOptions {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** null: send no token; undefined: the server's. */
  token?: string | null;
  host?: string;
}

export function req(s: Pick<BrowserServer, 'port' | 'token'>, opts: RequestOptions): Promise<Reply> {
  const headers: Record<string, string> = { host: opts.host ?? `127.0.0.1:${s.port}`, ...opts.headers };
  if (opts.token !== null) headers[TOKEN_HEADER] = opts.token ?? s.token;
  if (opts.body !== undefined && !('content-type' in headers)) headers['content-type'] = 'application/json';
  return new Promise((resolve, reject) => {
    const r = httpRequest({ host: '127.0.0.1', port: s.port, method: opts.method ?? 'GET', path: opts.path ?? '/', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
      });
    });
    r.on('error', reject);
    if (opts.body !== undefined) r.write(opts.body);
    r.end();
  });
}

/** One API call as the renderer sends it. */
export const call = (s: Pick<BrowserServer, 'port' | 'token'>, method: unknown, args: unknown): Promise<Reply> =>
  req(s, { method: 'POST', path: '/api/call', body: JSON.stringify({ method, args }) });
