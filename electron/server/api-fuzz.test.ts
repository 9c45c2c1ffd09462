// Issue 14 item 2: the API fuzzed through browser mode's real transports. Calls are generated from the contract's
// zod schemas (test/support/zod-arbitrary.ts) and then made hostile: huge, negative and fractional numbers,
// unknown log ids, deep and wide objects, unknown keys, odd Unicode, raw bodies that are not calls. The server
// never crashes, refuses bad input with 400 and a clear message within 1 s (a liveness bound, not a speed
// target), and a flood of frames on the events WebSocket (junk, oversized, malformed at the protocol level)
// closes that socket while HTTP keeps answering.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { API_CALLS, TOKEN_HEADER, type ApiMethod } from '../../shared/api/contract';
import { clock, cmtraceLine } from '../../scripts/samples/log-builders';
import { call, req } from '../../test/support/server-client';
import { arbitraryOf, hostileValue, ODD_STRINGS } from '../../test/support/zod-arbitrary';
import { LogService } from '../backend/log-service';
import { MAX_CLIENT_FRAMES, MAX_EVENT_SOCKETS, startBrowserServer, type BrowserServer } from './browser-server';

const work = mkdtempSync(join(tmpdir(), 'cmlens-fuzz-'));
process.env.CMLENS_LOG_DIR = join(work, 'user-logs');
const missing = join(work, 'not-there');
const c = clock('2026-11-24 09:00:00');
const lines = (comp: string, n: number) => Array.from({ length: n }, (_, i) => cmtraceLine(comp, -480, { t: c.at(i * 7), text: i % 5 ? `Scan step ${i} done` : `Scan failed, error = 0x80244021 (${i})`, type: i % 5 ? 1 : 3 })).join('\r\n') + '\r\n';
writeFileSync(join(work, 'WUAHandler.log'), lines('WUAHandler', 60));
writeFileSync(join(work, 'ScanAgent.log'), lines('ScanAgent', 40));

/** Methods whose valid calls would act outside the fixtures are kept to safe arguments (see `override`). */
const METHODS = Object.keys(API_CALLS) as ApiMethod[];

let service: LogService;
let server: BrowserServer;
let ids: string[] = [];
beforeAll(async () => {
  service = new LogService();
  server = await startBrowserServer(service, { staticRoot: work });
  ids = (await call(server, 'openPaths', { paths: [join(work, 'WUAHandler.log'), join(work, 'ScanAgent.log')] })).json().result.logs.map((l: { id: string }) => l.id);
});
afterAll(async () => {
  await server.close();
  service.dispose();
  rmSync(work, { recursive: true, force: true });
});

const logIdArb = () => fc.oneof(fc.constantFrom(...ids), fc.constantFrom('log-999999', 'nope', '\u0000', '../1'), fc.string({ minLength: 1, maxLength: 30, unit: 'binary' }));
// Paths to open: never the working folder or a parent (a generated "." would open the whole repository).
const pathArb = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40, unit: 'binary' }).map((s) => join(missing, s.replace(/[/\\.]/g, '_') || 'x')),
  fc.constantFrom('/dev/null', join(missing, 'x'.repeat(5000)), join(missing, 'a.zip'), ...ODD_STRINGS.map((s) => join(missing, s.replace(/[/\\.]/g, '_')))),
);
const override = (key: string): fc.Arbitrary<unknown> | undefined => (key === 'logId' || key === 'logIds[]' ? logIdArb() : key === 'paths[]' ? pathArb : undefined);

/** One call: generated from its schema, then maybe made hostile (a field, an extra key, or the whole args). */
const callArb = fc.constantFrom(...METHODS).chain((method) =>
  fc.tuple(fc.constant(method), arbitraryOf(API_CALLS[method], override), fc.nat(5), fc.string({ maxLength: 12 }), hostileValue).map(([m, args, how, key, bad]) => {
    const a = args as Record<string, unknown>;
    if (m === 'closeLogs') a.logIds = (a.logIds as string[]).filter((id) => !ids.includes(id)).concat('log-999999'); // keep the fixtures open
    if (how === 1) return { method: m as unknown, args: { ...a, [Object.keys(a)[0] ?? key]: bad } };
    if (how === 2) return { method: m as unknown, args: { ...a, [`x${key}`]: bad } };
    if (how === 3) return { method: m as unknown, args: bad };
    if (how === 4) return { method: bad, args: a };
    return { method: m as unknown, args: a };
  }),
);

async function timedCall(method: unknown, args: unknown) {
  const t0 = performance.now();
  const r = await call(server, method, args);
  return { r, ms: performance.now() - t0 };
}

describe('API fuzz over HTTP', () => {
  it('opened the fixtures', () => expect(ids).toHaveLength(2));

  it('answers every generated or hostile call with 200, or 400 and a clear message within 1 s', async () => {
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(callArb, async ({ method, args }) => {
        const { r, ms } = await timedCall(method, args);
        seen.set(r.status, (seen.get(r.status) ?? 0) + 1);
        expect([200, 400], `${JSON.stringify(method)} ${r.text}`).toContain(r.status);
        const body = r.json();
        if (r.status === 400) {
          expect(ms).toBeLessThan(1000); // refused at once (a valid call, e.g. diagnose, may take its time)
          expect(body.ok).toBe(false);
          // The reason names the method (or says the method is unknown), and stays one readable line.
          expect(body.error).toMatch(/^(unknown method |[a-zA-Z]+: )/);
          expect(body.error.length).toBeLessThan(400);
          expect(body.error).not.toMatch(/\n|at .*\.ts:\d+/);
        }
        const known = typeof method === 'string' && METHODS.includes(method as ApiMethod);
        if (known && !API_CALLS[method as ApiMethod].safeParse(args ?? {}).success) expect(r.status).toBe(400);
      }),
      { numRuns: 400 },
    );
    // Both outcomes were exercised: the fuzz reached the backend and was refused at the boundary.
    expect(seen.get(200)).toBeGreaterThan(20);
    expect(seen.get(400)).toBeGreaterThan(20);
    // The fixtures are still open (openSamples may have added the bundled samples).
    expect((await call(server, 'listLogs', {})).json().result.map((l: { id: string }) => l.id)).toEqual(expect.arrayContaining(ids));
  });

  it('refuses raw bodies that are not a call with 400', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary' }), fc.json(), fc.jsonValue().map((v) => JSON.stringify([v])), fc.constant('{"method":"listLogs","args":'), fc.integer({ min: 1, max: 50_000 }).map((n) => '['.repeat(n))), async (body) => {
        const t0 = performance.now();
        const r = await req(server, { method: 'POST', path: '/api/call', body });
        expect(performance.now() - t0).toBeLessThan(1000);
        if (r.status !== 200) {
          expect(r.status).toBe(400);
          expect(r.json().error).toMatch(/^(request body|unknown method|[a-zA-Z]+: )/);
        }
      }),
      { numRuns: 150 },
    );
    expect((await call(server, 'listLogs', {})).status).toBe(200);
  });

  it('an unknown log id is the caller\'s mistake: 400 naming it, not a backend failure', async () => {
    for (const [method, args] of [
      ['getRows', { logIds: ['log-424242'], start: 0, count: 10 }],
      ['search', { logIds: [ids[0], 'log-424242'], query: 'x', regex: false, matchCase: false }],
      ['setLogOffset', { logId: 'log-424242', utcOffset: 60 }],
    ] as const) {
      const r = await call(server, method, args);
      expect(r.status).toBe(400);
      expect(r.json().error).toBe(`${method}: no open log "log-424242"`);
    }
  });
});

/** A WebSocket to the events endpoint, and a promise of its close code. */
function eventSocket(): { ws: WebSocket; closed: Promise<number>; opened: Promise<void> } {
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}/api/events`, { headers: { [TOKEN_HEADER]: server.token } });
  ws.on('error', () => undefined);
  return { ws, closed: new Promise((r) => ws.on('close', (code) => r(code))), opened: new Promise((r) => ws.on('open', () => r())) };
}

describe('API fuzz over the events WebSocket', () => {
  it('a flood of junk frames closes that socket (1008); HTTP keeps answering', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.uint8Array({ maxLength: 2048 }), fc.json()), { minLength: MAX_CLIENT_FRAMES + 1, maxLength: 200 }), async (frames) => {
        const { ws, closed, opened } = eventSocket();
        await opened;
        for (const f of frames) if (ws.readyState === WebSocket.OPEN) ws.send(f);
        expect(await closed).toBe(1008);
      }),
      { numRuns: 10 },
    );
    expect((await call(server, 'listLogs', {})).status).toBe(200);
  });

  it('an oversized frame closes the socket (1009), a few stray frames do not', async () => {
    const big = eventSocket();
    await big.opened;
    big.ws.send(Buffer.alloc(65 * 1024));
    expect(await big.closed).toBe(1009);
    const few = eventSocket();
    await few.opened;
    for (let i = 0; i < MAX_CLIENT_FRAMES; i++) few.ws.send('hello');
    const r = await call(server, 'listLogs', {}); // a round trip: the frames have arrived by now
    expect(r.status).toBe(200);
    expect(few.ws.readyState).toBe(WebSocket.OPEN);
    few.ws.close();
    await few.closed;
  });

  it('malformed frames at the protocol level end the connection, not the server', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 2, maxLength: 4096 }), async (junk) => {
        const sock = connect(server.port, '127.0.0.1');
        const key = Buffer.from('0123456789abcdef').toString('base64');
        sock.write(`GET /api/events HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n${TOKEN_HEADER}: ${server.token}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`);
        await new Promise<void>((r) => sock.once('data', () => r())); // 101 Switching Protocols (and the logs event)
        // Client frames must be masked: an unmasked or reserved-bit frame is a protocol error; so is random junk.
        sock.write(Buffer.concat([Buffer.from([0x81 | 0x70, 0x05]), Buffer.from(junk)]));
        await new Promise<void>((r) => sock.once('close', () => r()));
      }),
      { numRuns: 15 },
    );
    expect((await call(server, 'listLogs', {})).status).toBe(200);
  });

  it(`at most ${MAX_EVENT_SOCKETS} event sockets at once: the next is refused with 503`, async () => {
    const open = Array.from({ length: MAX_EVENT_SOCKETS }, () => eventSocket());
    await Promise.all(open.map((s) => s.opened));
    const extra = new WebSocket(`ws://127.0.0.1:${server.port}/api/events`, { headers: { [TOKEN_HEADER]: server.token } });
    const status = await new Promise<number>((r) => extra.on('unexpected-response', (_q, res) => r(res.statusCode ?? 0)).on('error', () => r(-1)));
    expect(status).toBe(503);
    for (const s of open) s.ws.close();
    await Promise.all(open.map((s) => s.closed));
    const again = eventSocket();
    await again.opened;
    again.ws.close();
  });
});
