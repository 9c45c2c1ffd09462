// A 10 M-row view: the browser caps element height near 16.7 M px, so the grid scales its scroll position
// (renderer/src/view/scroll-mapping.ts). The real backend cannot hold 10 M rows in a test's time and memory,
// so this test answers the API calls in the page (Playwright routing) with generated rows, row N saying "row N".
import { join } from 'node:path';
import { OUTPUT, expect, serve, test, type Served } from './server-fixture';
import { writeCcmSet } from './support/ccm-set';

const ROWS = 10_000_000;
const LOG = {
  id: 'huge', name: 'Huge.log', source: '/generated/Huge.log', parts: ['/generated/Huge.log'], format: 'cmtrace', encoding: 'utf-8',
  bytes: ROWS * 120, entries: ROWS, state: 'ready', messages: [], group: 'other', utcOffset: 0, offsetSource: 'log', offsetUncertain: false, tailing: false,
  set: { id: 'set1', name: 'generated', machine: null, path: '/generated' },
};
const T0 = Date.UTC(2026, 10, 24, 0, 0, 0);

function rowOf(i: number) {
  return {
    index: i, logId: 'huge', source: LOG.source, line: i + 1, wallMs: T0 + i * 10, utcOffset: 0, instantMs: T0 + i * 10,
    component: 'Gen', thread: 1, severity: i % 1000 === 999 ? 'error' : 'info', text: `row ${i + 1}`, step: null,
  };
}

/** What the backend answers for the generated log: the first error row (i % 1000 === 999) of each slice. */
function errorMarks(slices: number) {
  const error = Array.from({ length: slices }, (_, k) => {
    const first = Math.ceil((k * ROWS) / slices);
    return { slice: k, row: Math.ceil((first - 999) / 1000) * 1000 + 999 };
  }).filter((m) => m.row < ROWS && Math.min(slices - 1, Math.floor((m.row * slices) / ROWS)) === m.slice);
  return { count: ROWS, slices, error, warning: [], bookmark: [] };
}

let served: Served | null = null;
test.afterEach(() => served?.stop());

test('scrolls a 10 M-row view end to end under the browser height cap', async ({ page }) => {
  served = await serve([writeCcmSet()]);
  await page.route('**/api/call', async (route) => {
    const { method, args } = route.request().postDataJSON() as { method: string; args: Record<string, unknown> };
    const reply = (result: unknown) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: true, result }) });
    switch (method) {
      case 'listLogs': return reply([LOG]);
      case 'countRows': return reply(ROWS);
      case 'getRows': {
        const start = args.start as number;
        const n = Math.min(args.count as number, ROWS - start);
        return reply(Array.from({ length: Math.max(0, n) }, (_, k) => rowOf(start + k)));
      }
      case 'rowAtTime': return reply((args.views as unknown[]).map(() => null));
      // the backend's marks for this log: an error every 1000th row (rowOf), the first of each slice
      case 'scrollMarks': return reply(errorMarks(args.slices as number));
      // the timeline's counts: 10 ms apart, an error every 1000th
      case 'timeline': {
        const n = args.slices as number;
        const per = ROWS / n;
        return reply({ fromMs: T0, toMs: T0 + (ROWS - 1) * 10, sliceMs: ((ROWS - 1) * 10) / n, total: Array(n).fill(per), warnings: Array(n).fill(0), errors: Array(n).fill(per / 1000), steps: [] });
      }
      default: return route.continue();
    }
  });
  // The real backend's event socket would announce its own logs and replace the fake one: answer it here too.
  await page.routeWebSocket(/\/api\/events/, (ws) => {
    ws.send(JSON.stringify({ type: 'logs', logs: [LOG] }));
  });
  await page.goto(served.url);
  const grid = page.getByRole('grid', { name: 'Huge.log' });
  await expect(grid).toHaveAttribute('aria-rowcount', String(ROWS));
  await expect(grid.getByRole('row').first()).toContainText('row 1');
  const height = await grid.evaluate((el) => el.scrollHeight);
  expect(height).toBeLessThan(16_000_000);

  // End: the last row is selected and on screen
  await grid.focus();
  await page.keyboard.press('End');
  const last = grid.locator(`[role=row][aria-rowindex="${ROWS}"]`);
  await expect(last).toBeVisible();
  await expect(last).toContainText(`row ${ROWS}`);
  await expect(last).toHaveAttribute('aria-selected', 'true');
  await page.screenshot({ path: join(OUTPUT, 'huge-view-end.png') });

  // the middle of the scroll range is the middle of the log
  await grid.evaluate((el) => (el.scrollTop = (el.scrollHeight - el.clientHeight) / 2));
  await expect(grid.getByRole('row').filter({ hasText: /^row 49999\d\d/ }).first()).toBeVisible();
  // a wheel notch moves a few rows, not tens of thousands
  const before = Number(await grid.getByRole('row').first().getAttribute('aria-rowindex'));
  await grid.hover();
  await page.mouse.wheel(0, 220);
  await expect.poll(async () => Number(await grid.getByRole('row').first().getAttribute('aria-rowindex'))).toBeGreaterThan(before);
  const after = Number(await grid.getByRole('row').first().getAttribute('aria-rowindex'));
  expect(after - before).toBeLessThan(40);
  // Home goes back to row 1
  await grid.focus();
  await page.keyboard.press('Home');
  await expect(grid.locator('[role=row][aria-rowindex="1"]')).toHaveAttribute('aria-selected', 'true');
  await page.screenshot({ path: join(OUTPUT, 'huge-view-home.png') });

  // a scrollbar mark near the end of the 10 M rows: its row is selected and on screen (the scaled mapping)
  const marks = page.locator('[data-mark=error]');
  await expect(marks.first()).toBeAttached();
  const lastMark = marks.last();
  const target = Number(await lastMark.getAttribute('data-row'));
  expect(target).toBeGreaterThan(ROWS * 0.99);
  await lastMark.click();
  const chosen = grid.locator(`[role=row][aria-rowindex="${target + 1}"]`);
  await expect(chosen).toHaveAttribute('aria-selected', 'true');
  await expect(chosen).toContainText(`row ${target + 1}`);
  await expect(chosen).toBeInViewport();
  await page.screenshot({ path: join(OUTPUT, 'huge-view-mark.png') });
});

test('a merged view of two 5 M-row logs scrolls end to end with its Source column', async ({ page }) => {
  served = await serve([writeCcmSet()]);
  const half = ROWS / 2;
  const logs = ['A', 'B'].map((n) => ({ ...LOG, id: `huge${n}`, name: `Huge${n}.log`, source: `/generated/Huge${n}.log`, parts: [`/generated/Huge${n}.log`], entries: half }));
  await page.route('**/api/call', async (route) => {
    const { method, args } = route.request().postDataJSON() as { method: string; args: Record<string, unknown> };
    const reply = (result: unknown) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: true, result }) });
    const ids = (args.logIds as string[] | undefined) ?? [];
    switch (method) {
      case 'listLogs': return reply(logs);
      case 'countRows': return reply(ids.length * half);
      case 'getRows': {
        const start = args.start as number;
        const total = ids.length * half;
        const n = Math.max(0, Math.min(args.count as number, total - start));
        // Interleaved by time, as a merge of two logs writing in turn: even rows from A, odd rows from B.
        return reply(Array.from({ length: n }, (_, k) => {
          const i = start + k;
          const log = ids.length > 1 ? logs[i % 2] : logs.find((l) => l.id === ids[0])!;
          return { ...rowOf(i), logId: log.id, source: log.source };
        }));
      }
      case 'rowAtTime': return reply((args.views as unknown[]).map(() => null));
      default: return route.continue();
    }
  });
  await page.routeWebSocket(/\/api\/events/, (ws) => {
    ws.send(JSON.stringify({ type: 'logs', logs }));
  });
  await page.goto(served.url);
  await page.getByRole('checkbox', { name: 'Select HugeA.log' }).check();
  await page.getByRole('checkbox', { name: 'Select HugeB.log' }).check();
  await page.getByRole('button', { name: 'Merge' }).click();
  const grid = page.getByRole('grid', { name: 'HugeA.log + HugeB.log' });
  await expect(grid).toHaveAttribute('aria-rowcount', String(ROWS));
  expect(await grid.evaluate((el) => el.scrollHeight)).toBeLessThan(16_000_000);
  await grid.focus();
  await page.keyboard.press('End');
  const last = grid.locator(`[role=row][aria-rowindex="${ROWS}"]`);
  await expect(last).toBeVisible();
  await expect(last).toContainText(`row ${ROWS}`);
  await expect(last).toContainText('HugeB.log');
  await page.screenshot({ path: join(OUTPUT, 'huge-merged-end.png') });
});
