import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { type ApiEvent, type CmlensApi } from '../../shared/api/contract';
import { call, req } from '../../test/support/server-client';
import { LogService } from '../backend/log-service';
import { MAX_BODY_BYTES, startBrowserServer, type BackendService, type BrowserServer } from './browser-server';

const work = mkdtempSync(join(tmpdir(), 'cmlens-server-'));
process.env.CMLENS_LOG_DIR = join(work, 'user-logs');
const root = join(work, 'dist', 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>CMLens</title>');
writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(root, '.env'), 'SECRET=1');
writeFileSync(join(work, 'dist', 'secret.txt'), 'outside the root');
writeFileSync(join(work, 'package.json'), '{"name":"secret"}');
symlinkSync(join(work, 'package.json'), join(root, 'assets', 'link.json'));

// A log that makes a catastrophic regex take forever: a long run of 'a' with no match at the end.
const logDir = join(work, 'logs');
mkdirSync(logDir);
writeFileSync(join(logDir, 'WUAHandler.log'), `${'a'.repeat(5000)}!\nsecond line\n`);

/** A backend stand-in whose lookupCode throws, to prove one failing handler costs one request. */
function throwingService(real: BackendService): BackendService {
  const api = { ...real.api, lookupCode: async () => { throw new Error('handler blew up'); } } as CmlensApi;
  return { api, list: () => real.list(), onEvent: (l: (e: ApiEvent) => void) => real.onEvent(l), openBytes: (n, b) => real.openBytes(n, b), exportFile: (s) => real.exportFile(s), latestDiagnoses: () => real.latestDiagnoses() };
}

let service: LogService;
let server: BrowserServer;
let other: BrowserServer;
let throwing: BrowserServer;
beforeAll(async () => {
  service = new LogService();
  server = await startBrowserServer(service, { staticRoot: root });
  other = await startBrowserServer(service, { staticRoot: root });
  throwing = await startBrowserServer(throwingService(service), { staticRoot: root });
});
afterAll(async () => {
  await Promise.all([server.close(), other.close(), throwing.close()]);
  rmSync(work, { recursive: true, force: true });
});

describe('browser mode: who may connect', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.url.startsWith(`http://127.0.0.1:${server.port}/`)).toBe(true);
  });

  it('uses a fresh random token per server', () => {
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(other.token).not.toBe(server.token);
  });

  it('refuses requests without the token, with a wrong one, or with another server\'s (401)', async () => {
    for (const token of [null, 'wrong', other.token, server.token.slice(0, -1)]) {
      expect((await req(server, { token })).status).toBe(401);
      expect((await req(server, { method: 'POST', path: '/api/call', token, body: '{"method":"listLogs","args":{}}' })).status).toBe(401);
    }
    expect((await req(server, {})).status).toBe(200);
    expect((await req(server, { token: null, path: `/?token=${server.token}` })).status).toBe(200);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin (another site in the same browser)', async () => {
    for (const host of [`evil.example:${server.port}`, '127.0.0.1', `127.0.0.1:${server.port + 1}`, `0.0.0.0:${server.port}`]) {
      const r = await req(server, { host });
      expect(r.status).toBe(403);
      expect(r.json().error).toBe('bad Host header');
    }
    for (const origin of ['http://evil.example', `http://evil.example:${server.port}`, 'null', `https://127.0.0.1:${server.port}`]) {
      const r = await req(server, { method: 'POST', path: '/api/call', headers: { origin }, body: '{"method":"listLogs","args":{}}' });
      expect(r.status).toBe(403);
      expect(r.json().error).toBe('bad Origin');
    }
    expect((await req(server, { method: 'POST', path: '/api/call', headers: { origin: `http://127.0.0.1:${server.port}` }, body: '{"method":"listLogs","args":{}}' })).status).toBe(200);
  });

  it('checks the token, Host and Origin on the WebSocket too', async () => {
    const open = (token: string, headers: Record<string, string> = {}) =>
      new Promise<string>((resolve) => {
        const ws = new WebSocket(`ws://127.0.0.1:${server.port}/api/events?token=${encodeURIComponent(token)}`, { headers });
        ws.on('message', (d) => {
          resolve(`message ${JSON.parse(String(d)).type}`);
          ws.close();
        });
        ws.on('unexpected-response', (_r, res) => resolve(`refused ${res.statusCode}`));
        ws.on('error', (e) => resolve(`error ${e.message}`));
      });
    expect(await open(server.token)).toBe('message logs');
    expect(await open('wrong')).toBe('refused 401');
    expect(await open(other.token)).toBe('refused 401');
    expect(await open(server.token, { origin: 'http://evil.example' })).toBe('refused 403');
    expect(await open(server.token, { host: `evil.example:${server.port}` })).toBe('refused 403');
  });
});

describe('browser mode: static files', () => {
  it('serves the renderer with a strict CSP and the token cookie', async () => {
    const r = await req(server, {});
    expect(r.text).toContain('<title>CMLens</title>');
    expect(r.headers['content-security-policy']).toContain("script-src 'self'");
    expect(String(r.headers['set-cookie'])).toContain('HttpOnly; SameSite=Strict');
    expect((await req(server, { path: '/assets/app.js' })).text).toBe('console.log(1)');
  });

  it('serves nothing outside dist/renderer, however the path is spelled', async () => {
    const attempts = [
      '/../package.json', '/../../package.json', '/%2e%2e/package.json', '/%2e%2e/%2e%2e/package.json', '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%2fsecret.txt', '/..%5csecret.txt', '/%2e%2e%5c%2e%2e%5cpackage.json', '/assets%5c..%5c..%5csecret.txt', '/%252e%252e/secret.txt',
      '/.env', '/assets/link.json', '/index.html%00.js', '/C:%5cWindows%5cwin.ini', '/index.html::$DATA', `/${work}/package.json`, '/%E0%A4%A',
    ];
    for (const path of attempts) {
      const r = await req(server, { path });
      expect([path, r.status]).toEqual([path, 404]);
      expect(r.text).not.toMatch(/secret|SECRET|outside the root/);
    }
  });
});

describe('browser mode: calls', () => {
  it('answers a valid call', async () => {
    const r = await call(server, 'listLogs', {});
    expect(r.status).toBe(200);
    expect(r.json()).toEqual({ ok: true, result: [] });
  });

  it('refuses bad calls with 400 and a reason', async () => {
    const cases: [string | Buffer, RegExp][] = [
      ['{not json', /not JSON/],
      ['[1,2]', /must be an object/],
      ['null', /must be an object/],
      [JSON.stringify({ method: 'deleteEverything', args: {} }), /unknown method "deleteEverything"/],
      [JSON.stringify({ method: '__proto__', args: {} }), /unknown method/],
      // fast-check's counterexample: String() of this object throws (its toString is an array).
      [JSON.stringify({ method: { toString: [] } }), /unknown method of type object/],
      [JSON.stringify({ method: 'openPaths', args: { paths: 'C:\\' } }), /openPaths: invalid paths/],
      [JSON.stringify({ method: 'getRows', args: { logIds: ['x'], start: -1, count: 10 } }), /getRows: invalid start/],
      [JSON.stringify({ method: 'listLogs', args: { extra: true } }), /listLogs: invalid/],
    ];
    for (const [body, why] of cases) {
      const r = await req(server, { method: 'POST', path: '/api/call', body });
      expect(r.status).toBe(400);
      expect(r.json().error).toMatch(why);
    }
  });

  it('refuses other HTTP methods and non-JSON content types', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const r = await req(server, { method, path: '/api/call' });
      expect(r.status).toBe(405);
      expect([r.headers.allow, r.json().error]).toEqual(['POST', 'method not allowed: use POST']);
    }
    expect((await req(server, { method: 'DELETE', path: '/index.html' })).status).toBe(405);
    const form = await req(server, { method: 'POST', path: '/api/call', headers: { 'content-type': 'text/plain' }, body: '{"method":"listLogs","args":{}}' });
    expect([form.status, form.json().error]).toEqual([415, 'content-type must be application/json']);
    const charset = await req(server, { method: 'POST', path: '/api/call', headers: { 'content-type': 'Application/JSON; charset=utf-8' }, body: '{"method":"listLogs","args":{}}' });
    expect(charset.status).toBe(200);
  });

  it('refuses a body over the limit with 413 and keeps serving', async () => {
    const big = JSON.stringify({ method: 'openPaths', args: { paths: ['x'.repeat(MAX_BODY_BYTES)] } });
    const r = await req(server, { method: 'POST', path: '/api/call', body: big });
    expect(r.status).toBe(413);
    expect((await call(server, 'listLogs', {})).status).toBe(200);
  });

  it('survives a handler that throws: 500 with the message, logged for the user, next request fine', async () => {
    const r = await call(throwing, 'lookupCode', { code: '0x80244021' });
    expect(r.status).toBe(500);
    expect(r.json()).toEqual({ ok: false, error: 'lookupCode failed: handler blew up' });
    expect(readFileSync(join(process.env.CMLENS_LOG_DIR!, 'errors.log'), 'utf8')).toMatch(/\[browser-mode lookupCode\] Error: handler blew up/);
    expect((await call(throwing, 'listLogs', {})).status).toBe(200);
  });

  it('a catastrophic regex is refused before it can freeze the backend (ReDoS)', async () => {
    const opened = await call(server, 'openPaths', { paths: [join(logDir, 'WUAHandler.log')] });
    expect(opened.status).toBe(200);
    const id = opened.json().result.logs[0].id;
    const evil = await call(server, 'search', { logIds: [id], query: '(a+)+$', regex: true, matchCase: true });
    expect(evil.status).toBe(400);
    expect(evil.json().error).toMatch(/nested quantifiers/);
    const fine = await call(server, 'search', { logIds: [id], query: 'second', regex: true, matchCase: false });
    expect(fine.json().result.total).toBe(1);
  });
});

describe('browser mode: exports as downloads', () => {
  const get = (s: BrowserServer, spec: unknown, token?: string | null) => req(s, { path: `/api/export?spec=${encodeURIComponent(JSON.stringify(spec))}`, token });

  it('streams a view\'s rows as a CSV attachment, and the report as HTML', async () => {
    const opened = await call(server, 'openPaths', { paths: [join(logDir, 'WUAHandler.log')] });
    const id = opened.json().result.logs[0].id;
    const csv = await get(server, { kind: 'rows', format: 'csv', logIds: [id] });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="WUAHandler.csv"');
    expect(csv.text.split('\r\n')[0]).toBe('\ufeffLine,Time,Severity,Component,Thread,Text');
    expect(csv.text).toContain('second line');
    // Downloads carry the same headers as every answer: not cached, not sniffed, not read by another origin.
    for (const r of [csv, await call(server, 'listLogs', {})]) {
      expect(r.headers).toMatchObject({ 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'cross-origin-resource-policy': 'same-origin' });
    }
    const html = await get(server, { kind: 'report', format: 'html', lang: 'zh-CN' });
    expect(html.status).toBe(200);
    expect(html.headers['content-disposition']).toMatch(/^attachment; filename="cmlens-report-[\w-]+\.html"$/);
    expect(html.text).toContain('CMLens 诊断报告');
  });

  it('refuses a bad spec, another method and a missing token', async () => {
    expect((await get(server, { kind: 'rows', format: 'xlsx', logIds: ['log1'] })).status).toBe(400);
    expect((await req(server, { path: '/api/export?spec={' })).json().error).toMatch(/must be JSON/);
    expect((await get(server, { kind: 'report', format: 'html', lang: 'en' }, null)).status).toBe(401);
    expect((await req(server, { method: 'POST', path: '/api/export', body: '{}' })).status).toBe(405);
  });
});
