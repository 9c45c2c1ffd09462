// Issue 12, item 6: the layout keeps the reader's place. Side by side ↔ stacked, more panes, a pane closed, the
// window resized: the selected row (and the row each other pane was synced to) stays in view. Side by side with
// many panes, Log Text keeps its minimum width while the other columns narrow or hide; column choices are kept
// per kind of log; "Open beside" on a log already shown focuses its pane.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { OUTPUT, expect, serve, test, type Served } from './server-fixture';
import { fixtureFiles, padCmtrace, padWindowsUpdate, writeSetFolder } from './support/fixture-sets';
import { expectInView } from './support/row-in-view';

let served: Served | null = null;
test.afterEach(() => {
  served?.stop();
  served = null;
});

const MIN_TEXT_WIDTH = 220;
const shot = (page: Page, name: string) => page.screenshot({ path: join(OUTPUT, `${name}.png`) });
const grid = (page: Page, name: string) => page.getByRole('grid', { name, exact: true });
const pane = (page: Page, name: string) => page.locator('section.log-pane').filter({ has: grid(page, name) });
const layout = (page: Page) => page.getByRole('combobox', { name: 'Pane layout' });

test('the selected and synced rows stay in view through layout changes, more panes, a closed pane and a resize', async ({ page }) => {
  const f = fixtureFiles('scan-proxy-502-utc-5');
  f['WUAHandler.log'] = padCmtrace(f['WUAHandler.log'], 'WUAHandler', 400);
  f['WindowsUpdate.log'] = padWindowsUpdate(f['WindowsUpdate.log'], 400, 400);
  served = await serve([writeSetFolder('PC042', f)]);
  await page.goto(served.url);
  const wu = grid(page, 'WindowsUpdate.log');
  const wua = grid(page, 'WUAHandler.log');
  const selected = wu.locator('[role=row][aria-selected="true"]');
  const synced = wua.locator('[role=row].sync-target');
  await expect(selected).toHaveAttribute('aria-rowindex', '416');
  await expectInView(wu, selected);
  await expectInView(wua, synced);
  const keep = async () => {
    await expectInView(wu, selected);
    await expectInView(wua, synced);
  };

  await layout(page).selectOption('side');
  await keep();
  await shot(page, 'layout-side');
  await layout(page).selectOption('stacked');
  await keep();

  // four panes side by side: each keeps Log Text at its minimum or more; Thread and Component give way first
  await layout(page).selectOption('side');
  await page.getByRole('button', { name: 'Open ScanAgent.log beside' }).click();
  await page.getByRole('button', { name: 'Open LocationServices.log beside' }).click();
  await expect(page.getByRole('grid')).toHaveCount(4);
  await keep();
  for (const name of ['WindowsUpdate.log', 'WUAHandler.log', 'ScanAgent.log', 'LocationServices.log']) {
    const head = pane(page, name).locator('.grid-header');
    const text = await head.locator('.col-text').boundingBox();
    expect(text!.width).toBeGreaterThanOrEqual(MIN_TEXT_WIDTH);
    await expect(head.locator('.col-thread')).toHaveCount(0);
    // the rows show the same columns as the header
    await expect(pane(page, name).locator('[role=row]').first().locator('.col-thread')).toHaveCount(0);
  }
  await shot(page, 'layout-four-side-by-side');

  // closing panes gives the others room back; the places hold
  await pane(page, 'ScanAgent.log').getByRole('button', { name: 'Close pane' }).click();
  await pane(page, 'LocationServices.log').getByRole('button', { name: 'Close pane' }).click();
  await keep();

  // stacked again, full width: the columns that gave way come back; then a smaller window
  await layout(page).selectOption('stacked');
  await expect(pane(page, 'WindowsUpdate.log').locator('.grid-header .col-component')).toHaveCount(1);
  await expect(pane(page, 'WindowsUpdate.log').locator('.grid-header .col-thread')).toHaveCount(1);
  await page.setViewportSize({ width: 1100, height: 620 });
  await keep();
  await shot(page, 'layout-resized');
});

test('column choices are remembered per kind of log; Open beside on a shown log focuses its pane', async ({ page }) => {
  served = await serve([writeSetFolder('PC042', fixtureFiles('scan-proxy-502-utc-5'))]);
  await page.goto(served.url);
  await expect(grid(page, 'WindowsUpdate.log')).toBeVisible();
  await expect(grid(page, 'WUAHandler.log')).toBeVisible();

  // hide Component in WindowsUpdate.log's pane only
  await pane(page, 'WindowsUpdate.log').getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Component' }).locator('input').uncheck();
  await page.keyboard.press('Escape');
  await page.locator('.menu-backdrop').click({ position: { x: 5, y: 5 } }).catch(() => undefined);
  await expect(pane(page, 'WindowsUpdate.log').locator('.grid-header .col-component')).toHaveCount(0);
  await expect(pane(page, 'WUAHandler.log').locator('.grid-header .col-component')).toHaveCount(1);

  // remembered: a new start shows WindowsUpdate.log without Component, WUAHandler.log with it
  await page.reload();
  await expect(grid(page, 'WindowsUpdate.log')).toBeVisible();
  await expect(pane(page, 'WindowsUpdate.log').locator('.grid-header .col-component')).toHaveCount(0);
  await expect(pane(page, 'WUAHandler.log').locator('.grid-header .col-component')).toHaveCount(1);

  // Open beside on a log already shown: its pane gets the focus, no second copy
  await grid(page, 'WindowsUpdate.log').click();
  await page.getByRole('button', { name: 'Open WUAHandler.log beside' }).click();
  await expect(page.getByRole('grid')).toHaveCount(2);
  await expect(grid(page, 'WUAHandler.log')).toBeFocused();
  await expect(pane(page, 'WUAHandler.log')).toHaveClass(/active/);
  await shot(page, 'layout-open-beside-focus');
});
