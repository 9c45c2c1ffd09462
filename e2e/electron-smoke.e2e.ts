// The desktop app itself (Playwright's Electron support): runs only where an Electron binary is installed
// (node_modules/electron/dist); elsewhere it says clearly that it was skipped.
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
  } finally {
    await app.close();
  }
});
