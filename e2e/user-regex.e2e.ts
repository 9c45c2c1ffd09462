// Issue 14 item 1 in the page: the find bar and the highlight dialog apply the backend's user-regex policy as the
// user types (shared/user-regex): a pattern that could hang is refused with the reason, in the UI's language, and
// cannot be sent; an RE2 pattern finds and highlights as before.
import type { Page } from '@playwright/test';
import { expect, serve, test, type Served } from './server-fixture';
import { writeCcmSet } from './support/ccm-set';

let served: Served | null = null;
test.afterEach(() => {
  served?.stop();
  served = null;
});

async function openWua(page: Page): Promise<void> {
  served = await serve([writeCcmSet()]);
  await page.goto(served.url);
  await page.getByRole('complementary', { name: 'Open logs' }).getByRole('button', { name: 'WUAHandler.log', exact: true }).click();
  await expect(page.getByRole('grid', { name: 'WUAHandler.log', exact: true })).toBeVisible();
}

test('the find bar refuses a catastrophic or unsupported regex with its reason, and finds with an allowed one', async ({ page }) => {
  await openWua(page);
  await page.keyboard.press('Control+f');
  const bar = page.getByRole('search');
  await bar.getByLabel('Regex').check();
  await bar.getByRole('searchbox').fill('(a+)+$');
  await expect(bar).toContainText('Nested repeats such as (a+)+ are not supported');
  await expect(bar.getByRole('button', { name: 'Find', exact: true })).toBeDisabled();
  await bar.getByRole('searchbox').fill('(?<=Scan )failed');
  await expect(bar).toContainText('Lookahead and lookbehind');
  await bar.getByRole('searchbox').fill('scan failed.*0x8024[0-9a-f]{4}');
  await bar.getByRole('searchbox').press('Enter');
  await expect(bar).toContainText('1 of 1');
});

test('the highlight dialog says why a regex rule is refused, and adds an allowed one', async ({ page }) => {
  await openWua(page);
  await page.getByRole('button', { name: 'Highlight…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Highlight rules' });
  await dialog.getByLabel('Regex', { exact: true }).check();
  await dialog.getByLabel('Text or regex to highlight').fill('(x|xy)*z');
  await expect(dialog.getByRole('alert')).toHaveText('A repeated group of alternatives such as (a|ab)* is not supported (it can take exponential time).');
  await expect(dialog.getByRole('button', { name: 'Add rule' })).toBeDisabled();
  await dialog.getByLabel('Text or regex to highlight').fill('update source');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Add rule' }).click();
  await expect(dialog.getByRole('listitem')).toHaveCount(1);
});
