import { expect, test } from '@playwright/test';
import { apiGet, asUser, expectNoAccessibilityViolations, screenshot, signIn, unique } from './support/people';

/** The vendor manager (ui.md: starts on the worklist; registers vendors; follows their scorecards). */
test.describe('The vendor manager', () => {
  test('signs in and starts on the worklist, each item leading to where it is acted on', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle('Sign in · Vendor SLA');
    await expectNoAccessibilityViolations(page, 'the sign-in page');

    await signIn(page, 'manager');

    await expect(page.getByRole('heading', { level: 1, name: 'Worklist' })).toBeVisible();
    await expect(page).toHaveTitle('Worklist · Vendor SLA');
    const navigation = page.getByRole('navigation', { name: 'Main' });
    await expect(navigation.getByRole('link')).toHaveText(['Worklist', 'Vendors', 'Agreements', 'Reviews',
      'Acquisitions', 'Audit']);
    const notRecorded = page.getByRole('region', { name: /Months with nothing recorded/ });
    await expect(notRecorded.getByRole('link').first()).toBeVisible();
    await expectNoAccessibilityViolations(page, 'the worklist');
    await screenshot(page, 'worklist');

    const month = notRecorded.getByRole('listitem').first().getByRole('link').first();
    const label = await month.textContent();
    await month.click();
    await expect(page).toHaveURL(/\/agreements\/agr-[^/]+\/periods\/\d{4}-\d{2}$/);
    expect(label).toBeTruthy();

    // the address is a real one: a reload (or a colleague opening the link) shows the same page
    const address = page.url();
    await page.reload();
    await expect(page).toHaveURL(address);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAccessibilityViolations(page, 'a month page');
  });

  test('registers a vendor, fixing the country the platform refused at its field', async ({ page, request }) => {
    const name = unique('Tailspin Toys');
    await signIn(page, 'manager');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Vendors' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Vendors' })).toBeVisible();
    await expectNoAccessibilityViolations(page, 'the vendor list');

    await page.getByRole('link', { name: 'Register a vendor' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill(name);
    await page.getByRole('textbox', { name: 'Country' }).fill('Germany');
    await page.getByRole('button', { name: 'Register vendor' }).click();

    const country = page.getByRole('textbox', { name: 'Country' });
    await expect(country).toHaveAttribute('aria-invalid', 'true');
    await expect(country).toHaveAccessibleDescription(/ISO-3166 alpha-2/);
    await expect(page.getByRole('alert')).toContainText('Some fields need attention');
    await expectNoAccessibilityViolations(page, 'the registration form with an error');
    await screenshot(page, 'register-vendor-error');

    await country.fill('DE');
    await page.getByRole('button', { name: 'Register vendor' }).click();

    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Vendor registered.' })).toBeVisible();
    await expect(page).toHaveTitle(`${name} · Vendors · Vendor SLA`);
    await expectNoAccessibilityViolations(page, 'a new vendor page');
    const vendors = await apiGet<{ name: string; country?: string }[]>(request, 'manager', '/api/vendors');
    expect(vendors.filter((v) => v.name === name).map((v) => v.country)).toEqual(['DE']);
  });

  test('double-clicks Register vendor and the vendor is recorded once', async ({ page, request }) => {
    const name = unique('Wingtip Services');
    await signIn(page, 'manager', '/vendors/new');
    await page.getByRole('textbox', { name: 'Name' }).fill(name);

    await page.getByRole('button', { name: 'Register vendor' }).dblclick();

    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    const vendors = await apiGet<{ name: string }[]>(request, 'manager', '/api/vendors');
    expect(vendors.filter((v) => v.name === name)).toHaveLength(1);
  });

  test('is told that someone else changed the vendor meanwhile, and reloads to see it', async ({ page, request }) => {
    const acquired = await request.post('/api/vendors', { headers: asUser('manager'), data: { name: unique('Litware'), country: 'US' } });
    const acquirer = await request.post('/api/vendors', { headers: asUser('manager'), data: { name: unique('Proseware'), country: 'US' } });
    expect(acquired.status()).toBe(201);
    expect(acquirer.status()).toBe(201);
    const vendorId = (await acquired.json()).id as string;
    const acquirerId = (await acquirer.json()).id as string;
    const acquirerName = (await apiGet<{ name: string }>(request, 'manager', `/api/vendors/${acquirerId}?minVersion=0`)).name;

    await signIn(page, 'manager', `/vendors/${vendorId}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Record an acquisition' }).click();
    await page.getByRole('combobox', { name: 'Acquirer' }).selectOption({ label: acquirerName });
    await page.getByLabel('Effective date').fill('2026-01-01');

    // a colleague records the same acquisition first
    const colleague = await request.post(`/api/vendors/${vendorId}/acquisitions`, {
      headers: asUser('manager'), data: { acquirerId, effectiveDate: '2026-01-01', reference: 'colleague' },
    });
    expect(colleague.ok(), await colleague.text()).toBe(true);

    await page.getByRole('button', { name: 'Record acquisition' }).click();

    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Someone else changed this since you opened it');
    await expectNoAccessibilityViolations(page, 'the stale-page message');
    await screenshot(page, 'stale-vendor');
    await alert.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('dl.facts')).toContainText('Acquired');
    await expect(page.getByRole('region', { name: 'Acquisition lineage' })).toContainText(`Acquired by ${acquirerName}`);
  });

  test("reads a vendor's scorecard: attainment per month charted against target", async ({ page }) => {
    await signIn(page, 'manager', '/vendors');
    await page.getByRole('link', { name: 'Northwind Hosting' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Northwind Hosting' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Agreements' }).getByRole('link').first()).toBeVisible();
    const chart = page.getByRole('img', { name: /Attainment of availability .* against the target/ }).first();
    await expect(chart).toBeVisible();
    await expect(chart.locator('svg')).toBeVisible();
    await expect(page.getByRole('table', { name: /Monthly values of availability/ }).first()).toBeVisible();
    await expectNoAccessibilityViolations(page, 'a vendor page with its scorecard');
    await screenshot(page, 'vendor-scorecard');
  });
});
