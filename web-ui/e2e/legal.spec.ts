import { expect, test } from '@playwright/test';
import { apiGet, asUser, expectNoAccessibilityViolations, screenshot, signIn } from './support/people';

interface Renegotiation { agreementId: string; title: string; acquiredVendorId: string; status: string }
interface Vendor { id: string; name: string }
interface Agreement { version: number; terms: { serviceLevels: { id: string; target: string }[] } & Record<string, unknown> }

/** Tomorrow (UTC) as yyyy-MM-dd: a revision takes effect on or after the day it is agreed. */
function tomorrow(): string {
  return new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
}

/** Legal (ui.md: the acquisitions view, concludes renegotiations, examines revisions, reads the diff). */
test.describe('Legal', () => {
  test('concludes one renegotiation CONFIRMED and one REVISED after reading the terms before and after', async ({ page, request }) => {
    // the demo portfolio: Initech acquired Globex Networks, whose two agreements await renegotiation
    const vendors = await apiGet<Vendor[]>(request, 'legal', '/api/vendors');
    const globex = vendors.find((v) => v.name === 'Globex Networks')!;
    const pending = (await apiGet<Renegotiation[]>(request, 'legal', '/api/renegotiations'))
      .filter((r) => r.acquiredVendorId === globex.id && r.status !== 'CONCLUDED');
    expect(pending.length).toBeGreaterThanOrEqual(2);
    const [toRevise, toConfirm] = pending;

    // meanwhile the vendor manager and the acquirer agreed new availability terms for one of them (reason ACQUISITION)
    const current = await apiGet<Agreement>(request, 'manager', `/api/agreements/${toRevise.agreementId}`);
    const level = current.terms.serviceLevels[0];
    const newTarget = level.target === '99.95' ? '99.9' : '99.95';
    const terms = { ...current.terms, serviceLevels: current.terms.serviceLevels.map((s) => (s.id === level.id ? { ...s, target: newTarget } : s)) };
    const proposed = await request.post(`/api/agreements/${toRevise.agreementId}/revisions`, {
      headers: asUser('manager'),
      data: { proposedBy: 'CUSTOMER', terms, reason: 'ACQUISITION', effectiveFrom: tomorrow(), rationale: "the acquirer's group standard" },
    });
    expect(proposed.status(), await proposed.text()).toBeLessThan(300);
    const { revision } = (await proposed.json()) as { revision: number };
    for (const party of ['CUSTOMER', 'VENDOR']) {
      const approved = await request.post(`/api/agreements/${toRevise.agreementId}/revisions/${revision}/approvals`,
        { headers: asUser('manager'), data: { party } });
      expect(approved.status(), await approved.text()).toBeLessThan(300);
    }

    await signIn(page, 'legal');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Acquisitions' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Acquisitions' })).toBeVisible();
    await expect(page).toHaveTitle('Acquisitions · Vendor SLA');
    await expect(page.getByRole('region', { name: 'Termination rights' })).toBeVisible();
    await expectNoAccessibilityViolations(page, 'the acquisitions list');

    await page.getByRole('link', { name: 'Acquisition of Globex Networks' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Acquisition of Globex Networks by / })).toBeVisible();
    await expect(page).toHaveTitle('Acquisition of Globex Networks · Acquisitions · Vendor SLA');
    await expect(page.getByRole('region', { name: 'Lineage of Globex Networks' })).toContainText('Acquired by');

    // REVISED: choose the agreed revision, read what changes, conclude
    const revised = page.getByRole('region', { name: toRevise.title });
    await expect(revised).toContainText(/Overdue|Open/);
    await expect(revised).toContainText(/\d+ days? (left|overdue)|due today/);
    await revised.getByRole('radio', { name: /^Revised/ }).check();
    await expect(revised.getByRole('combobox', { name: 'Agreed revision' })).toHaveValue(String(revision));
    const diff = revised.getByRole('table', { name: `${toRevise.title}: terms before and after` });
    const changed = diff.getByRole('row', { name: new RegExp(`serviceLevels\\[${level.id}\\]\\.target changed`) });
    await expect(changed.getByRole('cell')).toHaveText([level.target, newTarget]);
    await expectNoAccessibilityViolations(page, 'the acquisition with a diff');
    await screenshot(page, 'acquisition');
    await revised.getByRole('button', { name: 'Conclude revised' }).click();
    await expect(revised).toContainText(`Revised with revision ${revision}`);
    await expect(revised).toContainText(/Concluded\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC by legal/);

    // CONFIRMED: the terms stay
    const confirmed = page.getByRole('region', { name: toConfirm.title });
    await confirmed.getByRole('radio', { name: /^Confirmed/ }).check();
    await confirmed.getByRole('textbox', { name: 'Reason' }).fill('terms fit the acquirer');
    await confirmed.getByRole('button', { name: 'Conclude confirmed' }).click();
    await expect(confirmed).toContainText('OutcomeConfirmed');
    await expect(confirmed).toContainText(/by legal/);
    await expectNoAccessibilityViolations(page, 'the acquisition after both conclusions');
    await screenshot(page, 'acquisition-concluded');

    // the revision, with who proposed and approved it and why
    await revised.getByRole('link', { name: `Revisions of ${toRevise.title}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Revisions of ${toRevise.title}` })).toBeVisible();
    const card = page.getByRole('region', { name: new RegExp(`^Revision ${revision}: Agreed`) });
    await expect(card).toContainText('Customer and Vendor');
    await expect(card).toContainText("the acquirer's group standard");
    await expectNoAccessibilityViolations(page, 'the revisions of an agreement');
  });
});
