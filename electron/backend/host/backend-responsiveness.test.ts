// A thin main: while the backend is busy for 5 s (one call holding its thread), the process in front of it
// keeps answering. Electron main relays to a utilityProcess; browser mode's server relays to a forked child:
// both run backend-entry's wiring over the same messages. Vitest cannot start Electron, so this test plays
// "main" with browser mode's server and starts the backend through the Node adapter (child_process.fork).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../../shared/api/contract';
import { startBrowserServer, type BrowserServer } from '../../server/browser-server';
import { BackendRelay } from './backend-relay';
import { forkBackend } from './fork-backend';
import { processAlive } from '../../../test/support/process-alive';

const ROOT = join(__dirname, '..', '..', '..');
const electronDist = join(ROOT, 'node_modules', 'electron', 'dist');
console.log(
  existsSync(electronDist)
    ? '*** the backend runs through the Node adapter (child_process.fork) here; Electron\'s utilityProcess runs the same entry in the Electron smoke test ***'
    : `*** no Electron binary at ${electronDist}: the backend entry runs through the Node adapter (child_process.fork), not an Electron utilityProcess ***`,
);

const work = mkdtempSync(join(tmpdir(), 'cmlens-busy-'));
const staticRoot = join(work, 'renderer');
let relay: BackendRelay;
let server: BrowserServer;
beforeAll(async () => {
  mkdirSync(staticRoot);
  writeFileSync(join(staticRoot, 'index.html'), '<!doctype html><title>CMLens</title>');
  relay = new BackendRelay(forkBackend({}, { file: join(ROOT, 'test', 'support', 'busy-backend-entry.ts'), execArgv: ['--import', 'tsx'] }));
  await relay.start();
  server = await startBrowserServer(relay, { staticRoot });
});
afterAll(async () => {
  relay.stop();
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

const apiCall = (method: string, args: unknown) =>
  fetch(`http://127.0.0.1:${server.port}/api/call`, { method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token }, body: JSON.stringify({ method, args }) }).then(
    (r) => r.json() as Promise<{ ok: boolean; result?: unknown }>,
  );

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

it('main answers a ping in < 100 ms while a backend call holds the backend for 5 s', async () => {
  const order: string[] = [];
  const busy = apiCall('lookupCode', { code: 'busy' }).then((r) => (order.push('busy call answered'), r));
  await sleep(300); // the busy call has reached the backend
  // A backend call made now waits behind the busy one: the backend really is held.
  const queued = apiCall('listLogs', {}).then((r) => (order.push('backend call answered'), r));
  const pings: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>CMLens</title>');
    pings.push(performance.now() - t0);
    order.push('ping answered');
    await sleep(250);
  }
  expect(await busy).toEqual({ ok: true, result: null });
  expect(await queued).toEqual({ ok: true, result: [] });
  // Every ping was answered while the backend was busy; the backend answered its calls only afterwards.
  expect(order).toEqual([...Array(10).fill('ping answered'), 'busy call answered', 'backend call answered']);
  const sorted = [...pings].sort((a, b) => a - b);
  console.log(`main-side ping while the backend is busy: median ${sorted[5].toFixed(1)} ms, max ${sorted[9].toFixed(1)} ms (${pings.length} pings)`);
  expect(sorted[5]).toBeLessThan(100);
});

it('a held backend still ends when its parent stops it (the frozen process is killed, not asked)', async () => {
  const held = new BackendRelay(forkBackend({}, { file: join(ROOT, 'test', 'support', 'busy-backend-entry.ts'), execArgv: ['--import', 'tsx'] }));
  await held.start();
  const pid = held.pid!;
  const busy = held.call('lookupCode', { code: 'busy' });
  await sleep(300);
  held.stop();
  await expect.poll(() => processAlive(pid), { timeout: 3000 }).toBe(false);
  // The call it was holding is answered, not left hanging; a stop is not a crash (no restart).
  expect(await busy).toEqual({ status: 500, error: 'the backend was stopped (CMLens is closing)' });
  expect(held.pid).toBeNull();
});
