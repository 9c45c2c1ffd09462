// A crashed backend comes back (browser mode): `cmlens serve` keeps the HTTP server and WebSocket and runs the
// backend in a child process. Killing that child mid-session is reported, a new backend starts, the open set is
// reopened (a log the user closed stays closed), the page keeps its pane and says so in its language. A dropped
// event channel is reconnected and the lists are read again.
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { OUTPUT, expect, serve, test, type Served } from './server-fixture';
import { writeCcmSet } from './support/ccm-set';

let served: Served | null = null;
test.afterEach(() => {
  served?.stop();
  served = null;
});

const sidebar = (page: Page) => page.getByRole('complementary', { name: 'Open logs' });
const logButton = (page: Page, name: string) => sidebar(page).getByRole('button', { name, exact: true });
const grid = (page: Page, name: string) => page.getByRole('grid', { name, exact: true });
const verdict = (page: Page) => page.getByRole('complementary', { name: 'Diagnosis' }).locator('[data-verdict]');

/** The backend process: the one child of the serve process (found by parent pid, never by name). */
function backendPid(servePid: number): number {
  const pids = execFileSync('ps', ['-o', 'pid=', '--ppid', String(servePid)], { encoding: 'utf8' }).split(/\s+/).filter(Boolean).map(Number);
  expect(pids).toHaveLength(1);
  return pids[0];
}

test('killing the backend process is reported, it restarts, the open set and the pane come back (English, then Chinese)', async ({ page }) => {
  served = await serve([writeCcmSet()]);
  const servePid = served.proc.pid!;
  await page.goto(served.url);
  await logButton(page, 'ScanAgent.log').click();
  await expect(grid(page, 'ScanAgent.log').getByRole('row').filter({ hasText: 'Scan Failed with Error=0x80244021' })).toBeVisible();
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'failed');
  // The user closes one log: it must not come back with the others.
  await sidebar(page).getByRole('checkbox', { name: 'Select LocationServices.log' }).check();
  await sidebar(page).getByRole('button', { name: 'Close', exact: true }).click();
  await expect(logButton(page, 'LocationServices.log')).toHaveCount(0);

  const first = backendPid(servePid);
  process.kill(first, 'SIGKILL');

  await expect(page.getByRole('status').filter({ hasText: 'The backend is back: 1 opened item reopened' })).toBeVisible();
  const second = backendPid(servePid);
  expect(second).not.toBe(first);
  expect(served.proc.exitCode).toBeNull(); // the server itself never stopped
  await expect(logButton(page, 'ScanAgent.log')).toBeVisible();
  await expect(logButton(page, 'WUAHandler.log')).toBeVisible();
  await expect(logButton(page, 'LocationServices.log')).toHaveCount(0);
  // The pane stays on its log (now under the new backend's id) and reads rows from the new backend.
  await expect(grid(page, 'ScanAgent.log').getByRole('row').filter({ hasText: 'Scan Failed with Error=0x80244021' })).toBeVisible();
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'failed');
  // The "restarting…" alert is gone once it is back, and no call failed on the way (no other alert).
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.screenshot({ path: join(OUTPUT, 'backend-restarted.png') });

  // The same notice in Simplified Chinese.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  process.kill(second, 'SIGKILL');
  await expect(page.getByRole('status').filter({ hasText: '后端已恢复:重新打开了 1 项' })).toBeVisible();
  expect(backendPid(servePid)).not.toBe(second);
  await expect(grid(page, 'ScanAgent.log').getByRole('row').filter({ hasText: 'Scan Failed with Error=0x80244021' })).toBeVisible();
});

test('a dropped event channel is reported, reconnected, and the open set read again', async ({ page }) => {
  served = await serve([writeCcmSet()]);
  const pageSockets: { close(): Promise<void> }[] = [];
  await page.routeWebSocket(/\/api\/events/, (ws) => {
    ws.connectToServer();
    pageSockets.push(ws);
  });
  await page.goto(served.url);
  await expect(logButton(page, 'ScanAgent.log')).toBeVisible();
  await expect.poll(() => pageSockets.length).toBe(1);
  await pageSockets[0].close();
  await expect(page.getByRole('status').filter({ hasText: 'Reconnected to CMLens' })).toBeVisible();
  expect(pageSockets).toHaveLength(2);
  await expect(logButton(page, 'WUAHandler.log')).toBeVisible();
  await expect(verdict(page)).toHaveAttribute('data-verdict', 'failed');
});
