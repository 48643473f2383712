import { expect, test, type Page } from '@playwright/test';
import { apiGet, asUser, expectNoAccessibilityViolations, screenshot, signIn, unique } from './support/people';

interface Summary { id: string; title: string; version: number }

async function fillDraft(page: Page, title: string, target: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Vendor' }).selectOption({ label: 'Northwind Hosting' });
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page.getByLabel('Effective from').fill('2026-01-01');
  await page.getByRole('textbox', { name: 'Monthly charge', exact: true }).fill('50000.00');
  const level = page.getByRole('group', { name: 'Service level 1' });
  await level.getByRole('textbox', { name: 'Name' }).fill('Hosting availability');
  await level.getByRole('textbox', { name: 'Target', exact: true }).fill(target);
  await level.getByRole('textbox', { name: 'Allocation (percent of the at-risk amount)' }).fill('50');
}

/** The vendor manager's agreements (ui.md): drafting one, reading versions and the past, and colleagues meanwhile. */
test.describe("The vendor manager's agreements", () => {
  test('drafts an agreement, fixing the target the platform refused at its field', async ({ page, request }) => {
    const title = unique('Edge hosting');
    await signIn(page, 'manager');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Agreements' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Agreements' })).toBeVisible();
    await expectNoAccessibilityViolations(page, 'the agreement list');
    await page.getByRole('combobox', { name: 'Status' }).selectOption('ACTIVE');
    await expect(page).toHaveURL(/status=ACTIVE/);
    await expect(page.getByRole('link', { name: 'Core hosting', exact: true })).toBeVisible();

    await page.getByRole('link', { name: 'Draft an agreement' }).click();
    await expect(page).toHaveTitle('Draft an agreement · Agreements · Vendor SLA');
    await fillDraft(page, title, '150');
    await page.getByRole('button', { name: 'Draft agreement' }).click();

    const target = page.getByRole('group', { name: 'Service level 1' }).getByRole('textbox', { name: 'Target', exact: true });
    await expect(target).toHaveAttribute('aria-invalid', 'true');
    await expect(target).toHaveAccessibleDescription(/a percentage target lies above 0 and at most 100/);
    await expect(target).toBeFocused();
    await expect(page.getByRole('alert')).toContainText('The target is out of range.');
    await expectNoAccessibilityViolations(page, 'the draft form with an error');
    await screenshot(page, 'draft-agreement-error');

    await target.fill('99.9');
    await page.getByRole('button', { name: 'Draft agreement' }).click();

    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('status').first()).toHaveText('Agreement drafted.');
    await expect(page.locator('dl.facts').first()).toContainText('Draft');
    await expect(page.getByRole('table', { name: 'Service levels' })).toContainText('Hosting availability');
    await expectNoAccessibilityViolations(page, 'a drafted agreement');
    const drafted = await apiGet<Summary[]>(request, 'manager', '/api/agreements');
    expect(drafted.filter((a) => a.title === title)).toHaveLength(1);

    // negotiation: the customer proposes the terms, the vendor accepts, both sign
    await page.getByText('Propose terms', { exact: true }).first().click();
    const propose = page.getByRole('form', { name: 'Propose terms' });
    await propose.getByRole('textbox', { name: 'Rationale' }).fill('As discussed on 2 December');
    await propose.getByRole('button', { name: 'Send proposal' }).click();
    const accept = page.getByRole('form', { name: 'Accept the proposal' });
    await accept.getByRole('combobox', { name: 'Acting for' }).selectOption('VENDOR');
    await accept.getByRole('button', { name: 'Accept' }).click();
    await expect(page.getByRole('region', { name: 'Negotiation' })).toContainText('No open proposal.');
    const sign = page.getByRole('form', { name: 'Sign the agreed terms' });
    await sign.getByRole('textbox', { name: 'Signatory' }).fill('Dana Whitfield, CIO');
    await sign.getByRole('button', { name: 'Sign' }).click();
    await expect(page.locator('dl.facts').first()).toContainText('Customer: Dana Whitfield, CIO');
    await sign.getByRole('combobox', { name: 'Acting for' }).selectOption('VENDOR');
    await sign.getByRole('textbox', { name: 'Signatory' }).fill('Lee Northwind, CEO');
    await sign.getByRole('button', { name: 'Sign' }).click();
    await expect(page.locator('dl.facts').first()).toContainText('Active');
    await expect(page.getByRole('region', { name: 'Versions' }).getByRole('table')).toContainText('signature');
    await expectNoAccessibilityViolations(page, 'an agreement just activated');
    await screenshot(page, 'agreement-activated');
  });

  test('double-clicks Draft agreement and the agreement is drafted once', async ({ page, request }) => {
    const title = unique('Backup service');
    await signIn(page, 'manager', '/agreements/new');
    await fillDraft(page, title, '99.5');

    await page.getByRole('button', { name: 'Draft agreement' }).dblclick();

    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const drafted = await apiGet<Summary[]>(request, 'manager', '/api/agreements');
    expect(drafted.filter((a) => a.title === title)).toHaveLength(1);
  });

  test('compares two versions side by side and looks at the agreement as it stood in the past', async ({ page }) => {
    await signIn(page, 'manager', '/agreements');
    await page.getByRole('link', { name: 'Core hosting', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Core hosting' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Timeline' })).toHaveAttribute('href', /\/agreements\/agr-[^/]+\/timeline$/);
    const versions = page.getByRole('region', { name: 'Versions' });
    await versions.getByRole('combobox', { name: 'Compare version' }).selectOption('1');
    await versions.getByRole('combobox', { name: 'with version' }).selectOption('2');
    const diff = versions.getByRole('table', { name: 'Changes from version 1 to version 2' });
    await expect(diff).toBeVisible();
    await expect(diff.getByRole('columnheader')).toHaveText(['Term', 'Version 1', 'Version 2']);
    await expect(diff.getByRole('row').nth(1)).toBeVisible();
    await expectNoAccessibilityViolations(page, 'an agreement with its versions');
    await screenshot(page, 'agreement-versions');

    await page.getByLabel('As of (UTC)').fill('2025-06-15T12:00');
    await page.getByRole('button', { name: 'Show as of' }).click();
    await expect(page).toHaveURL(/asOf=2025-06-15T12%3A00%3A00Z|asOf=2025-06-15T12:00:00Z/);
    await expect(page.getByRole('status').filter({ hasText: 'Past view' })).toContainText('as it stood at 2025-06-15 12:00 UTC');
    await expect(page.getByRole('heading', { level: 2, name: /Terms \(version 1\)/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /Renew|Propose revision|Terminate agreement/ })).toHaveCount(0);
    await expect(page).toHaveTitle(/Core hosting \(past view\)/);
    await expectNoAccessibilityViolations(page, 'an agreement as of a past instant');
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: 'Past view' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to the present' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Past view' })).toHaveCount(0);
  });

  test('is told that someone else changed the agreement meanwhile, and reloads to see it', async ({ page, request }) => {
    const vendors = await apiGet<{ id: string; name: string }[]>(request, 'manager', '/api/vendors');
    const vendorId = vendors.find((v) => v.name === 'Northwind Hosting')!.id;
    const title = unique('Colocation');
    const terms = { currency: 'EUR', monthlyCharge: '1000.00', coverage: { timeZone: 'UTC', hours: '24x7' },
      serviceLevels: [{ id: 'availability', kind: 'AVAILABILITY', target: '99.9', classification: 'CRITICAL', allocationPercent: '50' }],
      creditPolicy: { method: 'POOL', atRiskPercent: '10', poolPercent: '100' } };
    const post = async (path: string, data: object) => {
      const response = await request.post(path, { headers: asUser('manager'), data });
      expect(response.ok(), await response.text()).toBe(true);
      return response.json();
    };
    const { id } = await post('/api/agreements', { vendorId, title, type: 'SERVICE_BASED', effectiveFrom: '2026-01-01', effectiveTo: '2027-12-31', terms });
    const { proposalId } = await post(`/api/agreements/${id}/proposals`, { party: 'CUSTOMER', terms, rationale: 'as agreed' });
    await post(`/api/agreements/${id}/proposals/${proposalId}/acceptance`, { party: 'VENDOR' });
    await post(`/api/agreements/${id}/signatures`, { party: 'CUSTOMER', signatory: 'C' });
    const { version } = await post(`/api/agreements/${id}/signatures`, { party: 'VENDOR', signatory: 'V' });
    await apiGet(request, 'manager', `/api/agreements/${id}?minVersion=${version}`);
    const agreement = { id, title };
    await signIn(page, 'manager', `/agreements/${agreement.id}`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const renew = page.getByRole('form', { name: 'Renew' });
    await renew.getByLabel('Renewed to').fill('2031-12-31');

    const colleague = await request.post(`/api/agreements/${agreement.id}/renewal`, {
      headers: asUser('manager'), data: { effectiveTo: '2030-12-31' },
    });
    expect(colleague.ok(), await colleague.text()).toBe(true);

    await renew.getByRole('button', { name: 'Renew' }).click();
    const alert = renew.getByRole('alert');
    await expect(alert).toContainText('Someone else changed this since you opened it');
    await expectNoAccessibilityViolations(page, 'the stale agreement message');
    await alert.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('dl.facts').first()).toContainText('2030-12-31');
    const after = await apiGet<{ effectiveTo?: string }>(request, 'manager', `/api/agreements/${agreement.id}`);
    expect(after.effectiveTo).toBe('2030-12-31');
  });
});
