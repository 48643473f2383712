import { expect, test } from '@playwright/test';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { apiGet, expectNoAccessibilityViolations, screenshot, SCREENSHOTS, signIn } from './support/people';

interface Summary { id: string; title: string }
interface Version { termsVersion: number; agreedAt: string; revision?: number }
interface Level { id: string; name?: string; target: string; thresholdMinutes?: number }
interface VersionView { terms: { serviceLevels: Level[] } }

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

  test('opens an agreement as of a date before its last revision and sees the earlier terms', async ({ page, request }) => {
    // the demo's Core hosting: its last revision changed a service level (the urgent response threshold)
    const core = (await apiGet<Summary[]>(request, 'auditor', '/api/agreements')).find((a) => a.title === 'Core hosting')!;
    const versions = await apiGet<Version[]>(request, 'auditor', `/api/agreements/${core.id}/versions`);
    const last = versions[versions.length - 1];
    expect(last.revision, 'Core hosting has a revision').toBeTruthy();
    const levelsOf = async (v: number) => (await apiGet<VersionView>(request, 'auditor', `/api/agreements/${core.id}/versions/${v}`)).terms.serviceLevels;
    const [before, after] = [await levelsOf(last.termsVersion - 1), await levelsOf(last.termsVersion)];
    const changed = before.find((b) => {
      const a = after.find((x) => x.id === b.id)!;
      return a.thresholdMinutes !== b.thresholdMinutes;
    })!;
    expect(changed, 'the revision changed a threshold').toBeTruthy();
    const now = after.find((a) => a.id === changed.id)!;
    // a minute before the revision was agreed (UTC, as the picker reads it)
    const asOf = new Date(Date.parse(last.agreedAt) - 60_000).toISOString().slice(0, 16);

    await signIn(page, 'auditor');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Agreements' }).click();
    // the list, not the home page still showing (its worklist names Core hosting in longer links)
    await expect(page.getByRole('heading', { level: 1, name: 'Agreements' })).toBeVisible();
    await page.getByRole('link', { name: 'Core hosting', exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: `Terms (version ${last.termsVersion})` })).toBeVisible();
    const level = (name: string) => page.getByRole('table', { name: 'Service levels', exact: true }).getByRole('row', { name: new RegExp(`\\(${name}\\)`) });
    await expect(level(changed.id)).toContainText(`within ${now.thresholdMinutes} min`);

    await page.getByLabel('As of (UTC)').fill(asOf);
    await page.getByRole('button', { name: 'Show as of' }).click();
    const past = page.getByRole('status').filter({ hasText: 'Past view' });
    await expect(past).toContainText(`as it stood at ${asOf.replace('T', ' ')} UTC`);
    await expect(page).toHaveTitle('Core hosting (past view) · Agreements · Vendor SLA');
    await expect(page.getByRole('heading', { level: 2, name: `Terms (version ${last.termsVersion - 1})` })).toBeVisible();
    await expect(level(changed.id)).toContainText(`within ${changed.thresholdMinutes} min`);
    await expect(level(changed.id)).not.toContainText(`within ${now.thresholdMinutes} min`);
    await expectNoAccessibilityViolations(page, 'an agreement as of a past date');
    await screenshot(page, 'agreement-as-of');
    mkdirSync(path.resolve('../docs/screenshots'), { recursive: true });
    copyFileSync(path.join(SCREENSHOTS, 'agreement-as-of.png'), path.resolve('../docs/screenshots/agreement-as-of.png'));

    // the vendor as it stood then: its facts and its agreements then, each opening as of the same instant
    await page.getByRole('definition').getByRole('link', { name: 'Northwind Hosting' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Northwind Hosting' })).toBeVisible();
    await page.getByLabel('As of (UTC)').fill(asOf);
    await page.getByRole('button', { name: 'Show as of' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Past view' })).toContainText(`The vendor as it stood at ${asOf.replace('T', ' ')} UTC`);
    await expect(page).toHaveTitle('Northwind Hosting (past view) · Vendors · Vendor SLA');
    await expect(page.getByRole('region', { name: /^Scorecard/ })).toHaveCount(0);
    const then = page.getByRole('region', { name: 'Agreements then' });
    await expectNoAccessibilityViolations(page, 'a vendor as of a past date');
    await then.getByRole('link', { name: 'Core hosting', exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: `Terms (version ${last.termsVersion - 1})` })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Past view' })).toBeVisible();
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
