// Issue 12, item 2: one set per client. A folder and a zip from two clients are two sets in the sidebar, each a
// group named after its folder or zip with the machine its logs name; the diagnosis panel and the pipeline strip
// follow the active set, with a switcher; sync and merge work across the two, on one clock.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { OUTPUT, expect, serve, test, type Served } from './server-fixture';
import { dropFiles } from './support/drop-files';
import { fixtureFiles, writeSetFolder, writeSetZip } from './support/fixture-sets';
import { buildZip } from '../test/support/zip-writer';

let served: Served | null = null;
test.afterEach(() => {
  served?.stop();
  served = null;
});

const shot = (page: Page, name: string) => page.screenshot({ path: join(OUTPUT, `${name}.png`) });
const sidebar = (page: Page) => page.getByRole('complementary', { name: 'Open logs' });
const diagnosis = (page: Page) => page.getByRole('complementary', { name: 'Diagnosis' });
const paneOf = (page: Page, log: string, set: string) =>
  page.locator('section.log-pane').filter({ has: page.getByRole('grid', { name: log, exact: true }) }).filter({ has: page.locator('.pane-set', { hasText: set }) });

// A line as AppDiscovery writes it (corpus cmtrace/plaso-sccm-various.log): the client's machine name is in it.
const appDiscovery = (machine: string) =>
  `<![LOG[+++ Application not discovered. [AppDT Id: ScopeId_1/DeploymentType_1, Revision: 23] ComputerName=\\"${machine}\\" CIComplianceState=\\"NotInstalled\\"]LOG]!><time="09:00:00.000+300" date="03-10-2026" component="AppDiscovery" context="" type="1" thread="1" file="">\r\n`;

test('two clients are two named sets; the diagnosis and the strip follow the active set; sync and merge across them', async ({ page }) => {
  const a = writeSetFolder('ClientA-Logs', { ...fixtureFiles('scan-proxy-502-utc-5'), 'AppDiscovery.log': appDiscovery('PC042') });
  const zipB = writeSetZip(mkdtempSync(join(tmpdir(), 'cmlens-zip-')), 'PC043-logs.zip', { ...fixtureFiles('scan-healthy-utc-5'), 'AppDiscovery.log': appDiscovery('pc043') });
  served = await serve([a, zipB]);
  await page.goto(served.url);

  // the sidebar: one group per set, named as the contract says, with the machine the logs name
  const groupA = sidebar(page).getByRole('group', { name: 'ClientA-Logs', exact: true });
  const groupB = sidebar(page).getByRole('group', { name: 'PC043-logs.zip', exact: true });
  await expect(groupA).toBeVisible();
  await expect(groupB).toBeVisible();
  await expect(groupA.locator('.set-machine')).toHaveText('PC042');
  await expect(groupB.locator('.set-machine')).toHaveText('PC043');
  await expect(groupA.getByRole('button', { name: 'WUAHandler.log', exact: true })).toBeVisible();
  await expect(groupB.getByRole('button', { name: 'WUAHandler.log', exact: true })).toBeVisible();
  await expect(groupA.locator('.set-verdict')).toHaveText('Failed');
  await expect(groupB.locator('.set-verdict')).toHaveText('Healthy');

  // landed on the failing client; the panel says its diagnosis, not one for the mix
  const verdict = diagnosis(page).locator('[data-verdict]');
  await expect(verdict).toHaveAttribute('data-verdict', 'failed');
  const switcher = diagnosis(page).getByRole('combobox', { name: 'Set shown in the diagnosis' });
  await expect(switcher.locator('option')).toHaveText(['ClientA-Logs · PC042 — Failed', 'PC043-logs.zip — Healthy']);
  const strip = page.getByRole('navigation', { name: /pipeline/i });
  await expect(strip.locator('.pipeline-set')).toHaveText('ClientA-Logs · PC042');
  await expect(strip.locator('[data-status="failed"]').first()).toBeVisible();

  // the switcher: the other client's diagnosis and pipeline
  await switcher.selectOption({ label: 'PC043-logs.zip — Healthy' });
  await expect(verdict).toHaveAttribute('data-verdict', 'healthy');
  await expect(strip.locator('.pipeline-set')).toHaveText('PC043-logs.zip');
  await expect(strip.locator('[data-status="failed"]')).toHaveCount(0);
  await shot(page, 'sets-switcher');

  // sync across sets: client B's WUAHandler.log beside, a click in client A's moves it to the same instant
  await groupB.getByRole('button', { name: 'Open WUAHandler.log beside' }).click();
  const paneB = paneOf(page, 'WUAHandler.log', 'PC043-logs.zip');
  const paneA = paneOf(page, 'WUAHandler.log', 'ClientA-Logs · PC042');
  await expect(paneB).toBeVisible();
  await expect(paneA).toBeVisible();
  // working in B's pane makes B the active set
  await paneB.getByRole('row').first().click();
  await expect(switcher).toHaveValue(await switcher.locator('option', { hasText: 'PC043' }).getAttribute('value') ?? '');
  // both clients scan at 09:15 local (UTC−05:00) on 03-10; A's first cycle entry "Its a WSUS Update Source type" is 09:15:02.500
  await paneA.getByRole('row').filter({ hasText: 'Its a WSUS Update Source type' }).first().click();
  const synced = paneB.locator('[role=row].sync-target');
  await expect(synced).toBeVisible();
  await expect(synced.locator('.col-time')).toContainText('2026-03-10 09:15:0');
  await expect(switcher).toHaveValue(await switcher.locator('option', { hasText: 'PC042' }).getAttribute('value') ?? '');
  await shot(page, 'sets-sync');

  // merge across sets: the two clients' WUAHandler.log on one timeline, the Source column naming each client
  await groupA.getByLabel('Select WUAHandler.log').check();
  await groupB.getByLabel('Select WUAHandler.log').check();
  await sidebar(page).getByRole('button', { name: 'Merge' }).click();
  const merged = page.getByRole('grid', { name: 'WUAHandler.log + WUAHandler.log', exact: true });
  await expect(merged).toBeVisible();
  await expect(merged.locator('[role=row] .col-source').first()).toBeVisible();
  const sources = new Set(await merged.locator('[role=row] .col-source').allTextContents());
  expect(sources).toEqual(new Set(['WUAHandler.log (ClientA-Logs · PC042)', 'WUAHandler.log (PC043-logs.zip)']));
  await shot(page, 'sets-merged');

  // a dropped zip is a third set, named after the zip
  await dropFiles(page, [{ name: 'PC044.zip', bytes: buildZip(Object.entries(fixtureFiles('scan-healthy-utc')).map(([name, data]) => ({ name, data }))) }]);
  await expect(sidebar(page).getByRole('group', { name: 'PC044.zip', exact: true })).toBeVisible();
  await expect(switcher.locator('option')).toHaveCount(3);
});
