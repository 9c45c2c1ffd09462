import { join } from 'node:path';
import { OUTPUT, expect, test } from './server-fixture';

test('opens the samples in browser mode and shows rows in a grid', async ({ page, samples }) => {
  await page.goto(samples.url);
  const grid = page.getByRole('grid').first();
  await expect(grid).toBeVisible();
  await expect(grid.getByRole('row').first()).toBeVisible();
  expect(await grid.getByRole('row').count()).toBeGreaterThan(5);
  // the bundled samples hold a healthy scan, then one failing on the proxy the next day: the panel says it in one line
  const panel = page.getByRole('complementary', { name: 'Diagnosis' });
  await expect(panel.getByRole('region', { name: 'Earlier runs' })).toHaveText(
    /^1 of 2 scans failed since 2026-03-09 14:02 -05:00; last failure 0x80244021 \(scan\.wua\.proxy\) at 2026-03-10 15:02 -05:00; last success 2026-03-09 14:02 -05:00$/,
  );
  await page.screenshot({ path: join(OUTPUT, 'smoke-samples.png') });
});
