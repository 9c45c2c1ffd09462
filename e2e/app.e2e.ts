// The app in browser mode against the real backend, on a CCM Logs set the tests write (a scan failing on
// proxy error 0x80244021, support/ccm-set.ts) and on ../shared/corpus where present.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { OUTPUT, corpusFile, expect, serve, test, type Served } from './server-fixture';
import { writeCcmSet } from './support/ccm-set';
import { dropFiles } from './support/drop-files';
import { buildZip } from '../test/support/zip-writer';

let served: Served | null = null;
test.afterEach(() => {
  served?.stop();
  served = null;
});

async function openSet(page: Page, paths: string[] = [writeCcmSet()]): Promise<void> {
  served = await serve(paths);
  await page.goto(served.url);
  await expect(page.getByRole('grid').first()).toBeVisible();
}

const grid = (page: Page, name: string) => page.getByRole('grid', { name, exact: true });
const row = (page: Page, gridName: string, text: string) => grid(page, gridName).getByRole('row').filter({ hasText: text });
const shot = (page: Page, name: string) => page.screenshot({ path: join(OUTPUT, `${name}.png`) });

/** The set landed on its failure (panes, a selection); a test that starts from nothing selected clears them. */
async function clearPanes(page: Page): Promise<void> {
  const closers = page.getByRole('button', { name: 'Close pane' });
  while (await closers.count()) await closers.first().click();
}

async function showLog(page: Page, name: string): Promise<void> {
  await page.getByRole('complementary', { name: 'Open logs' }).getByRole('button', { name, exact: true }).click();
  await expect(grid(page, name)).toBeVisible();
}

test('opens a folder typed in the Open dialog (Ctrl+O); logs grouped, Software updates first; bad paths said plainly', async ({ page }) => {
  await openSet(page);
  const sidebar = page.getByRole('complementary', { name: 'Open logs' });
  await expect(sidebar.getByRole('heading').first()).toHaveText('Software updates');
  await expect(sidebar.getByRole('button', { name: 'WUAHandler.log', exact: true })).toBeVisible();

  const corpusLog = corpusFile('cmtrace/findingsanity-wuahandler.log');
  await page.keyboard.press('Control+o');
  const dialog = page.getByRole('dialog', { name: 'Open logs' });
  await expect(dialog).toBeVisible();
  const target = corpusLog ? dirname(corpusLog) : writeCcmSet();
  await dialog.getByRole('textbox').fill(target);
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(dialog).toBeHidden();
  if (corpusLog) {
    await expect(sidebar.getByRole('heading', { name: 'Other logs' })).toBeVisible();
    await expect(sidebar.getByRole('button', { name: 'findingsanity-wuahandler.log', exact: true })).toBeVisible();
    // the folder's logs open; the one shown is readable in a grid named after it
    await showLog(page, 'findingsanity-wuahandler.log');
    await expect(row(page, 'findingsanity-wuahandler.log', 'WSUS').first()).toBeVisible();
  }
  // the set is remembered under Recent sets
  await page.keyboard.press('Control+o');
  await expect(dialog.getByRole('region', { name: 'Recent sets' }).getByRole('button')).toHaveCount(1);
  await dialog.getByRole('textbox').fill('/no/such/folder/CCM/Logs');
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: '/no/such/folder/CCM/Logs' })).toBeVisible();
  await shot(page, 'open-folder');
});

test('opens a zip of a Logs folder by path', async ({ page }) => {
  const logs = writeCcmSet();
  const zipPath = join(dirname(dirname(logs)), 'Logs.zip');
  const { SCAN_AGENT, WUA_HANDLER } = await import('./support/ccm-set');
  writeFileSync(zipPath, buildZip([
    { name: 'CCM/Logs/ScanAgent.log', data: SCAN_AGENT },
    { name: 'CCM/Logs/WUAHandler.log', data: WUA_HANDLER },
  ]));
  await openSet(page, [zipPath]);
  const sidebar = page.getByRole('complementary', { name: 'Open logs' });
  const wua = sidebar.getByRole('button', { name: 'WUAHandler.log', exact: true });
  await expect(wua).toHaveAttribute('title', /Logs\.zip!\/CCM\/Logs\/WUAHandler\.log$/);
  await showLog(page, 'WUAHandler.log');
  await expect(grid(page, 'WUAHandler.log').getByRole('row')).toHaveCount(11);
  await shot(page, 'open-zip');
});

test('a zip dropped in browser mode is uploaded and opened; a hostile entry and a binary file are said per file', async ({ page }) => {
  const { SCAN_AGENT, WUA_HANDLER, cmtraceLine } = await import('./support/ccm-set');
  // Start with one unrelated log, so the logs seen afterwards can only have come from the drop.
  const start = mkdtempSync(join(tmpdir(), 'cmlens-drop-'));
  writeFileSync(join(start, 'ClientIDManagerStartup.log'), cmtraceLine('Client is registered.', '10:00:00.000', 'ClientIDManagerStartup') + '\r\n');
  await openSet(page, [start]);
  const zip = buildZip([
    { name: 'Windows/CCM/Logs/ScanAgent.log', data: SCAN_AGENT },
    { name: 'Windows/CCM/Logs/WUAHandler.log', data: WUA_HANDLER },
    { name: '../../evil.log', data: 'x' },
  ]);
  const binary = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 37) % 256));
  await dropFiles(page, [{ name: 'Customer Logs.zip', bytes: zip }, { name: 'setup.exe', bytes: binary }]);

  const sidebar = page.getByRole('complementary', { name: 'Open logs' });
  const dropped = sidebar.locator('button[title^="dropped:/Customer Logs.zip!/"]');
  await expect(dropped).toHaveCount(2);
  await expect(sidebar.locator('button[title="dropped:/Customer Logs.zip!/Windows/CCM/Logs/WUAHandler.log"]')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'dropped:/Customer Logs.zip!/../../evil.log: unsafe entry name' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'dropped:/setup.exe: not a text log (binary content)' })).toBeVisible();

  // the first dropped log of Software updates is shown at once; the other reads like the same log opened by path
  await expect(grid(page, 'ScanAgent.log')).toBeVisible();
  await expect(row(page, 'ScanAgent.log', 'Scan Failed with Error=0x80244021')).toBeVisible();
  await showLog(page, 'WUAHandler.log');
  await expect(grid(page, 'WUAHandler.log').getByRole('row')).toHaveCount(11);
  await expect(row(page, 'WUAHandler.log', 'Async searching of updates using WUAgent started')).toBeVisible();
  // The diagnosis follows what was dropped: the zip holds a scan failing on 0x80244021.
  await expect(page.getByRole('complementary', { name: 'Diagnosis' }).locator('[data-verdict]')).toHaveAttribute('data-verdict', 'failed');
  await shot(page, 'drop-zip-upload');
});

test('two panes side by side follow one clock; elapsed time between two entries', async ({ page }) => {
  await openSet(page);
  await showLog(page, 'WUAHandler.log');
  await page.getByRole('button', { name: 'Open ScanAgent.log beside' }).click();
  await expect(grid(page, 'ScanAgent.log')).toBeVisible();
  await expect(grid(page, 'WUAHandler.log')).toBeVisible();

  // 10:20:09.600 in WUAHandler → ScanAgent's entry at or before it is 10:20:02.700 "successfully requested Scan"
  await row(page, 'WUAHandler.log', 'Async searching of updates using WUAgent started').click();
  const target = grid(page, 'ScanAgent.log').locator('[role=row].sync-target');
  await expect(target).toHaveCount(1);
  await expect(target).toContainText('successfully requested Scan');

  // and back: ScanAgent's failure at 10:21:10.000 → WUAHandler's last line before it (10:21:09.910)
  await row(page, 'ScanAgent.log', 'Scan Failed with Error').click();
  await expect(grid(page, 'WUAHandler.log').locator('[role=row].sync-target')).toContainText('Scan failed with error = 0x80244021');

  // a second selection (Ctrl+click) shows the elapsed time: 10:20:09.600 → 10:21:09.910
  await row(page, 'WUAHandler.log', 'Async searching of updates using WUAgent started').click();
  await row(page, 'WUAHandler.log', 'Scan failed with error').click({ modifiers: ['Control'] });
  await expect(page.getByRole('status').filter({ hasText: 'Elapsed' })).toContainText('Elapsed: 1m 00.310s');
  await shot(page, 'sync-panes');

  // sync off: selecting no longer moves the other pane
  await page.getByLabel('Sync panes').uncheck();
  await row(page, 'WUAHandler.log', 'Its a WSUS Update Source type').click();
  await expect(grid(page, 'ScanAgent.log').locator('[role=row].sync-target')).toHaveCount(0);
});

test('find with Ctrl+F, F3 and Shift+F3 cycle the hits', async ({ page }) => {
  await openSet(page);
  await clearPanes(page);
  await showLog(page, 'WUAHandler.log');
  await page.keyboard.press('Control+f');
  const bar = page.getByRole('search');
  await bar.getByRole('searchbox').fill('0x80244021');
  await bar.getByRole('searchbox').press('Enter');
  await expect(bar).toContainText('1 of 2');
  const selected = grid(page, 'WUAHandler.log').locator('[role=row][aria-selected=true]');
  await expect(selected).toContainText('OnSearchComplete - Failed to end search job');
  await page.keyboard.press('F3');
  await expect(selected).toContainText('Scan failed with error = 0x80244021');
  await expect(bar).toContainText('2 of 2');
  await page.keyboard.press('F3');
  await expect(selected).toContainText('OnSearchComplete');
  await page.keyboard.press('Shift+F3');
  await expect(selected).toContainText('Scan failed with error');
  // a regex, matching case
  await bar.getByLabel('Regex').check();
  await bar.getByLabel('Match case').check();
  await bar.getByRole('searchbox').fill('^Its a (WSUS|completely)');
  await bar.getByRole('searchbox').press('Enter');
  await expect(bar).toContainText('1 of 2');
  await expect(page.getByRole('region', { name: 'Entry details' })).toContainText('Its a WSUS Update Source type');
  await shot(page, 'find-f3');
});

test('highlight rules colour rows; filters by severity and text reach the backend', async ({ page }) => {
  await openSet(page);
  await showLog(page, 'WUAHandler.log');
  await page.getByRole('button', { name: 'Highlight…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Highlight rules' });
  await dialog.getByLabel('Text or regex to highlight').fill('update source');
  await dialog.getByRole('button', { name: 'Add rule' }).click();
  await dialog.getByLabel('Text or regex to highlight').fill('Search Criteria');
  await dialog.getByRole('button', { name: 'Add rule' }).click();
  await expect(dialog.getByRole('listitem')).toHaveCount(2);
  await page.keyboard.press('Escape');
  const lit = grid(page, 'WUAHandler.log').locator('[role=row].highlighted');
  // "update source" (any case): lines 1, 2 and 5; "Search Criteria": line 6
  await expect(lit).toHaveCount(4);
  await expect(lit.nth(3)).toContainText('Search Criteria is');
  const colors = await lit.evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
  expect(new Set(colors).size).toBe(2);
  await shot(page, 'highlight');

  await page.getByRole('button', { name: 'Filter' }).click();
  const filter = page.getByRole('form', { name: 'Filter' });
  await filter.getByLabel('Error').check();
  await filter.getByRole('button', { name: 'Apply' }).click();
  await expect(grid(page, 'WUAHandler.log').getByRole('row')).toHaveCount(2);
  await filter.getByLabel('Error').uncheck();
  await filter.getByLabel('Warning').check();
  await filter.getByRole('button', { name: 'Apply' }).click();
  await expect(grid(page, 'WUAHandler.log').getByRole('row')).toHaveCount(1);
  await expect(grid(page, 'WUAHandler.log').getByRole('row')).toContainText('Proxy settings');
  await filter.getByRole('button', { name: 'Clear' }).click();
  await filter.getByLabel('Exclude text').fill('update source');
  await filter.getByRole('button', { name: 'Apply' }).click();
  await expect(grid(page, 'WUAHandler.log').getByRole('row')).toHaveCount(11 - 3);
  await shot(page, 'filter');
});

test('a failed pipeline step moves the panes to its evidence', async ({ page }) => {
  await openSet(page);
  const strip = page.getByRole('navigation', { name: 'Scan pipeline' });
  const failed = strip.getByRole('button', { name: /^Step 14:/ });
  await expect(failed).toHaveAttribute('data-status', 'failed');
  await expect(strip.getByRole('button', { name: /^Step 12:/ })).toHaveAttribute('data-status', 'done');
  await expect(strip.getByRole('button', { name: /^Step 5:/ })).toHaveAttribute('data-status', 'not-seen');
  await failed.click();
  const selected = grid(page, 'WUAHandler.log').locator('[role=row][aria-selected=true]');
  await expect(selected).toContainText('OnSearchComplete - Failed to end search job');
  await expect(selected.locator('.step-badge')).toHaveText('14');
  await shot(page, 'pipeline-step');
});

test('a diagnosis leads to its evidence and its guide section; language and theme switch', async ({ page }) => {
  await openSet(page);
  const panel = page.getByRole('complementary', { name: 'Diagnosis' });
  await expect(panel.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'failed');
  const card = panel.getByRole('article').first();
  await expect(card).toContainText('0x80244021');
  await card.getByRole('button', { name: /ScanAgent\.log:9/ }).click();
  await expect(grid(page, 'ScanAgent.log').locator('[role=row][aria-selected=true]')).toContainText('Scan Failed with Error=0x80244021');
  // the code in the details pane links to the lookup
  await page.getByRole('region', { name: 'Entry details' }).getByRole('link', { name: '0x80244021' }).click();
  const lookup = page.getByRole('dialog', { name: 'Error lookup' });
  await expect(lookup).toContainText('WU_E_PT_HTTP_STATUS_BAD_GATEWAY');
  // the dialog reads any code of the offline table: an expired WSUS certificate, linked to its guide section
  await lookup.getByRole('textbox', { name: 'Error code' }).fill('0x800B0101');
  await lookup.getByRole('button', { name: 'Look up' }).click();
  await expect(lookup).toContainText('CERT_E_EXPIRED');
  await expect(lookup.getByRole('link', { name: 'scan.wua.certificate' })).toBeVisible();
  await page.keyboard.press('Escape');

  const link = card.getByRole('link', { name: /^Guide:/ });
  await expect(link).toHaveAttribute('href', /#guide\/scan\.wua\.proxy$/);
  await link.click();
  await expect(page).toHaveURL(/#guide\/scan\.wua\.proxy$/);
  const heading = page.getByRole('document').getByRole('heading', { level: 1 });
  const en = await heading.textContent();
  expect(en).toMatch(/proxy/i);
  await shot(page, 'guide-en');

  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(heading).not.toHaveText(en!);
  await expect(heading).toHaveText(/[\u4e00-\u9fff]/);
  await expect(page.getByRole('complementary', { name: '诊断' })).toBeVisible();
  await page.getByRole('button', { name: '切换浅色/深色主题' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await shot(page, 'guide-zh-dark');
  // remembered across a reload
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('complementary', { name: '诊断' })).toBeVisible();
});

test('keys: next error, bookmarks, details on/off, shortcut help, force a scan', async ({ page }) => {
  await openSet(page);
  await showLog(page, 'WUAHandler.log');
  await row(page, 'WUAHandler.log', 'Its a WSUS Update Source type').click();
  await page.keyboard.press('Control+e');
  const selected = grid(page, 'WUAHandler.log').locator('[role=row][aria-selected=true]');
  await expect(selected).toContainText('OnSearchComplete');
  await page.keyboard.press('Control+e');
  await expect(selected).toContainText('Scan failed with error');
  await page.keyboard.press('Control+Shift+E');
  await expect(selected).toContainText('OnSearchComplete');
  await page.keyboard.press('Shift+F4');
  await expect(selected).toContainText('Proxy settings');
  await page.keyboard.press('Control+F2');
  await row(page, 'WUAHandler.log', 'Its a WSUS Update Source type').click();
  await page.keyboard.press('F2');
  await expect(selected).toContainText('Proxy settings');
  await expect(selected).toContainText('◆');
  await page.keyboard.press('Control+h');
  await expect(page.getByRole('region', { name: 'Entry details' })).toHaveCount(0);
  await page.keyboard.press('Control+h');
  await expect(page.getByRole('region', { name: 'Entry details' })).toContainText('Proxy settings for this session');
  await page.keyboard.press('F1');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Ctrl+F2');
  await shot(page, 'shortcuts-help');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Force a scan…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Force a software update scan' });
  const cmd = dialog.getByLabel('PowerShell command');
  await expect(cmd).toHaveText("Invoke-WmiMethod -Namespace root\\ccm -Class SMS_Client -Name TriggerSchedule -ArgumentList '{00000000-0000-0000-0000-000000000113}'");
  await dialog.getByLabel('A remote client').check();
  await dialog.getByLabel('Computer name').fill('PC042');
  await expect(cmd).toHaveText(/-ComputerName PC042$/);
  await shot(page, 'force-scan');
});

test('bookmarks name entries: a filter keeps them and F2 finds them; Ctrl+E asks the backend; running the scan says where it can', async ({ page }) => {
  await openSet(page);
  await clearPanes(page);
  await showLog(page, 'WUAHandler.log');
  const selected = grid(page, 'WUAHandler.log').locator('[role=row][aria-selected=true]');
  // nothing selected: Ctrl+Shift+E goes up from past the last row, F4 down from before the first
  await grid(page, 'WUAHandler.log').getByRole('row').first().waitFor();
  await page.keyboard.press('Control+Shift+E');
  await expect(selected).toContainText('Scan failed with error');
  await row(page, 'WUAHandler.log', 'Proxy settings').click();
  await page.keyboard.press('Control+F2');
  await row(page, 'WUAHandler.log', 'Scan failed with error').click();
  await page.keyboard.press('Control+F2');
  await expect(grid(page, 'WUAHandler.log').getByRole('row').filter({ hasText: '◆' })).toHaveCount(2);

  // a filter that keeps both rows moves them to other positions: the bookmarks follow the entries
  await page.getByRole('button', { name: 'Filter' }).click();
  const filter = page.getByRole('form', { name: 'Filter' });
  await filter.getByLabel('Exclude text').fill('update source');
  await filter.getByRole('button', { name: 'Apply' }).click();
  await expect(grid(page, 'WUAHandler.log').getByRole('row')).toHaveCount(11 - 3);
  await expect(grid(page, 'WUAHandler.log').getByRole('row').filter({ hasText: '◆' })).toHaveCount(2);
  await row(page, 'WUAHandler.log', 'Search Criteria').click();
  await page.keyboard.press('F2');
  await expect(selected).toContainText('Proxy settings');
  await expect(selected).toHaveAttribute('aria-rowindex', '6'); // 9th line of the log, 3 excluded rows above it
  await page.keyboard.press('F2');
  await expect(selected).toContainText('Scan failed with error');
  await page.keyboard.press('Shift+F2');
  await expect(selected).toContainText('Proxy settings');
  await page.keyboard.press('Control+e');
  await expect(selected).toContainText('OnSearchComplete');
  await shot(page, 'bookmarks-filtered');
  // evidence lands on its entry in the filtered view (line 11 of the log is its 8th row there)
  await page.getByRole('complementary', { name: 'Diagnosis' }).getByRole('button', { name: /WUAHandler\.log:11/ }).click();
  await expect(selected).toContainText('Scan failed with error');
  await expect(selected).toHaveAttribute('aria-rowindex', '8');
  // only warnings: the one bookmark the filter keeps is the one F2 finds
  await filter.getByRole('button', { name: 'Clear' }).click();
  await filter.getByLabel('Warning').check();
  await filter.getByRole('button', { name: 'Apply' }).click();
  await expect(grid(page, 'WUAHandler.log').getByRole('row')).toHaveCount(1);
  await page.keyboard.press('F2');
  await expect(selected).toContainText('Proxy settings');
  await page.keyboard.press('F4');
  await expect(page.getByText('No more warnings in this direction')).toBeVisible();

  // this test runs on Linux: the backend refuses to run the scan and the copy button stays the way
  await page.getByRole('button', { name: 'Force a scan…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Force a software update scan' });
  await dialog.getByRole('button', { name: 'Run now…' }).click();
  const confirm = dialog.getByRole('alertdialog', { name: 'Run now…' });
  await expect(confirm).toContainText('Run the scan cycle on this computer now?');
  await confirm.getByRole('button', { name: 'Yes, run it' }).click();
  await expect(dialog.getByRole('status')).toContainText('only on Windows');
  await expect(dialog.getByRole('button', { name: 'Copy command' })).toBeEnabled();
  await shot(page, 'force-scan-run');
});

test('lines appended to an open log arrive live', async ({ page }) => {
  const dir = writeCcmSet();
  await openSet(page, [dir]);
  const tailing = await page.evaluate(async () => {
    const token = new URLSearchParams(location.search).get('token') ?? '';
    const r = await fetch('./api/call', { method: 'POST', headers: { 'content-type': 'application/json', 'x-cmlens-token': token }, body: JSON.stringify({ method: 'listLogs', args: {} }) });
    const body = (await r.json()) as { result: { tailing: boolean }[] };
    return body.result.some((l) => l.tailing);
  });
  // Browser mode tails what it opens: a backend that stopped tailing must fail here, not skip.
  expect(tailing).toBe(true);
  await showLog(page, 'WUAHandler.log');
  await expect(grid(page, 'WUAHandler.log').getByRole('row')).toHaveCount(11);
  const { cmtraceLine } = await import('./support/ccm-set');
  const { appendFileSync } = await import('node:fs');
  appendFileSync(join(dir, 'WUAHandler.log'), cmtraceLine('Async searching completed.', '10:25:00.000', 'WUAHandler') + '\r\n');
  appendFileSync(join(dir, 'WUAHandler.log'), cmtraceLine('Successfully completed scan.', '10:25:01.000', 'WUAHandler') + '\r\n');
  // the pane follows the new step to the end (issue 12), so count the view's rows, not the rendered ones
  await expect(grid(page, 'WUAHandler.log')).toHaveAttribute('aria-rowcount', '13');
  await expect(row(page, 'WUAHandler.log', 'Successfully completed scan')).toBeVisible();
  await shot(page, 'tail-append');
});

test('a merged view shows chosen logs as one timeline with a Source column', async ({ page }) => {
  await openSet(page);
  await clearPanes(page);
  const sidebar = page.getByRole('complementary', { name: 'Open logs' });
  await sidebar.getByLabel('Select ScanAgent.log').check();
  await sidebar.getByLabel('Select WUAHandler.log').check();
  await sidebar.getByRole('button', { name: 'Merge' }).click();
  const merged = page.getByRole('grid', { name: /ScanAgent\.log \+ WUAHandler\.log|WUAHandler\.log \+ ScanAgent\.log/ });
  await expect(merged.getByRole('row')).toHaveCount(9 + 11);
  // The row count counts rows still loading (their cells empty): poll until the page of rows has come.
  await expect.poll(async () => new Set(await merged.locator('[role=row] .col-source').allTextContents())).toEqual(new Set(['ScanAgent.log', 'WUAHandler.log']));
  // by time: ScanAgent's last line (10:21:10.000) is the last row, after WUAHandler's 10:21:09.910
  await expect(merged.getByRole('row').last()).toContainText('Scan Failed with Error=0x80244021');
  await expect(merged.getByRole('row').nth(18)).toContainText('Scan failed with error = 0x80244021.');
  await shot(page, 'merged-view');
});
