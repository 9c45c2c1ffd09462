// Browser mode: the same typed API as Electron IPC, over HTTP (calls) and WebSocket (events), bound to
// 127.0.0.1 with a random token, so the real renderer runs in any Chromium and Playwright can drive it.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { validateCall, type ApiEvent, type ApiMethod } from '../../shared/api/contract';
import type { LogService } from '../backend/log-service';
import { rendererDir } from '../backend/app-paths';
import { checkRequest, TOKEN_COOKIE } from './request-guard';
import { readStatic } from './static-files';
import { contentSecurityPolicy } from './csp';

export interface BrowserServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY = 1 << 20;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('request too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8', extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...extra });
  res.end(body);
}

export async function startBrowserServer(service: LogService, opts: { port?: number; staticRoot?: string } = {}): Promise<BrowserServer> {
  const token = randomBytes(24).toString('base64url');
  const staticRoot = opts.staticRoot ?? rendererDir();
  let port = 0;
  const guard = { token, port: () => port };

  const server = createServer(async (req, res) => {
    const refused = checkRequest(req, guard);
    if (refused) return send(res, refused.status, JSON.stringify({ error: refused.reason }));
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    try {
      if (url.pathname === '/api/call' && req.method === 'POST') {
        let msg: { method?: unknown; args?: unknown };
        try {
          msg = JSON.parse(await readBody(req));
        } catch {
          return send(res, 400, JSON.stringify({ ok: false, error: 'request body is not JSON' }));
        }
        const v = validateCall(msg.method, msg.args);
        if (!v.ok) return send(res, 400, JSON.stringify({ ok: false, error: v.reason }));
        const fn = service.api[v.method as ApiMethod] as (a: unknown) => Promise<unknown>;
        const result = await fn(v.args);
        return send(res, 200, JSON.stringify({ ok: true, result }));
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, JSON.stringify({ error: 'method not allowed' }));
      const file = await readStatic(staticRoot, url.pathname);
      if (!file) return send(res, 404, JSON.stringify({ error: 'not found' }));
      const headers: Record<string, string> = {};
      if (file.type.startsWith('text/html')) {
        headers['content-security-policy'] = contentSecurityPolicy(`ws://127.0.0.1:${port} ws://localhost:${port}`);
        // Static assets the page loads carry the token as a cookie; API calls send it as a header.
        headers['set-cookie'] = `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
        headers['referrer-policy'] = 'no-referrer';
      }
      return send(res, 200, file.body, file.type, headers);
    } catch (e) {
      return send(res, 500, JSON.stringify({ ok: false, error: e instanceof Error ? e.message : String(e) }));
    }
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const sockets = new Set<WebSocket>();
  server.on('upgrade', (req, socket, head) => {
    const refused = checkRequest(req, guard);
    if (refused || new URL(req.url ?? '/', 'http://x').pathname !== '/api/events') {
      socket.write(`HTTP/1.1 ${refused?.status ?? 404} Refused\r\n\r\n`);
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
      // The ready handshake: the page learns the current state as soon as it listens.
      ws.send(JSON.stringify({ type: 'logs', logs: service.list() } satisfies ApiEvent));
    });
  });
  const unsubscribe = service.onEvent((e) => {
    const data = JSON.stringify(e);
    for (const ws of sockets) ws.send(data);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise((resolve) => {
        unsubscribe();
        for (const ws of sockets) ws.terminate();
        wss.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
