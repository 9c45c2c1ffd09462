// Issue 12, item 1: a set opens on its failure with no click. The logs holding the primary diagnosis's evidence,
// stacked, the first evidence line selected and centred, the other panes on its instant; a healthy set on its
// pipeline logs at the latest cycle; a set with no pipeline on its largest log; the user's arrangement wins over
// a set opened later; and while a scan writes, the pane of the log with the newest step follows the end.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { OUTPUT, expect, serve, test, type Served } from './server-fixture';
import { dropFiles } from './support/drop-files';
import { diagnoseFiles, fillerLine, fixtureFiles, padCmtrace, padWindowsUpdate, writeSetFolder } from './support/fixture-sets';
import { expectCentred, expectInView } from './support/row-in-view';
import { buildZip } from '../test/support/zip-writer';

let served: Served | null = null;
test.afterEach(() => {
  served?.stop();
  served = null;
});

const shot = (page: Page, name: string) => page.screenshot({ path: join(OUTPUT, `${name}.png`) });
const grid = (page: Page, name: string) => page.getByRole('grid', { name, exact: true });
const gridNames = (page: Page) => page.getByRole('grid').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));

/** A failing client whose failure sits in the middle of long logs (400 older entries before, 400 later lines after). */
function failingFiles(): Record<string, string> {
  const f = fixtureFiles('scan-proxy-502-utc-5');
  f['WUAHandler.log'] = padCmtrace(f['WUAHandler.log'], 'WUAHandler', 400);
  f['WindowsUpdate.log'] = padWindowsUpdate(f['WindowsUpdate.log'], 400, 400);
  return f;
}

test('a failing set opens on its failure: evidence logs stacked, first evidence line selected and centred, other pane on its instant', async ({ page }) => {
  const files = failingFiles();
  const d = diagnoseFiles(files);
  const ev = d.diagnoses[0].evidence;
  const evLogs = [...new Set(ev.map((e) => e.source))];
  expect(evLogs).toEqual(['WindowsUpdate.log', 'WUAHandler.log']);
  served = await serve([writeSetFolder('PC042', files)]);
  await page.goto(served.url);

  // no click: the two evidence logs, stacked, in evidence order
  await expect(grid(page, 'WindowsUpdate.log')).toBeVisible();
  await expect(grid(page, 'WUAHandler.log')).toBeVisible();
  expect(await gridNames(page)).toEqual(evLogs);
  await expect(page.getByRole('combobox', { name: 'Pane layout' })).toHaveValue('stacked');
  const wu = grid(page, 'WindowsUpdate.log');
  const selected = wu.locator('[role=row][aria-selected="true"]');
  await expect(selected).toHaveAttribute('aria-rowindex', String(ev[0].line));
  await expect(selected).toContainText(ev[0].text.split('\n')[0].trim().slice(0, 40));
  await expectInView(wu, selected);
  await expectCentred(wu, selected, 22);
  // the other pane is on the same instant: its synced row is the WUAHandler line at or before the failure
  const synced = grid(page, 'WUAHandler.log').locator('[role=row].sync-target');
  await expect(synced).toBeVisible();
  await expectInView(grid(page, 'WUAHandler.log'), synced);
  expect(Number(await synced.getAttribute('aria-rowindex'))).toBeGreaterThan(400);
  await shot(page, 'landing-failure');
});

test('a healthy set opens on its pipeline logs at the latest cycle; a set with no pipeline on its largest log', async ({ page }) => {
  const files = fixtureFiles('scan-healthy-utc');
  const d = diagnoseFiles(files);
  expect([d.verdict, d.cycles.length]).toEqual(['healthy', 2]);
  served = await serve([writeSetFolder('Healthy', files)]);
  await page.goto(served.url);
  await expect(grid(page, 'ScanAgent.log')).toBeVisible();
  // the logs holding most of the latest cycle's steps, in pipeline order
  expect(await gridNames(page)).toEqual(['ScanAgent.log', 'LocationServices.log', 'WUAHandler.log']);
  const first = d.pipeline.find((p) => p.source === 'ScanAgent.log')!;
  // the latest cycle's first step, not the first cycle's
  expect(first.line).toBeGreaterThan(2);
  await expect(grid(page, 'ScanAgent.log').locator('[role=row][aria-selected="true"]')).toHaveAttribute('aria-rowindex', String(first.line));
  await expect(page.getByRole('complementary', { name: 'Diagnosis' }).locator('[data-verdict]')).toHaveAttribute('data-verdict', 'healthy');
  await shot(page, 'landing-healthy');
  served.stop();

  // no pipeline: two logs, the larger one shown
  const other = writeSetFolder('Other', {
    'CcmExec.log': fillerLine('CcmExec', 1) + '\r\n',
    'ClientIDManagerStartup.log': Array.from({ length: 60 }, (_, i) => fillerLine('ClientIDManagerStartup', i)).join('\r\n') + '\r\n',
  });
  served = await serve([other]);
  await page.goto(served.url);
  await expect(grid(page, 'ClientIDManagerStartup.log')).toBeVisible();
  expect(await gridNames(page)).toEqual(['ClientIDManagerStartup.log']);
  await shot(page, 'landing-largest');
});

test('a dropped zip lands on its failure; once the user arranges the panes, a set opened later leaves them be', async ({ page }) => {
  const start = writeSetFolder('Start', { 'CcmExec.log': fillerLine('CcmExec', 1) + '\r\n' });
  served = await serve([start]);
  await page.goto(served.url);
  await expect(grid(page, 'CcmExec.log')).toBeVisible();
  const files = failingFiles();
  await dropFiles(page, [{ name: 'PC042-logs.zip', bytes: buildZip(Object.entries(files).map(([name, data]) => ({ name, data }))) }]);
  await expect(grid(page, 'WindowsUpdate.log')).toBeVisible();
  expect(await gridNames(page)).toEqual(['WindowsUpdate.log', 'WUAHandler.log']);
  await expect(grid(page, 'WindowsUpdate.log').locator('[role=row][aria-selected="true"]')).toHaveAttribute('aria-rowindex', String(diagnoseFiles(files).diagnoses[0].evidence[0].line));
  await shot(page, 'landing-drop');

  // the user arranges: ScanAgent.log in the active pane
  const sidebar = page.getByRole('complementary', { name: 'Open logs' });
  await sidebar.getByRole('group', { name: 'PC042-logs.zip' }).getByRole('button', { name: 'ScanAgent.log', exact: true }).click();
  const arranged = await gridNames(page);
  expect(arranged).toContain('ScanAgent.log');
  // another failing set opened from the Open dialog: its logs join the sidebar, the panes stay as arranged
  const later = writeSetFolder('PC043', failingFiles());
  await page.keyboard.press('Control+o');
  const dialog = page.getByRole('dialog', { name: 'Open logs' });
  await dialog.getByRole('textbox').fill(later);
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(sidebar.getByRole('group', { name: 'PC043' })).toBeVisible();
  expect(await gridNames(page)).toEqual(arranged);
  await shot(page, 'landing-arranged-wins');
});

test('while a scan writes, the pane of the log with the newest step follows the end until the user scrolls away', async ({ page }) => {
  const files = fixtureFiles('scan-healthy-utc-5');
  const root = writeSetFolder('Live', files);
  served = await serve([root]);
  await page.goto(served.url);
  const wua = grid(page, 'WUAHandler.log');
  // landed: ScanAgent's first step selected, WUAHandler.log moved to its instant
  await expect(grid(page, 'ScanAgent.log').locator('[role=row][aria-selected="true"]')).toBeVisible();
  await expect(wua.locator('[role=row].sync-target')).toBeVisible();
  const rowsBefore = Number(await wua.getAttribute('aria-rowcount'));
  // the agent writes many lines, then starts a search (a step)
  const wuaLine = (text: string, s: number) =>
    `<![LOG[${text}]LOG]!><time="10:${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000+300" date="03-10-2026" component="WUAHandler" context="" type="1" thread="4242" file="cpp:0">\r\n`;
  const burst = (from: number) => Array.from({ length: 60 }, (_, i) => wuaLine(`Housekeeping pass ${from + i} finished.`, from + i)).join('') + wuaLine('Async searching of updates using WUAgent started.', from + 60);
  appendFileSync(join(root, 'WUAHandler.log'), burst(0));
  const count1 = rowsBefore + 61;
  await expect(wua).toHaveAttribute('aria-rowcount', String(count1));
  const last1 = wua.locator(`[role=row][aria-rowindex="${count1}"]`);
  await expect(last1).toBeVisible();
  await expectInView(wua, last1);
  await shot(page, 'tail-follows-step');

  // the user scrolls up: the next step does not pull the pane back down
  await wua.hover();
  await page.mouse.wheel(0, -600);
  await expect.poll(() => wua.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight)).toBeGreaterThan(200);
  appendFileSync(join(root, 'WUAHandler.log'), burst(100));
  const count2 = count1 + 61;
  await expect(wua).toHaveAttribute('aria-rowcount', String(count2));
  await expect(wua.locator(`[role=row][aria-rowindex="${count2}"]`)).toHaveCount(0);
  expect(await wua.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight)).toBeGreaterThan(200);
});
