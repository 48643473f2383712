import { expect, test, type APIRequestContext } from '@playwright/test';
import { apiGet, asUser, expectNoAccessibilityViolations, screenshot, signIn, unique } from './support/people';

interface Vendor { id: string; name: string }
interface Summary { id: string; title: string; vendorId: string }
interface Agreement { version: number; status: string; openProposal?: { proposalId: string; party: string } }

/** Tomorrow (UTC) as yyyy-MM-dd: a revision takes effect on or after the day it is agreed. */
function tomorrow(): string {
  return new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
}

/** What the vendor manager does meanwhile, straight to the API; waits until the read side shows it. */
async function asManager(request: APIRequestContext, path: string, data: object, agreementId?: string) {
  const response = await request.post(path, { headers: asUser('manager'), data });
  expect(response.ok(), `POST ${path}: ${await response.text()}`).toBe(true);
  const written = (await response.json()) as { id?: string; version: number; proposalId?: string; revision?: number };
  const id = agreementId ?? written.id;
  await apiGet(request, 'manager', `/api/agreements/${id}?minVersion=${written.version}`);
  return written;
}

/**
 * Northwind's own user (ui.md: a vendor sees its own agreements only, counter-proposes, signs, approves revisions,
 * claims exclusions, disputes credits, sees its scorecard; nothing of another vendor, not even by address).
 */
test.describe('The vendor user', () => {
  test('sees Agreements and its own vendor with its scorecard, and signing out forgets it', async ({ page }) => {
    await signIn(page, 'northwind');

    await expect(page).toHaveURL(/\/agreements$/);
    const navigation = page.getByRole('navigation', { name: 'Main' });
    await expect(navigation.getByRole('link')).toHaveText(['Vendors', 'Agreements']);
    // its own agreements only (the demo's Core hosting, and any the other stories drafted with Northwind)
    await expect(page.getByRole('link', { name: 'Core hosting', exact: true })).toBeVisible();
    const rows = page.getByRole('table').getByRole('row').filter({ has: page.getByRole('cell') });
    for (const row of await rows.all()) {
      await expect(row.getByRole('cell').nth(1)).toHaveText('Northwind Hosting');
    }
    await navigation.getByRole('link', { name: 'Vendors' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Northwind Hosting' })).toBeVisible();
    const scorecard = page.getByRole('region', { name: /^Scorecard \d{4}$/ });
    await expect(scorecard).toContainText('Core hosting');
    await expect(scorecard.getByRole('table', { name: /^Monthly values of availability/ })).toBeVisible();
    await expectNoAccessibilityViolations(page, "the vendor user's own vendor page");
    await screenshot(page, 'vendor-scorecard');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  });

  test('counter-proposes, signs and approves a revision of a new agreement, from the navigation', async ({ page, request }) => {
    const vendors = await apiGet<Vendor[]>(request, 'manager', '/api/vendors');
    const vendorId = vendors.find((v) => v.name === 'Northwind Hosting')!.id;
    const title = unique('Backup service');
    const terms = { currency: 'EUR', monthlyCharge: '2000.00', coverage: { timeZone: 'UTC', hours: '24x7' },
      serviceLevels: [{ id: 'availability', kind: 'AVAILABILITY', target: '99.9', classification: 'CRITICAL', allocationPercent: '50' }],
      creditPolicy: { method: 'POOL', atRiskPercent: '10', poolPercent: '100' } };
    const { id } = await asManager(request, '/api/agreements',
      { vendorId, title, type: 'SERVICE_BASED', effectiveFrom: '2026-01-01', effectiveTo: '2027-12-31', terms });
    await asManager(request, `/api/agreements/${id}/proposals`, { party: 'CUSTOMER', terms, rationale: 'our standard' }, id);

    // counter-propose: the vendor offers 99.5 instead of 99.9
    await signIn(page, 'northwind');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Agreements' }).click();
    await page.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Timeline' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Revisions' })).toBeVisible();
    const negotiation = page.getByRole('region', { name: 'Negotiation' });
    await expect(negotiation).toContainText('Open proposal by the customer');
    await expect(negotiation.getByRole('button', { name: /^(Accept|Reject|Withdraw)$/ })).toHaveCount(0);
    await negotiation.locator('summary', { hasText: 'Counter-propose terms' }).click();
    const counter = negotiation.getByRole('form', { name: 'Counter-propose terms' });
    await expect(counter).toContainText('Acting for the vendor.');
    await counter.getByRole('textbox', { name: 'Rationale' }).fill('99.9 needs a second site; 99.5 at this charge');
    await counter.getByRole('textbox', { name: 'Target', exact: true }).fill('99.5');
    await counter.getByRole('button', { name: 'Send counter-proposal' }).click();
    await expect(counter.getByRole('status')).toContainText('Proposal sent');
    await expect(negotiation).toContainText('Open proposal by the vendor');
    await expect(negotiation.getByRole('table', { name: 'Proposed service levels' })).toContainText('99.5');
    await expectNoAccessibilityViolations(page, "the vendor's counter-proposal");
    await screenshot(page, 'vendor-counter-proposal');

    // the customer accepts and signs; the vendor signs
    const proposed = await apiGet<Agreement>(request, 'manager', `/api/agreements/${id}`);
    expect(proposed.openProposal?.party).toBe('VENDOR');
    await asManager(request, `/api/agreements/${id}/proposals/${proposed.openProposal!.proposalId}/acceptance`, { party: 'CUSTOMER' }, id);
    await asManager(request, `/api/agreements/${id}/signatures`, { party: 'CUSTOMER', signatory: 'Head of IT Procurement' }, id);
    await page.reload();
    const sign = page.getByRole('form', { name: 'Sign the agreed terms' });
    await sign.getByRole('textbox', { name: 'Signatory' }).fill('Account Director, Northwind');
    await sign.getByRole('button', { name: 'Sign' }).click();
    const facts = page.locator('dl.facts').first();
    await expect(facts).toContainText('Active');
    await expect(facts).toContainText('Vendor: Account Director, Northwind');
    await expect(page.getByRole('heading', { level: 2, name: 'Terms (version 1)' })).toBeVisible();

    // the customer proposes and approves a revision; the vendor approves it from the page
    const revised = { ...terms, serviceLevels: [{ ...terms.serviceLevels[0], target: '99.7' }] };
    const { revision } = await asManager(request, `/api/agreements/${id}/revisions`,
      { proposedBy: 'CUSTOMER', terms: revised, reason: 'PERFORMANCE', effectiveFrom: tomorrow(), rationale: 'meet in the middle' }, id);
    await asManager(request, `/api/agreements/${id}/revisions/${revision}/approvals`, { party: 'CUSTOMER' }, id);
    await page.reload();
    const revisionRegion = page.getByRole('region', { name: 'Revision' });
    await expect(revisionRegion).toContainText(`Revision ${revision} proposed by the customer`);
    await expect(revisionRegion.getByRole('form', { name: /^(Reject|Withdraw) the revision$/ })).toHaveCount(0);
    await expect(revisionRegion.getByText('Propose a revision')).toHaveCount(0);
    await expectNoAccessibilityViolations(page, 'a revision awaiting the vendor');
    await revisionRegion.getByRole('form', { name: 'Approve the revision' }).getByRole('button', { name: 'Approve' }).click();
    await expect(revisionRegion).toContainText('No open revision.');
    const versions = page.getByRole('table', { name: 'Versions of the terms' });
    await expect(versions.getByRole('row', { name: new RegExp(`^2 .*revision ${revision}`) })).toBeVisible();
  });

  test('disputes a credit of its agreement, and cannot open another vendor\'s agreement or vendor by address', async ({ page, request }) => {
    const others = (await apiGet<Summary[]>(request, 'manager', '/api/agreements'))
      .filter((a) => a.title !== 'Core hosting' && !a.title.startsWith('Backup service'));
    const vendors = await apiGet<Vendor[]>(request, 'manager', '/api/vendors');
    const northwind = vendors.find((v) => v.name === 'Northwind Hosting')!;
    const other = others.find((a) => a.vendorId !== northwind.id)!;

    await signIn(page, 'northwind');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Agreements' }).click();
    // the list, not the home page still showing (its worklist names Core hosting in longer links)
    await expect(page.getByRole('heading', { level: 1, name: 'Agreements' })).toBeVisible();
    await page.getByRole('link', { name: 'Core hosting', exact: true }).click();
    const ledger = page.getByRole('region', { name: 'Credits ledger' });
    // a credit still as assessed (cells: month, service level, line, amount, status): the vendor may dispute it
    const row = ledger.getByRole('row').filter({ hasText: /availabilityAssessed[\d,.]+ EURAssessed/ }).first();
    const month = (await row.getByRole('link').textContent())!;
    await row.getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: `${month}: Core hosting` })).toBeVisible();

    const credit = page.getByRole('listitem', { name: 'Credit for availability' });
    await expect(credit).toContainText('Assessed');
    await credit.getByRole('textbox', { name: 'Reason for the dispute' }).fill('Planned maintenance announced 14 days ahead.');
    await credit.getByRole('button', { name: 'Dispute credit' }).click();
    await expect(credit).toContainText('Disputed');
    await expect(credit).toContainText('Not resolved yet.');
    await expectNoAccessibilityViolations(page, "the vendor's disputed credit");
    await screenshot(page, 'vendor-dispute-from-ledger');

    // another vendor's agreement, a month of it and its vendor: "not found", as the API answers for an id never used
    await page.goto(`/agreements/${other.id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Agreement not found' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText(`no agreement ${other.id}`);
    await expect(page).toHaveTitle('Agreement not found · Agreements · Vendor SLA');
    await expect(page.getByText(other.title)).toHaveCount(0);
    await expectNoAccessibilityViolations(page, "another vendor's agreement");
    await screenshot(page, 'vendor-other-agreement-not-found');
    await page.goto(`/agreements/${other.id}/periods/2026-01`);
    await expect(page.getByRole('heading', { level: 1, name: 'Agreement not found' })).toBeVisible();
    await page.goto(`/vendors/${other.vendorId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Vendor not found' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText(`no vendor ${other.vendorId}`);
    const response = await request.get(`/api/agreements/${other.id}`, { headers: asUser('northwind') });
    expect(response.status()).toBe(404);
  });
});
