import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations, screenshot, signIn } from './support/people';

/** The admin (ui.md: read-model replays with progress). */
test.describe('The admin', () => {
  test('replays a read model from Operations and watches it finish', async ({ page }) => {
    await signIn(page, 'admin');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Operations' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Operations' })).toBeVisible();
    await expect(page).toHaveTitle('Operations · Vendor SLA');

    const readModels = page.getByRole('region', { name: 'Read models' });
    const row = readModels.getByRole('row', { name: /agreement/ }).first();
    await expect(row).toContainText(/Caught up|Catching up/);
    const group = (await row.getByRole('rowheader').textContent())!.trim();
    await expectNoAccessibilityViolations(page, 'the operations page');

    await row.getByRole('button', { name: `Replay ${group}` }).click();

    await expect(page.getByRole('status').filter({ hasText: `Replay of ${group} finished.` })).toBeVisible({ timeout: 60_000 });
    const finishedRow = readModels.getByRole('row', { name: new RegExp(group) }).first();
    await expect(finishedRow).toContainText(/Last replay by admin: finished .* UTC/);
    await expect(finishedRow).toContainText('Caught up');
    await expectNoAccessibilityViolations(page, 'the operations page after a replay');
    await screenshot(page, 'operations-replay');
  });
});
