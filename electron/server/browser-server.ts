// Browser mode: the same typed API as Electron IPC, over HTTP (calls) and WebSocket (events), bound to
// 127.0.0.1 with a random token, so the real renderer runs in any Chromium and Playwright can drive it.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { EXPORT_PATH, type ApiEvent, type ExportSpec } from '../../shared/api/contract';
import { parseExportSpec, type ExportFile } from '../backend/export/export-file';
import type { LogService } from '../backend/log-service';
import { rendererDir } from '../backend/app-paths';
import { dispatchCall } from '../backend/dispatch-call';
import { errorLog } from '../backend/error-log';
import { checkRequest, TOKEN_COOKIE } from './request-guard';
import { readStatic } from './static-files';
import { contentSecurityPolicy } from './csp';
import { readBody } from './request-body';
import { cleanUploadName, MAX_UPLOAD_BYTES, UPLOAD_PATH } from '../../shared/api/upload';

export interface BrowserServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** What the server needs of the backend (tests pass a stand-in). */
export type BackendService = Pick<LogService, 'api' | 'list' | 'onEvent' | 'openBytes' | 'latestDiagnoses'> & {
  /** The export as a file to stream (in process, or pulled from the backend process). */
  exportFile(spec: ExportSpec): ExportFile | Promise<ExportFile>;
};

/** The largest call body: 1000 paths of 1000 characters fit; anything bigger is not a real call. */
export const MAX_BODY_BYTES = 1 << 20;

// The events WebSocket is one-way: the page only listens. A client that sends frames anyway (a flood of junk, or
// malformed frames, which ws itself answers by closing with 1002) is cut off after a few, and the number of sockets
// is capped, so no client can make the server buffer, log or loop without bound.
/** Frames a client may send (they are ignored) before its socket is closed with 1008 (policy violation). */
export const MAX_CLIENT_FRAMES = 16;
/** Event sockets open at once: one per page, a few pages at most; past this, an upgrade is refused with 503. */
export const MAX_EVENT_SOCKETS = 32;

/** Every answer's headers: never cached, never sniffed, never read by another origin. */
const COMMON_HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'cross-origin-resource-policy': 'same-origin' };

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8', extra: Record<string, string> = {}): void {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { 'content-type': type, ...COMMON_HEADERS, ...extra });
  res.end(body);
}

const sendJson = (res: ServerResponse, status: number, value: unknown, extra: Record<string, string> = {}): void => send(res, status, JSON.stringify(value), undefined, extra);
const refuse = (res: ServerResponse, status: number, error: string, extra: Record<string, string> = {}): void => sendJson(res, status, { ok: false, error }, extra);

export async function startBrowserServer(service: BackendService, opts: { port?: number; staticRoot?: string; maxUploadBytes?: number } = {}): Promise<BrowserServer> {
  const token = randomBytes(24).toString('base64url');
  const staticRoot = opts.staticRoot ?? rendererDir();
  let port = 0;
  const guard = { token, port: () => port };

  async function handleCall(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req, MAX_BODY_BYTES);
    if (!body.ok && body.tooLarge) return refuse(res, 413, `request body over ${MAX_BODY_BYTES} bytes`, { connection: 'close' });
    if (!body.ok) return refuse(res, 400, `request body: ${body.reason}`);
    let msg: unknown;
    try {
      msg = JSON.parse(body.bytes.toString('utf8'));
    } catch {
      return refuse(res, 400, 'request body is not JSON');
    }
    if (typeof msg !== 'object' || msg === null || Array.isArray(msg)) return refuse(res, 400, 'request body must be an object { method, args }');
    const { method, args } = msg as { method?: unknown; args?: unknown };
    const out = await dispatchCall(service.api, method, args, 'browser-mode');
    if (out.status === 200) return sendJson(res, 200, { ok: true, result: out.result });
    return refuse(res, out.status, out.error);
  }

  const maxUpload = opts.maxUploadBytes ?? MAX_UPLOAD_BYTES;

  /** A dropped file's bytes (browser mode has no path for it): opened in memory like openPaths, same answer. */
  async function handleUpload(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const name = cleanUploadName(url.searchParams.get('name') ?? '');
    if (!name) return refuse(res, 400, 'missing or unusable ?name= (the dropped file\'s name)', { connection: 'close' });
    const body = await readBody(req, maxUpload);
    if (!body.ok) {
      if (body.tooLarge) return refuse(res, 413, `${name}: larger than ${maxUpload} bytes; open it by path instead`, { connection: 'close' });
      return refuse(res, 400, `${name}: ${body.reason}`, { connection: 'close' });
    }
    const result = await service.openBytes(name, body.bytes);
    return sendJson(res, 200, { ok: true, result });
  }

  /** An export as a download (browser mode has no save dialog): validated like a call, streamed as it is made. */
  async function handleExport(res: ServerResponse, url: URL): Promise<void> {
    let spec: unknown;
    try {
      spec = JSON.parse(url.searchParams.get('spec') ?? '');
    } catch {
      return refuse(res, 400, '?spec= must be JSON');
    }
    const parsed = parseExportSpec(spec);
    if (!parsed.ok) return refuse(res, 400, parsed.error);
    const file = await service.exportFile(parsed.spec);
    res.writeHead(200, { 'content-type': file.mime, 'content-disposition': `attachment; filename="${file.fileName}"`, ...COMMON_HEADERS });
    for await (const chunk of file.chunks()) {
      if (res.destroyed) return;
      if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve).once('close', resolve));
    }
    res.end();
  }

  /** The API's paths, the one HTTP method each takes and the body it reads; any other path is a static file. */
  const routes: Record<string, { method: 'GET' | 'POST'; body?: string; handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> }> = {
    '/api/call': { method: 'POST', body: 'application/json', handle: handleCall },
    [EXPORT_PATH]: { method: 'GET', handle: (_req, res, url) => handleExport(res, url) },
    [UPLOAD_PATH]: { method: 'POST', body: 'application/octet-stream', handle: handleUpload },
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const refused = checkRequest(req, guard);
    if (refused) return refuse(res, refused.status, refused.reason);
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const route = Object.hasOwn(routes, url.pathname) ? routes[url.pathname] : undefined;
    if (route) {
      if (req.method !== route.method) return refuse(res, 405, `method not allowed: use ${route.method}`, { allow: route.method });
      const type = (req.headers['content-type'] ?? '').toLowerCase();
      if (route.body && !new RegExp(`^${route.body}\\b`).test(type)) return refuse(res, 415, `content-type must be ${route.body}`, { connection: 'close' });
      return route.handle(req, res, url);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'method not allowed', { allow: 'GET, HEAD' });
    const file = await readStatic(staticRoot, url.pathname);
    if (!file) return refuse(res, 404, 'not found');
    const headers: Record<string, string> = {};
    if (file.type.startsWith('text/html')) {
      headers['content-security-policy'] = contentSecurityPolicy(`ws://127.0.0.1:${port} ws://localhost:${port}`);
      // Static assets the page loads carry the token as a cookie; API calls send it as a header.
      headers['set-cookie'] = `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
      headers['referrer-policy'] = 'no-referrer';
      headers['x-frame-options'] = 'DENY';
    }
    return send(res, 200, req.method === 'HEAD' ? '' : file.body, file.type, headers);
  }

  const server = createServer((req, res) => {
    // A handler that throws costs that request a 500, never the server.
    handle(req, res).catch((e: unknown) => {
      errorLog().write('browser-mode request', e);
      refuse(res, 500, e instanceof Error ? e.message : String(e));
    });
  });
  server.on('clientError', (_e, socket) => socket.destroy());

  // ws tracks the open sockets (wss.clients: added on upgrade, removed on close).
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  server.on('upgrade', (req, socket, head) => {
    const refused = checkRequest(req, guard);
    if (refused || new URL(req.url ?? '/', 'http://x').pathname !== '/api/events') {
      socket.end(`HTTP/1.1 ${refused?.status ?? 404} ${refused ? 'Refused' : 'Not Found'}\r\nconnection: close\r\n\r\n`);
      return;
    }
    if (wss.clients.size >= MAX_EVENT_SOCKETS) return void socket.end('HTTP/1.1 503 Too Many Event Sockets\r\nconnection: close\r\n\r\n');
    wss.handleUpgrade(req, socket, head, (ws) => {
      let frames = 0;
      ws.on('message', () => {
        if (++frames > MAX_CLIENT_FRAMES) ws.close(1008, 'this socket only sends events');
      });
      ws.on('error', (e) => errorLog().write('browser-mode websocket', e));
      // The ready handshake: the page learns the current state as soon as it listens (the diagnosis is only pushed).
      ws.send(JSON.stringify({ type: 'logs', logs: service.list() } satisfies ApiEvent));
      for (const d of service.latestDiagnoses()) ws.send(JSON.stringify(d satisfies ApiEvent));
    });
  });
  const unsubscribe = service.onEvent((e) => {
    const data = JSON.stringify(e);
    for (const ws of wss.clients) ws.send(data);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: nothing on the network can reach browser mode.
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
        for (const ws of wss.clients) ws.terminate();
        wss.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
