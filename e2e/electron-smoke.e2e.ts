// The desktop app itself (Playwright's Electron support): runs only where an Electron binary is installed
// (node_modules/electron/dist); elsewhere it says clearly that it was skipped. Besides the window and its rows,
// it checks the process layout: the backend in a utilityProcess, restarted by main when it is killed.
import { _electron as electron } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { OUTPUT, ROOT, expect, test } from './server-fixture';
import { writeCcmSet } from './support/ccm-set';

const electronDist = join(ROOT, 'node_modules', 'electron', 'dist');
const hasElectron = existsSync(electronDist);
if (!hasElectron) console.log(`*** no Electron binary at ${electronDist}: the Electron smoke test is skipped ***`);

test('the Electron app opens a CCM Logs folder given on the command line and shows its rows', async () => {
  test.skip(!hasElectron, `no Electron binary at ${electronDist}`);
  const executablePath = (await import('electron')).default as unknown as string;
  const app = await electron.launch({
    executablePath,
    args: [join(ROOT, 'dist', 'electron', 'main.cjs'), '--no-sandbox', writeCcmSet()],
    env: { ...process.env, ELECTRON_DISABLE_SECURITY_WARNINGS: '1' },
  });
  try {
    const page = await app.firstWindow();
    const grid = page.getByRole('grid').first();
    await expect(grid).toBeVisible({ timeout: 30_000 });
    await expect(grid.getByRole('row').first()).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Scan pipeline' })).toBeVisible();
    await page.screenshot({ path: join(OUTPUT, 'electron-smoke.png') });

    // A thin main: the backend is its own utility process, and when it dies main restarts it and the rows return.
    const backendPid = () =>
      app.evaluate(({ app: a }) => a.getAppMetrics().find((m) => m.type === 'Utility' && m.serviceName === 'CMLens backend')?.pid ?? null);
    const first = await backendPid();
    expect(first).not.toBeNull();
    expect(first).not.toBe(await app.evaluate(() => process.pid));
    process.kill(first!, 'SIGKILL');
    await expect(page.getByRole('status').filter({ hasText: 'The backend is back: 1 opened item reopened' })).toBeVisible({ timeout: 30_000 });
    await expect.poll(backendPid).not.toBe(first);
    await expect(grid.getByRole('row').first()).toBeVisible();
  } finally {
    await app.close();
  }
});
