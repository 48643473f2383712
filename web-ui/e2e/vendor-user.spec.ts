import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations, signIn } from './support/people';

/** Northwind's own user (ui.md: a vendor user sees Agreements and its own vendor only). */
test('a vendor user sees Agreements and its own vendor, and signing out forgets it', async ({ page }) => {
  await signIn(page, 'northwind');

  await expect(page).toHaveURL(/\/agreements$/);
  const navigation = page.getByRole('navigation', { name: 'Main' });
  await expect(navigation.getByRole('link')).toHaveText(['Vendors', 'Agreements']);
  await navigation.getByRole('link', { name: 'Vendors' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Northwind Hosting' })).toBeVisible();
  await expectNoAccessibilityViolations(page, "the vendor user's own vendor page");

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
});
