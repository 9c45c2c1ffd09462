// The Fleet view end to end in browser mode: a folder of client zips typed in the Open dialog becomes one table
// (judged by the backend's workers; no client opened), sorted and filtered by verdict, code and cause, exported as
// CSV; a click opens that one client's set, read only then.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OUTPUT, expect, serve, test, type Served } from './server-fixture';
import { writeCcmSet } from './support/ccm-set';
import { writeFleet } from '../test/support/fleet';

let served: Served | null = null;
test.afterEach(() => {
  served?.stop();
  served = null;
});

test('a folder of client zips opens as the Fleet view: sort, filter, chart of causes, CSV, and a click opens one client', async ({ page }) => {
  const dir = join(mkdtempSync(join(tmpdir(), 'cmlens-fleet-e2e-')), 'clients');
  const fleet = writeFleet(dir, { clients: 16, noiseBytes: 30_000, brokenEvery: 8 });
  const failed = fleet.filter((c) => !c.broken && c.set.expect.verdict === 'failed');
  const proxy502 = fleet.filter((c) => !c.broken && c.set.expect.errorCode === '0x80244021');

  served = await serve([writeCcmSet()]);
  await page.goto(served.url);
  const sidebar = page.getByRole('complementary', { name: 'Open logs' });
  await expect(sidebar.getByRole('button', { name: 'WUAHandler.log', exact: true })).toBeVisible();

  await page.keyboard.press('Control+o');
  const dialog = page.getByRole('dialog', { name: 'Open logs' });
  await dialog.getByRole('textbox').fill(dir);
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();

  const view = page.getByRole('region', { name: 'Fleet' });
  await expect(view.getByRole('heading', { name: `Fleet: ${fleet.length} clients` })).toBeVisible();
  const table = view.getByRole('table', { name: 'Clients' });
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(fleet.length, { timeout: 30_000 });
  await expect(view.getByRole('status')).toBeHidden();
  // Nothing of the fleet was opened: its clients' other logs are not in the sidebar.
  await expect(sidebar.getByRole('button', { name: 'CcmExec.log', exact: true })).toHaveCount(0);

  // Every client's verdict, machine and cause as its set says.
  for (const c of fleet) {
    const row = rows.filter({ hasText: c.name });
    await expect(row).toContainText(c.broken ? 'Unreadable' : c.machine);
    if (!c.broken && c.set.expect.primarySection) await expect(row).toContainText(c.set.expect.primarySection);
  }

  // Filter by verdict (the chip), then by code (the menu).
  await view.getByRole('button', { name: `${failed.length} Failed` }).click();
  await expect(rows).toHaveCount(failed.length);
  await view.getByRole('group', { name: 'Filters' }).getByLabel('Code').selectOption('0x80244021');
  await expect(rows).toHaveCount(proxy502.length);
  await view.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows).toHaveCount(fleet.length);

  // The chart of causes, most common first; a bar filters the table to its clients.
  const chart = view.getByRole('figure', { name: 'Causes, most common first' });
  const bars = chart.getByRole('button');
  await expect(bars.first()).toBeVisible();
  const firstBar = (await bars.first().getAttribute('aria-label'))!;
  const barCount = Number(/: (\d+) clients/.exec(firstBar)![1]);
  await bars.first().click();
  await expect(rows).toHaveCount(barCount);
  await view.getByRole('button', { name: 'Clear filters' }).click();

  // Sort by code: the header says so, and the rows follow.
  await view.getByRole('columnheader', { name: /Code/ }).getByRole('button').click();
  await expect(view.getByRole('columnheader', { name: /Code/ })).toHaveAttribute('aria-sort', 'ascending');
  const codes = (await rows.locator('td:nth-child(5)').allTextContents()).filter(Boolean);
  expect(codes.length).toBeGreaterThan(3);
  expect(codes).toEqual([...codes].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

  // Export CSV: the rows shown, in the contract's fields.
  const [download] = await Promise.all([page.waitForEvent('download'), view.getByRole('button', { name: 'Export CSV' }).click()]);
  const csvPath = join(OUTPUT, 'fleet.csv');
  await download.saveAs(csvPath);
  const csv = readFileSync(csvPath, 'utf8').trimEnd().split('\r\n');
  expect(csv[0]).toBe('set,path,machine,verdict,section,errorCode,failedStep,wsusUrl,lastScan,cycles,failedCycles,error');
  expect(csv).toHaveLength(fleet.length + 1);

  await page.screenshot({ path: join(OUTPUT, 'fleet.png') });

  // A click opens that client: only now are its logs read and indexed.
  const pick = proxy502[0];
  await view.getByRole('button', { name: `Open ${pick.name}` }).click();
  await expect(view).toBeHidden();
  await expect(sidebar.getByRole('button', { name: 'CcmExec.log', exact: true })).toBeVisible();
  await expect(page.getByRole('grid').first()).toBeVisible();
  // And the fleet is one click away.
  await page.getByRole('toolbar', { name: 'Main toolbar' }).getByRole('button', { name: 'Fleet', exact: true }).click();
  await expect(rows).toHaveCount(fleet.length);

  // In Simplified Chinese too.
  await page.getByRole('toolbar', { name: 'Main toolbar' }).getByLabel('Language').selectOption('zh-CN');
  const viewZh = page.getByRole('region', { name: '客户端群' });
  await expect(viewZh.getByRole('heading', { name: `客户端群:${fleet.length} 台客户端` })).toBeVisible();
  await expect(viewZh.getByRole('button', { name: '导出 CSV' })).toBeVisible();
  await expect(viewZh.getByRole('figure', { name: '原因(按出现次数排序)' })).toBeVisible();
  await page.screenshot({ path: join(OUTPUT, 'fleet-zh-CN.png') });
});
