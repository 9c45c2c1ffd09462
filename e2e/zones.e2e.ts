// A log's time zone set by hand (docs/decisions.md, Time zones of a set): a script-written log whose offset cannot be trusted is marked,
// and choosing its zone moves its entries on the one clock.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OUTPUT, expect, serve, test, type Served } from './server-fixture';

let served: Served | null = null;
test.afterEach(() => served?.stop());

test('sets a log\'s zone by hand and the UTC clock follows', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'cmlens-zone-'));
  // A PowerShell toolkit's log: `file=` names a .ps1, so its +300 cannot be trusted.
  writeFileSync(
    join(dir, 'Remediate.log'),
    '<![LOG[Script started]LOG]!><time="10:20:00.000+300" date="11-24-2026" component="Remediate" context="" type="1" thread="1" file="Remediate.ps1:12">\r\n',
  );
  served = await serve([dir]);
  await page.goto(served.url);
  const grid = page.getByRole('grid', { name: 'Remediate.log' });
  await expect(grid.getByRole('row').first()).toContainText('Script started');
  await page.getByRole('combobox', { name: 'Time shown' }).selectOption({ label: 'UTC' });
  await expect(grid.getByRole('row').first()).toContainText('2026-11-24 15:20:00.000');

  const zone = page.getByRole('combobox', { name: 'Time zone of Remediate.log' });
  await expect(zone.locator('option:checked')).toHaveText('UTC−05:00 (as the log says)');
  await expect(page.locator('.log-zone .tag.warn')).toBeVisible();
  await zone.selectOption({ label: 'UTC+01:00' });
  await expect(grid.getByRole('row').first()).toContainText('2026-11-24 09:20:00.000');
  await page.screenshot({ path: join(OUTPUT, 'zone-by-hand.png') });

  await zone.selectOption({ label: 'As the log says' });
  await expect(grid.getByRole('row').first()).toContainText('2026-11-24 15:20:00.000');
});
