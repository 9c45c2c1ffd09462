// The timeline strip, the scrollbar marks and the exports (report, rows) in browser mode against the real
// backend: the strip's hover says what the backend counted, a click or a drag moves every pane to that instant,
// a mark's click selects its row, and the exported files hold what the app shows.
import { readFileSync, writeFileSync, mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { OUTPUT, expect, serve, test, type Served } from './server-fixture';
import { cmtraceLine, writeCcmSet } from './support/ccm-set';
import { sampleClientLogs } from '../scripts/samples/sample-client-logs';
import type { TimelineResult } from '../shared/api/contract';
import type { DiagnosisResult } from '../shared/pipeline/diagnosis-types';

let served: Served | null = null;
test.afterEach(() => {
  served?.stop();
  served = null;
});

const grid = (page: Page, name: string) => page.getByRole('grid', { name, exact: true });

const shot = (page: Page, name: string) => page.screenshot({ path: join(OUTPUT, `${name}.png`) });
/** The row a pane shows as "here": its selection, or the row a sync moved it to. */
const here = (page: Page, gridName: string) => grid(page, gridName).locator('[role=row][aria-selected=true], [role=row].sync-target');

async function open(page: Page, paths: string[]): Promise<void> {
  served = await serve(paths);
  await page.goto(served.url);
  await expect(page.getByRole('grid').first()).toBeVisible();
}

async function showLog(page: Page, name: string): Promise<void> {
  await page.getByRole('complementary', { name: 'Open logs' }).getByRole('button', { name, exact: true }).click();
  await expect(grid(page, name)).toBeVisible();
}

/** A contract call from the page, as the renderer makes it (token from the page URL). */
function call<T>(page: Page, method: string, args: unknown): Promise<T> {
  return page.evaluate(async ([m, a]) => {
    const token = new URLSearchParams(location.search).get('token') ?? '';
    const r = await fetch('/api/call', { method: 'POST', headers: { 'content-type': 'application/json', 'x-cmlens-token': token }, body: JSON.stringify({ method: m, args: a }) });
    return (await r.json()).result as T;
  }, [method, args] as const);
}

/** The x (px from the strip's left) of an instant, from the span the strip says it draws. */
async function xOfInstant(strip: Locator, t: number): Promise<number> {
  const [from, to] = [Number(await strip.getAttribute('data-from')), Number(await strip.getAttribute('data-to'))];
  const box = (await strip.boundingBox())!;
  return ((t - from) / (to - from)) * box.width;
}

/** 2026-11-24 wall clock at UTC−05:00 (the CCM set's bias +300) as an instant. */
const at = (hh: number, mm: number, ss: number, ms = 0) => Date.UTC(2026, 10, 24, hh + 5, mm, ss, ms);

test('timeline: hover gives the time and the counts the backend made; click and drag move every pane to that instant', async ({ page }) => {
  await open(page, [writeCcmSet()]);
  // the set landed on its failure (a selection in each pane); this test starts from panes with nothing selected
  const closers = page.getByRole('button', { name: 'Close pane' });
  while (await closers.count()) await closers.first().click();
  await showLog(page, 'WUAHandler.log');
  await page.getByRole('button', { name: 'Open ScanAgent.log beside' }).click();
  await expect(grid(page, 'ScanAgent.log')).toBeVisible();
  const strip = page.getByLabel('Timeline', { exact: true });
  await expect(strip).toHaveAttribute('data-slices', /\d+/);

  // hover at the failure: the tooltip's time in the writer's clock, and the backend's counts for that slice
  const x = await xOfInstant(strip, at(10, 21, 9, 905));
  await strip.hover({ position: { x, y: 20 } });
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText(/^2026-11-24 10:21:09 · /);
  const logs = await call<{ id: string }[]>(page, 'listLogs', {});
  const slices = Number(await strip.getAttribute('data-slices'));
  const t = await call<TimelineResult>(page, 'timeline', { logIds: logs.map((l) => l.id), slices });
  const k = Math.min(slices - 1, Math.floor((x / (await strip.boundingBox())!.width) * slices));
  expect(t.errors[k]).toBeGreaterThan(0);
  await expect(tip).toContainText(`${t.total[k]} entries, ${t.errors[k]} errors, ${t.warnings[k]} warnings`);
  await shot(page, 'timeline-hover');

  // click at 10:20:30: each pane shows its entry at or before that instant
  await strip.click({ position: { x: await xOfInstant(strip, at(10, 20, 30)), y: 20 } });
  await expect(here(page, 'WUAHandler.log')).toContainText('Async searching of updates using WUAgent started');
  await expect(here(page, 'ScanAgent.log')).toContainText('successfully requested Scan');

  // drag from there to the end of the failure: the panes follow to the last instant
  const box = (await strip.boundingBox())!;
  await page.mouse.move(box.x + (await xOfInstant(strip, at(10, 20, 30))), box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + (await xOfInstant(strip, at(10, 20, 50))), box.y + 20, { steps: 4 });
  await page.mouse.move(box.x + (await xOfInstant(strip, at(10, 21, 9, 990))), box.y + 20, { steps: 4 });
  await page.mouse.up();
  await expect(here(page, 'WUAHandler.log')).toContainText('Scan failed with error = 0x80244021');
  await shot(page, 'timeline-click');
});

test('timeline over a client set with two cycles a day apart: bands by verdict, step marks', async ({ page }) => {
  const root = mkdtempSync(join(tmpdir(), 'cmlens-e2e-tl-'));
  for (const [name, text] of Object.entries(sampleClientLogs())) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  await open(page, [root]);
  const strip = page.getByLabel('Timeline', { exact: true });
  await expect(strip).toHaveAttribute('data-slices', /\d+/);
  await expect(page.getByRole('complementary', { name: 'Diagnosis' }).locator('[data-verdict]')).toHaveAttribute('data-verdict', 'failed');
  const d = await call<DiagnosisResult>(page, 'diagnose', {});
  expect(d.cycles.map((c) => c.verdict)).toEqual(['healthy', 'failed']);
  // hover over the second cycle's start: the tooltip names its verdict and the steps seen there
  const start = Date.parse(d.cycles[1].start!);
  const width = (await strip.boundingBox())!.width;
  await strip.hover({ position: { x: Math.min(width - 1, await xOfInstant(strip, start)), y: 4 } });
  await expect(page.getByRole('tooltip')).toContainText(/steps [\d, ]+/);
  await expect(page.getByRole('tooltip')).toContainText('cycle: Failed');
  await shot(page, 'timeline-cycles');

  // the wheel zooms around the pointer: at the strip's left end the first cycle (a minute of a day) fills it,
  // counted by the backend over the narrower span
  const whole = [await strip.getAttribute('data-from'), await strip.getAttribute('data-to')];
  await strip.hover({ position: { x: 0, y: 20 } });
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -100);
  await expect(strip).not.toHaveAttribute('data-to', whole[1]!);
  const span = Number(await strip.getAttribute('data-to')) - Number(await strip.getAttribute('data-from'));
  expect(span).toBeLessThan((Number(whole[1]) - Number(whole[0])) / 100);
  await strip.hover({ position: { x: await xOfInstant(strip, (Date.parse(d.cycles[0].start!) + Date.parse(d.cycles[0].end!)) / 2), y: 4 } });
  await expect(page.getByRole('tooltip')).toContainText('cycle: Healthy');
  await shot(page, 'timeline-zoomed');
  await strip.dblclick();
  await expect(strip).toHaveAttribute('data-from', whole[0]!);
});

/** A CMTrace log of `n` entries, one a second, an error every 700th and a warning every 450th. */
function bigLog(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const s = 10 * 3600 + i;
    const time = `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000`;
    const sev = i % 700 === 699 ? 3 : i % 450 === 449 ? 2 : 1;
    lines.push(cmtraceLine(sev === 3 ? `entry ${i + 1} failed with 0x80244021` : sev === 2 ? `entry ${i + 1} warning, retrying` : `entry ${i + 1}, all "fine", go on`, time, 'Gen', sev as 1 | 2 | 3));
  }
  return lines.join('\r\n') + '\r\n';
}

test('scrollbar marks: errors, warnings, hits and bookmarks; clicking one selects its row', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'cmlens-e2e-marks-'));
  writeFileSync(join(dir, 'Big.log'), bigLog(5000));
  await open(page, [join(dir, 'Big.log')]);
  const g = grid(page, 'Big.log');
  const pane = page.locator('.log-pane').filter({ has: g });
  const errors = pane.locator('[data-mark=error]');
  await expect(errors).toHaveCount(7); // rows 700, 1400, … 4900: each in its own slice
  await expect(pane.locator('[data-mark=warning]')).toHaveCount(11);

  // the last error mark: row 4900 is selected and on screen
  await errors.last().click();
  const selected = g.locator('[role=row][aria-selected=true]');
  await expect(selected).toContainText('entry 4900 failed with 0x80244021');
  await expect(selected).toHaveAttribute('aria-rowindex', '4900');
  await expect(selected).toBeInViewport();

  // find hits and a bookmark get their marks too
  await g.getByRole('row').first().click();
  await page.keyboard.press('Control+f');
  await page.getByRole('searchbox', { name: 'Find text' }).fill('entry 2345,');
  await page.keyboard.press('Enter');
  await expect(pane.locator('[data-mark=hit]')).toHaveCount(1);
  await g.focus();
  await page.keyboard.press('Control+F2');
  await expect(pane.locator('[data-mark=bookmark]')).toHaveCount(1);
  await errors.first().click();
  await expect(selected).toContainText('entry 700 failed');
  await pane.locator('[data-mark=bookmark]').click();
  await expect(selected).toContainText('entry 2345,');
  await shot(page, 'scroll-marks');
});

test('export report (Markdown, HTML in Chinese) and a filtered pane as CSV, made by the backend', async ({ page }) => {
  await open(page, [writeCcmSet()]);
  await showLog(page, 'WUAHandler.log');
  const panel = page.getByRole('complementary', { name: 'Diagnosis' });
  await expect(panel.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'failed');

  const download = async (click: () => Promise<void>) => {
    const wait = page.waitForEvent('download');
    await click();
    const d = await wait;
    return { name: d.suggestedFilename(), text: readFileSync((await d.path())!, 'utf8') };
  };
  const md = await download(async () => {
    await panel.getByRole('button', { name: 'Export report' }).click();
    await page.getByRole('menuitem', { name: 'Markdown (for a ticket)' }).click();
  });
  expect(md.name).toBe('cmlens-report-failed.md');
  expect(md.text).toContain('# CMLens diagnosis report');
  expect(md.text).toMatch(/^WUAHandler\.log:10 {2}OnSearchComplete - Failed to end search job\. Error = 0x80244021\.$/m);

  await page.getByLabel('Language').selectOption('zh-CN');
  const html = await download(async () => {
    await page.getByRole('button', { name: '导出报告' }).click();
    await page.getByRole('menuitem', { name: 'HTML 页面(可打印)' }).click();
  });
  expect(html.name).toBe('cmlens-report-failed.html');
  expect(html.text).toContain('CMLens 诊断报告');
  expect(html.text).not.toMatch(/<script/i);
  // the page as a technician opens it: a file on disk, no network, no script
  const file = join(OUTPUT, 'report-zh.html');
  writeFileSync(file, html.text);
  const report = await page.context().newPage();
  await report.goto(`file://${file}`);
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('CMLens 诊断报告');
  await report.screenshot({ path: join(OUTPUT, 'report-html-zh.png'), fullPage: true });
  await report.close();
  await page.getByLabel('语言').selectOption('en');

  // rows: the pane filtered to errors and warnings, exported as CSV, reads back to what the pane shows
  await page.getByRole('button', { name: 'Filter' }).click();
  const filter = page.getByRole('form', { name: 'Filter' });
  await filter.getByLabel('Error').check();
  await filter.getByLabel('Warning').check();
  await filter.getByRole('button', { name: 'Apply' }).click();
  await expect(grid(page, 'WUAHandler.log').getByRole('row')).toHaveCount(3);
  const csv = await download(async () => {
    await page.getByRole('button', { name: 'Export the rows shown (CSV or TSV)' }).first().click();
    await page.getByRole('menuitem', { name: 'CSV (Excel)' }).click();
  });
  expect(csv.name).toBe('WUAHandler-filtered.csv');
  const lines = csv.text.replace(/^\ufeff/, '').trimEnd().split('\r\n');
  expect(lines).toEqual([
    'Line,Time,Severity,Component,Thread,Text',
    '9,2026-11-24T10:21:09.000-05:00,warning,WUAHandler,4321,Proxy settings for this session: WinHTTP default (no proxy)',
    '10,2026-11-24T10:21:09.900-05:00,error,WUAHandler,4321,OnSearchComplete - Failed to end search job. Error = 0x80244021.',
    '11,2026-11-24T10:21:09.910-05:00,error,WUAHandler,4321,Scan failed with error = 0x80244021.',
  ]);
  await shot(page, 'export-rows');
});
