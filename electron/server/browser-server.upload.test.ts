// Browser mode's upload endpoint: a dropped file's bytes opened in memory, behind the same guard as calls.
import { request as httpRequest, type ClientRequest } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_HEADER, type ApiEvent, type ApiResults } from '../../shared/api/contract';
import { cmtraceLine, clock } from '../../scripts/samples/log-builders';
import { buildZip } from '../../test/support/zip-writer';
import { LogService } from '../backend/log-service';
import { startBrowserServer, type BrowserServer } from './browser-server';

const work = mkdtempSync(join(tmpdir(), 'cmlens-upload-'));
process.env.CMLENS_LOG_DIR = join(work, 'user-logs');

/** Small cap so the over-the-cap tests send little. */
const CAP = 64 * 1024;

const c = clock('2026-03-02 09:15:00');
const wuaLines = ['Async searching of updates using WUAgent started.', 'Successfully completed scan.', 'Async searching completed.'];
const wuaLog = wuaLines.map((text, i) => cmtraceLine('WUAHandler', 300, { t: c.at(i), text })).join('\r\n') + '\r\n';
const scanLog = cmtraceLine('ScanAgent', 300, { t: c.at(5), text: 'CScanJob::OnScanComplete -Scan Failed with Error=0x80244021', type: 3 }) + '\r\n';

interface Reply { status: number; json: () => { ok: boolean; result?: ApiResults['openPaths']; error?: string } }

function upload(s: BrowserServer, opts: { name?: string | null; body?: Buffer; token?: string | null; host?: string; origin?: string; type?: string; method?: string; headers?: Record<string, string>; keepOpen?: boolean }): { reply: Promise<Reply>; req: ClientRequest } {
  const headers: Record<string, string> = { host: opts.host ?? `127.0.0.1:${s.port}`, 'content-type': opts.type ?? 'application/octet-stream', ...opts.headers };
  if (opts.token !== null) headers[TOKEN_HEADER] = opts.token ?? s.token;
  if (opts.origin) headers.origin = opts.origin;
  const q = opts.name === null ? '' : `?name=${encodeURIComponent(opts.name ?? 'x.log')}`;
  let req!: ClientRequest;
  const reply = new Promise<Reply>((resolve, reject) => {
    req = httpRequest({ host: '127.0.0.1', port: s.port, method: opts.method ?? 'POST', path: `/api/upload${q}`, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (d) => chunks.push(d));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, json: () => JSON.parse(text) });
      });
    });
    // The server may close while we still send (over the cap): that is the point, not a failure.
    req.on('error', (e) => ((e as NodeJS.ErrnoException).code === 'ECONNRESET' || (e as NodeJS.ErrnoException).code === 'EPIPE' ? undefined : reject(e)));
    if (opts.body) req.write(opts.body);
    if (!opts.keepOpen) req.end();
    else req.flushHeaders();
  });
  return { reply, req };
}

let service: LogService;
let server: BrowserServer;
const events: ApiEvent[] = [];
beforeAll(async () => {
  service = new LogService();
  service.onEvent((e) => events.push(e));
  server = await startBrowserServer(service, { staticRoot: work, maxUploadBytes: CAP });
});
afterAll(async () => {
  await server.close();
  service.dispose();
  rmSync(work, { recursive: true, force: true });
});

describe('browser mode upload: who may upload', () => {
  it('refuses a missing or wrong token (401) and opens nothing', async () => {
    const before = service.list().length;
    expect((await upload(server, { body: Buffer.from(wuaLog), token: null }).reply).status).toBe(401);
    expect((await upload(server, { body: Buffer.from(wuaLog), token: 'x'.repeat(32) }).reply).status).toBe(401);
    expect(service.list().length).toBe(before);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin (403)', async () => {
    const before = service.list().length;
    expect((await upload(server, { body: Buffer.from(wuaLog), host: `evil.example:${server.port}` }).reply).status).toBe(403);
    expect((await upload(server, { body: Buffer.from(wuaLog), origin: 'https://evil.example' }).reply).status).toBe(403);
    expect(service.list().length).toBe(before);
  });

  it('refuses other methods, other content types and a missing name', async () => {
    expect((await upload(server, { method: 'GET' }).reply).status).toBe(405);
    expect((await upload(server, { body: Buffer.from(wuaLog), type: 'application/json' }).reply).status).toBe(415);
    const noName = await upload(server, { body: Buffer.from(wuaLog), name: null }).reply;
    expect(noName.status).toBe(400);
    expect(noName.json().error).toMatch(/name/);
    expect((await upload(server, { body: Buffer.from(wuaLog), name: '../..' }).reply).status).toBe(400);
  });
});

describe('browser mode upload: size cap', () => {
  it('refuses a declared length over the cap with 413 before reading the body', async () => {
    // Declares CAP+1 bytes but sends none: only a server that answers from the header alone replies.
    const { reply, req } = upload(server, { headers: { 'content-length': String(CAP + 1) }, keepOpen: true });
    const r = await reply;
    req.destroy();
    expect(r.status).toBe(413);
    expect(r.json().error).toMatch(/larger than 65536 bytes/);
  });

  it('refuses a chunked body that grows past the cap with 413 while it is still being sent', async () => {
    // No length header; the request is never ended: the answer can only come from counting as it streams.
    const { reply, req } = upload(server, { body: Buffer.alloc(CAP + 1024, 0x61), keepOpen: true });
    const r = await reply;
    req.destroy();
    expect(r.status).toBe(413);
    // and the server goes on serving
    const ok = await upload(server, { name: 'WUAHandler.log', body: Buffer.from(wuaLog) }).reply;
    expect(ok.status).toBe(200);
  });
});

describe('browser mode upload: opening', () => {
  it('opens a dropped log as dropped:/<name>, parsed like an opened file, and announces it', async () => {
    events.length = 0;
    const r = await upload(server, { name: 'WUAHandler.log', body: Buffer.from(wuaLog) }).reply;
    expect(r.status).toBe(200);
    const { logs, errors } = r.json().result!;
    expect(errors).toEqual([]);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ name: 'WUAHandler.log', source: 'dropped:/WUAHandler.log', format: 'cmtrace', entries: 3, utcOffset: -300 });
    expect(events.some((e) => e.type === 'logs' && e.logs.some((l) => l.id === logs[0].id))).toBe(true);
    const rows = await service.api.getRows({ logIds: [logs[0].id], start: 0, count: 3 });
    expect(rows.map((x) => x.text)).toEqual(wuaLines);
  });

  it('a zip with hostile entries: each refused with its reason, the rest (nested zip included) opens', async () => {
    const inner = buildZip([{ name: 'ScanAgent.log', data: scanLog }]);
    const zip = buildZip([
      { name: 'CCM/Logs/WUAHandler.log', data: wuaLog },
      { name: '../escape.log', data: wuaLog },
      { name: 'CCM/Logs/link.log', data: '/etc/passwd', madeByUnix: true, externalAttributes: (0o120777 << 16) >>> 0 },
      { name: 'CCM/Logs/secret.log', data: wuaLog, flags: 1 },
      { name: 'nested/Inner.zip', data: inner, method: 'store' },
    ]);
    const r = await upload(server, { name: 'Customer Logs.zip', body: zip }).reply;
    expect(r.status).toBe(200);
    const { logs, errors } = r.json().result!;
    expect(logs.map((l) => l.source).sort()).toEqual([
      'dropped:/Customer Logs.zip!/CCM/Logs/WUAHandler.log',
      'dropped:/Customer Logs.zip!/nested/Inner.zip!/ScanAgent.log',
    ]);
    expect(logs.find((l) => l.name === 'WUAHandler.log')?.entries).toBe(3);
    expect(logs.find((l) => l.name === 'ScanAgent.log')?.entries).toBe(1);
    const byPath = Object.fromEntries(errors.map((e) => [e.path, e.reason]));
    expect(byPath['dropped:/Customer Logs.zip!/../escape.log']).toMatch(/climbs out/);
    expect(byPath['dropped:/Customer Logs.zip!/CCM/Logs/link.log']).toMatch(/symbolic link/);
    expect(byPath['dropped:/Customer Logs.zip!/CCM/Logs/secret.log']).toMatch(/encrypted/);
    expect(errors).toHaveLength(3);
  });

  it('recognises a zip by its PK magic whatever its name', async () => {
    const zip = buildZip([{ name: 'Logs/ScanAgent.log', data: scanLog }]);
    const { logs, errors } = (await upload(server, { name: 'attachment.bin', body: zip }).reply).json().result!;
    expect(errors).toEqual([]);
    expect(logs.map((l) => l.source)).toEqual(['dropped:/attachment.bin!/Logs/ScanAgent.log']);
  });

  it('a binary file gives a clear error for that file and opens nothing', async () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 37) % 256;
    const before = service.list().length;
    const { logs, errors } = (await upload(server, { name: 'setup.exe', body: bytes }).reply).json().result!;
    expect(logs).toEqual([]);
    expect(errors).toMatchObject([{ path: 'dropped:/setup.exe', code: 'binary', reason: expect.stringMatching(/not a text log \(binary content\)/) }]);
    expect(service.list().length).toBe(before);
  });

  it('a damaged zip is said plainly, never an exception', async () => {
    const zip = buildZip([{ name: 'X.log', data: wuaLog }]).subarray(0, 40);
    const r = await upload(server, { name: 'Broken.zip', body: zip }).reply;
    expect(r.status).toBe(200);
    const { logs, errors } = r.json().result!;
    expect(logs).toEqual([]);
    expect(errors).toMatchObject([{ path: 'dropped:/Broken.zip', code: expect.stringMatching(/^zip/), reason: expect.stringMatching(/not a zip|damaged|truncated/) }]);
  });

  it('keeps only the last segment of a name: a name is not a path', async () => {
    const { logs } = (await upload(server, { name: '..\\..\\Windows\\CCM\\Logs\\ScanAgent.log', body: Buffer.from(scanLog) }).reply).json().result!;
    expect(logs.map((l) => l.source)).toEqual(['dropped:/ScanAgent.log']);
  });
});
