// Where a row sits in its grid. Polled, not read once: after a landing or a layout change the pane scrolls on its
// next frame, and a busy machine may draw that frame late.
import type { Locator } from '@playwright/test';
import { expect } from '../server-fixture';

/** The row is wholly inside its grid's visible box. */
export async function expectInView(g: Locator, row: Locator): Promise<void> {
  await expect(row).toBeVisible();
  await expect.poll(async () => {
    const [gb, rb] = [await g.boundingBox(), await row.boundingBox()];
    return !!gb && !!rb && rb.y >= gb.y - 1 && rb.y + rb.height <= gb.y + gb.height + 1;
  }).toBe(true);
}

/** The row's middle is within `px` of its grid's middle. */
export async function expectCentred(g: Locator, row: Locator, px: number): Promise<void> {
  await expect.poll(async () => {
    const [gb, rb] = [await g.boundingBox(), await row.boundingBox()];
    return gb && rb ? Math.abs(rb.y + rb.height / 2 - (gb.y + gb.height / 2)) : Infinity;
  }).toBeLessThanOrEqual(px);
}
