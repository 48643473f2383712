import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { apiGet, expectNoAccessibilityViolations, screenshot, signIn } from './support/people';

/** RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; }
      else if (c === '"') { quoted = false; }
      else { field += c; }
    } else if (c === '"') { quoted = true; }
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 1; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else { field += c; }
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** The auditor (ui.md: the trail with filters and CSV, integrity, timelines, every credit's inputs). */
test.describe('The auditor', () => {
  test('exports the filtered trail as CSV and checks the integrity of everything', async ({ page, request }) => {
    await signIn(page, 'auditor');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Audit trail' })).toBeVisible();
    await expect(page).toHaveTitle('Audit trail · Audit · Vendor SLA');

    await page.getByRole('textbox', { name: 'Actor' }).fill('legal');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/\/audit\?actor=legal$/);
    const expected = await apiGet<{ total: number }>(request, 'auditor', '/api/audit/events?actor=legal&size=1');
    expect(expected.total).toBeGreaterThan(0);
    await expect(page.getByRole('heading', { name: `Events (${expected.total} matching)` })).toBeVisible();
    const table = page.getByRole('table', { name: /Audit events, page 1 of/ });
    await expect(table.getByRole('row').nth(1)).toContainText('legal');
    await expectNoAccessibilityViolations(page, 'the filtered audit trail');
    await screenshot(page, 'audit-trail');

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: `Download CSV (${expected.total} events)` }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^audit-events-.*\.csv$/);
    const rows = parseCsv(readFileSync((await download.path())!, 'utf8'));
    const [header, ...data] = rows;
    expect(header.slice(0, 3)).toEqual(['globalIndex', 'aggregateId', 'aggregateType']);
    expect(data).toHaveLength(expected.total);
    const actor = header.indexOf('actor');
    expect(data.every((r) => r[actor] === 'legal')).toBe(true);

    await page.getByRole('radio', { name: 'Everything' }).check();
    await page.getByRole('button', { name: 'Check integrity' }).click();
    const verified = page.getByRole('status').filter({ hasText: 'Verified:' });
    await expect(verified).toBeVisible({ timeout: 60_000 });
    await expect(verified).toContainText(/Verified: \d+ events of \d+ aggregates \(the whole event store\)/);
    await expectNoAccessibilityViolations(page, 'the audit page with the integrity result');
    await screenshot(page, 'audit-integrity');
  });

  test('follows an agreement\'s timeline to a credit\'s inputs', async ({ page }) => {
    await signIn(page, 'auditor', '/audit?type=PeriodClosed');
    const table = page.getByRole('table', { name: /Audit events/ });
    const credited = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'credit inputs' }) }).first();
    await credited.getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1, name: /^Timeline of / })).toBeVisible();
    await expect(page).toHaveTitle(/^Timeline of .* · Agreements · Vendor SLA$/);

    await page.getByRole('textbox', { name: /Event type/ }).fill('PeriodClosed');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page).toHaveURL(/\/timeline\?type=PeriodClosed$/);
    const first = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^PeriodClosed/ }) }).first();
    await expect(first).toContainText(/Recorded\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    await first.getByText(/^Payload of PeriodClosed/).click();
    await expect(first.locator('pre')).toContainText('"periodId"');
    await expectNoAccessibilityViolations(page, 'the agreement timeline');
    await screenshot(page, 'timeline');

    const creditLink = page.getByRole('link', { name: /^inputs of credit/ }).first();
    await creditLink.click();
    await expect(page.getByRole('heading', { level: 1, name: /^Credit \d+ of / })).toBeVisible();
    const facts = page.getByRole('definition');
    await expect(facts.first()).toBeVisible();
    for (const term of ['Measured', 'Target', 'Method', 'Rate', 'Amount before cap', 'Amount after cap', 'Terms version']) {
      await expect(page.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) })).toBeVisible();
    }
    await expect(page.getByRole('heading', { name: 'Formula' })).toBeVisible();
    await expectNoAccessibilityViolations(page, 'a credit\'s inputs');
    await screenshot(page, 'credit-inputs');
  });
});
