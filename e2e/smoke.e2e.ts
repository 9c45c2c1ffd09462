import { join } from 'node:path';
import { OUTPUT, expect, test } from './server-fixture';

test('opens the samples in browser mode and shows rows in a grid', async ({ page, samples }) => {
  await page.goto(samples.url);
  const grid = page.getByRole('grid').first();
  await expect(grid).toBeVisible();
  await expect(grid.getByRole('row').first()).toBeVisible();
  expect(await grid.getByRole('row').count()).toBeGreaterThan(5);
  await page.screenshot({ path: join(OUTPUT, 'smoke-samples.png') });
});
