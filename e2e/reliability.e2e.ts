// Crashes: a renderer reload loses no open set. The backend keeps the set; the reloaded page asks it
// what is open and shows the same logs and the same diagnosis. Nothing in the backend is killed or restarted.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { OUTPUT, expect, serve, test, type Served } from './server-fixture';
import { writeCcmSet } from './support/ccm-set';

let served: Served | null = null;
test.afterEach(() => {
  served?.stop();
  served = null;
});

const sidebar = (page: Page) => page.getByRole('complementary', { name: 'Open logs' });
const diagnosis = (page: Page) => page.getByRole('complementary', { name: 'Diagnosis' });
const logNames = async (page: Page): Promise<string[]> => (await sidebar(page).getByRole('button').allTextContents()).filter((t) => /\.(log|lo_)\b/i.test(t)).sort();

test('a page reload brings back the open set and its diagnosis from the running backend', async ({ page }) => {
  // Started on an empty folder: the set is whatever the page opens.
  served = await serve([mkdtempSync(join(tmpdir(), 'cmlens-empty-'))]);
  const pid = served.proc.pid;
  await page.goto(served.url);
  const set = writeCcmSet();
  await page.keyboard.press('Control+o');
  const dialog = page.getByRole('dialog', { name: 'Open logs' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox').fill(set);
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(sidebar(page).getByRole('button', { name: 'WUAHandler.log', exact: true })).toBeVisible();
  await expect(diagnosis(page).locator('[data-verdict]')).toHaveAttribute('data-verdict', 'failed');
  await expect(diagnosis(page).getByRole('article').first()).toContainText('0x80244021');
  const before = await logNames(page);
  expect(before).toContain('ScanAgent.log');
  const card = await diagnosis(page).getByRole('article').first().textContent();

  await page.reload();

  await expect(sidebar(page).getByRole('button', { name: 'WUAHandler.log', exact: true })).toBeVisible();
  await expect(diagnosis(page).locator('[data-verdict]')).toHaveAttribute('data-verdict', 'failed');
  await expect(diagnosis(page).getByRole('article').first()).toHaveText(card ?? '');
  expect(await logNames(page)).toEqual(before);
  // The same backend process served both pages.
  expect(served.proc.pid).toBe(pid);
  expect(served.proc.exitCode).toBeNull();
  await page.screenshot({ path: join(OUTPUT, 'reload-keeps-set.png') });
});
