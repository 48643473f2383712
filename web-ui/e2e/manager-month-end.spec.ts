import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { apiGet, asUser, expectNoAccessibilityViolations, screenshot, SCREENSHOTS, signIn, unique } from './support/people';

interface Summary { id: string; title: string }
interface PeriodView {
  id?: string; version?: number;
  records?: { downtimes?: { id: string; reference?: string }[]; kpiValues?: unknown[] };
}

/** The month after the last closed one of an agreement: open, and over (the demo closes every month but the last). */
async function openMonth(page: Page, id: string): Promise<string> {
  const periods = await apiGet<{ period: string; status: string }[]>(page.request, 'manager', `/api/agreements/${id}/periods`);
  const last = periods.filter((p) => p.status === 'CLOSED').map((p) => p.period).sort().pop()!;
  return new Date(Date.UTC(Number(last.slice(0, 4)), Number(last.slice(5, 7)), 1)).toISOString().slice(0, 7);
}

async function agreementId(page: Page, title: string): Promise<string> {
  const list = await apiGet<Summary[]>(page.request, 'manager', '/api/agreements');
  const found = list.find((a) => a.title === title);
  expect(found, `demo agreement ${title}`).toBeTruthy();
  return found!.id;
}

/** The vendor manager's month end (ui.md): from the worklist to a closed month's credit, and on into the ledger. */
test.describe("The vendor manager's month end", () => {
  test('records a downtime and an incident, closes the month, reads the credit and its formula, and finds it in the ledger', async ({ page }) => {
    await signIn(page, 'manager');
    const notRecorded = page.getByRole('region', { name: /Months with nothing recorded/ });
    const month = notRecorded.getByRole('link', { name: /^Core hosting: / }).first();
    const monthName = (await month.textContent())!.replace('Core hosting: ', '');
    await month.click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${monthName}: Core hosting`);
    await expect(page).toHaveTitle(`${monthName} · Core hosting · Agreements · Vendor SLA`);
    await expect(page.getByText('Open, nothing recorded yet')).toBeVisible();
    await expectNoAccessibilityViolations(page, 'an unrecorded month');
    const [year, monthNumber] = page.url().split('/periods/')[1].split('-');
    const day = (d: number, time: string) => `${year}-${monthNumber}-${String(d).padStart(2, '0')}T${time}`;

    // two hours of vendor downtime: 120 of the month's covered minutes
    const downtime = page.getByRole('form', { name: 'Record a downtime' });
    await downtime.getByRole('combobox', { name: 'Service level' }).selectOption({ label: 'Platform availability' });
    await downtime.getByLabel('Down from (UTC)').fill(day(10, '10:00'));
    await downtime.getByLabel('Up again at (UTC)').fill(day(10, '12:00'));
    await downtime.getByRole('combobox', { name: 'Cause' }).selectOption('VENDOR');
    await downtime.getByRole('textbox', { name: 'Reference (optional)' }).fill('ALERT-4711');
    await downtime.getByRole('button', { name: 'Record downtime' }).click();
    await expect(downtime.getByRole('status')).toContainText('Downtime recorded');
    await expect(page.getByRole('table', { name: 'Downtime' })).toContainText(`${year}-${monthNumber}-10 10:00 UTC`);

    // an urgent incident answered in 20 minutes, with half an hour waiting on the customer
    const incident = page.getByRole('form', { name: 'Record an incident' });
    await incident.getByRole('textbox', { name: 'Ticket' }).fill('INC-2001');
    await incident.getByRole('combobox', { name: 'Severity' }).selectOption('URGENT');
    await incident.getByLabel('Opened (UTC)').fill(day(11, '09:00'));
    await incident.getByLabel('Responded (optional) (UTC)').fill(day(11, '09:20'));
    await incident.getByLabel('Resolved (optional) (UTC)').fill(day(11, '11:00'));
    await incident.getByRole('button', { name: 'Add a wait on the customer' }).click();
    await incident.getByLabel('Waiting from (UTC)').fill(day(11, '10:00'));
    await incident.getByLabel('Waiting until (UTC)').fill(day(11, '10:30'));
    await incident.getByRole('button', { name: 'Record incident' }).click();
    await expect(incident.getByRole('status')).toContainText('Incident recorded');
    await expect(page.getByRole('table', { name: 'Incidents' })).toContainText('INC-2001');
    await expectNoAccessibilityViolations(page, 'a month with records');

    const close = page.getByRole('form', { name: 'Close the month' });
    await close.getByRole('textbox', { name: 'Waiver reason (optional)' }).fill('The monthly report was handed in on paper.');
    await close.getByRole('button', { name: 'Close month' }).click();

    // each result against its target, then the credit with its formula in words and the terms version
    const results = page.getByRole('table', { name: 'Each service level against its target' });
    await expect(results).toBeVisible();
    await expect(results.getByRole('row', { name: /Platform availability/ })).toContainText('Breached');
    await expect(results.getByRole('row', { name: /Urgent response/ })).toContainText('Met');
    const credit = page.getByRole('listitem', { name: 'Credit for availability' });
    await expect(credit).toContainText('availability: 5,000.00 EUR');
    await expect(credit).toContainText('against a target of 99.9 %, so it costs its allocation of 50 % of the at-risk amount of 10,000.00 EUR: 5,000.00 EUR');
    await expect(credit).toContainText('10000.00 × 50 % = 5000.00');
    await expect(credit).toContainText(/terms version \d+/);
    await expectNoAccessibilityViolations(page, 'a closed month with its credits');
    await screenshot(page, 'month-credits');
    mkdirSync(path.resolve('../docs/screenshots'), { recursive: true });
    copyFileSync(path.join(SCREENSHOTS, 'month-credits.png'), path.resolve('../docs/screenshots/month-credits.png'));

    await page.getByRole('link', { name: 'Core hosting', exact: true }).click();
    const ledger = page.getByRole('region', { name: 'Credits ledger' });
    await expect(ledger.getByRole('row', { name: new RegExp(`${monthName}.*availability.*Assessed`) })).toContainText('5,000.00 EUR');
    await expect(ledger).toContainText('Net');
    await expect(page.getByRole('region', { name: 'Months' }).getByRole('row', { name: new RegExp(monthName) })).toContainText('Closed');
    await expectNoAccessibilityViolations(page, 'the agreement page');
    await screenshot(page, 'agreement-ledger');
  });

  test('is told that someone else recorded in the month meanwhile, and reloads to see it', async ({ page, request }) => {
    const id = await agreementId(page, 'Object storage');
    const next = await openMonth(page, id);
    const url = `/api/agreements/${id}/periods/${next}`;
    const [firstRef, colleagueRef, mineRef] = [unique('first alert'), unique('colleague alert'), unique('my alert')];
    const first = await request.post(`${url}/downtime`, { headers: asUser('manager'), data: {
      serviceLevelId: 'availability', start: `${next}-03T01:00:00Z`, end: `${next}-03T01:05:00Z`, cause: 'VENDOR', reference: firstRef } });
    expect(first.ok(), await first.text()).toBe(true);
    const { version } = await first.json();
    await apiGet<PeriodView>(request, 'manager', `${url}?minVersion=${version}`);

    await signIn(page, 'manager', `/agreements/${id}/periods/${next}`);
    await expect(page.getByRole('table', { name: 'Downtime' })).toContainText(firstRef);
    const form = page.getByRole('form', { name: 'Record a downtime' });
    await form.getByLabel('Down from (UTC)').fill(`${next}-05T01:00`);
    await form.getByLabel('Up again at (UTC)').fill(`${next}-05T01:10`);
    await form.getByRole('textbox', { name: 'Reference (optional)' }).fill(mineRef);

    const colleague = await request.post(`${url}/downtime`, { headers: asUser('manager'), data: {
      serviceLevelId: 'availability', start: `${next}-04T01:00:00Z`, end: `${next}-04T01:05:00Z`, cause: 'VENDOR', reference: colleagueRef } });
    expect(colleague.ok(), await colleague.text()).toBe(true);

    await form.getByRole('button', { name: 'Record downtime' }).click();
    const alert = form.getByRole('alert');
    await expect(alert).toContainText('Someone else changed this since you opened it');
    await expectNoAccessibilityViolations(page, 'the stale month message');
    await screenshot(page, 'stale-month');
    await alert.getByRole('button', { name: 'Reload' }).click();
    await expect(page.getByRole('table', { name: 'Downtime' })).toContainText(colleagueRef);
    const after = await apiGet<PeriodView>(request, 'manager', url);
    const references = after.records?.downtimes?.map((d) => d.reference);
    expect(references).toContain(colleagueRef);
    expect(references, 'the stale submit recorded nothing').not.toContain(mineRef);
  });

  test('double-clicks Record downtime and the downtime is recorded once', async ({ page, request }) => {
    const id = await agreementId(page, 'Object storage');
    const last = await openMonth(page, id);
    await signIn(page, 'manager', `/agreements/${id}/periods/${last}`);
    const reference = unique('ALERT');
    const form = page.getByRole('form', { name: 'Record a downtime' });
    await form.getByLabel('Down from (UTC)').fill(`${last}-06T02:00`);
    await form.getByLabel('Up again at (UTC)').fill(`${last}-06T02:03`);
    await form.getByRole('textbox', { name: 'Reference (optional)' }).fill(reference);

    await form.getByRole('button', { name: 'Record downtime' }).dblclick();

    await expect(form.getByRole('status')).toContainText('Downtime recorded');
    await expect(page.getByRole('table', { name: 'Downtime' })).toContainText(reference);
    const view = await apiGet<PeriodView>(request, 'manager', `/api/agreements/${id}/periods/${last}`);
    expect(view.records?.downtimes?.filter((d) => d.reference === reference)).toHaveLength(1);
  });

  test("the vendor claims an exclusion and disputes the credit; the manager decides the claim and resolves the dispute", async ({ page, request }) => {
    const id = await agreementId(page, 'Core hosting');
    interface Closed { period: string; status: string }
    interface Month { credits?: { id: string; serviceLevelId: string; status: string }[]; records?: { downtimes?: { id: string; cause: string; counts?: boolean; exclusionClaims?: unknown[] }[] } }
    const periods = await apiGet<Closed[]>(request, 'manager', `/api/agreements/${id}/periods`);
    let month: string | undefined;
    for (const p of periods.filter((x) => x.status === 'CLOSED').map((x) => x.period).sort().reverse()) {
      const view = await apiGet<Month>(request, 'manager', `/api/agreements/${id}/periods/${p}`);
      if (view.credits?.some((c) => c.serviceLevelId === 'availability' && c.status === 'ASSESSED')
        && view.records?.downtimes?.some((d) => d.cause === 'VENDOR' && d.counts !== false && !d.exclusionClaims?.length)) {
        month = p;
        break;
      }
    }
    expect(month, 'a closed month of Core hosting with an assessed availability credit and vendor downtime').toBeTruthy();
    const address = `/agreements/${id}/periods/${month}`;

    await signIn(page, 'northwind', address);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Agreements' })).toBeVisible();
    await expect(page.getByRole('form', { name: 'Close the month' })).toHaveCount(0);
    const downtime = page.getByRole('table', { name: 'Downtime' }).getByRole('row').filter({ hasText: 'Vendor' }).first();
    await downtime.getByText('Claim an exclusion', { exact: true }).click();
    await downtime.getByRole('textbox', { name: 'Why the customer caused it' }).fill('The customer changed the firewall rules without notice.');
    await downtime.getByRole('button', { name: 'Claim exclusion' }).click();
    await expect(page.getByRole('table', { name: 'Downtime' })).toContainText('awaiting decision');

    const credit = page.getByRole('listitem', { name: 'Credit for availability' });
    await credit.getByRole('textbox', { name: 'Reason for the dispute' }).fill('The outage was caused by the customer, see the exclusion claim.');
    await credit.getByRole('button', { name: 'Dispute credit' }).click();
    await expect(credit).toContainText('Disputed');
    await expect(credit).toContainText('Not resolved yet.');
    await expectNoAccessibilityViolations(page, "the vendor's month with a claim and a dispute");
    await screenshot(page, 'vendor-dispute');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn(page, 'manager', address);
    const decide = page.getByRole('form', { name: 'Decide the claim' });
    await decide.getByRole('combobox', { name: 'Decision' }).selectOption('false');
    await decide.getByRole('textbox', { name: 'Note (optional)' }).fill('The firewall change was announced.');
    await decide.getByRole('button', { name: 'Decide' }).click();
    await expect(page.getByRole('table', { name: 'Downtime' })).toContainText(/rejected.*The firewall change was announced/);

    const resolve = page.getByRole('form', { name: 'Resolve the dispute of the availability credit' });
    await resolve.getByRole('combobox', { name: 'Outcome' }).selectOption('REDUCED');
    await resolve.getByRole('textbox', { name: /Reduced amount/ }).fill('2500.00');
    await resolve.getByRole('button', { name: 'Resolve dispute' }).click();
    await expect(credit).toContainText('Dispute resolved: reduced');
    await expect(credit).toContainText('→ 2,500.00 EUR');
    await expectNoAccessibilityViolations(page, 'a month with a resolved dispute');
  });
});
