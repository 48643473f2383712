import { expect, test } from '@playwright/test';
import { apiGet, expectNoAccessibilityViolations, screenshot, signIn, unique } from './support/people';

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

  test('issues an integration token, sees it once and revokes it; subscribes a receiver and stops it from its page', async ({ page, request }) => {
    await signIn(page, 'admin');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Operations' }).click();
    const tokens = page.getByRole('region', { name: 'Integration tokens' });
    const name = unique('alertmanager');
    await tokens.getByRole('textbox', { name: 'Token name' }).fill(name);
    await tokens.getByRole('button', { name: 'Issue token' }).click();
    const issued = tokens.getByRole('status');
    await expect(issued).toContainText(`Token ${name} issued. Copy it now: it is shown only this once.`);
    const token = (await issued.locator('code').textContent())!;
    expect(token).toMatch(/^itk-[0-9a-f-]+\..+/);
    const row = tokens.getByRole('row', { name: new RegExp(name) });
    await expect(row).toContainText('by admin');
    await expect(row).toContainText('Active');
    await expect(row).not.toContainText(token);
    await expectNoAccessibilityViolations(page, 'the operations page with a new token');
    await row.getByRole('button', { name: `Revoke ${name}` }).click();
    await expect(row).toContainText(/Revoked \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    const listed = await apiGet<{ name: string; status: string }[]>(request, 'admin', '/api/integration-tokens');
    expect(listed.find((t) => t.name === name)?.status).toBe('REVOKED');

    await expect(page.getByRole('region', { name: 'Monitor bindings' })).toBeVisible();
    const subscriptions = page.getByRole('region', { name: 'Webhook subscriptions' });
    const receiver = `http://127.0.0.1:9/hooks/${Date.now().toString(36)}`;
    const form = subscriptions.getByRole('form', { name: 'Subscribe a receiver' });
    await form.getByRole('textbox', { name: 'Receiver URL' }).fill(receiver);
    await form.getByLabel('Secret').fill('short');
    await form.getByRole('button', { name: 'Subscribe' }).click();
    await expect(form.getByLabel('Secret')).toHaveAttribute('aria-invalid', 'true');
    await form.getByLabel('Secret').fill('a-long-random-secret-for-e2e');
    await form.getByRole('textbox', { name: 'Event types (optional)' }).fill('TerminationRightExercised');
    await form.getByRole('button', { name: 'Subscribe' }).click();
    await expect(form.getByRole('status')).toContainText('Subscribed');
    await subscriptions.getByRole('link', { name: receiver }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Subscription ${receiver}` })).toBeVisible();
    await expect(page).toHaveTitle(`Subscription ${receiver} · Operations · Vendor SLA`);
    await expect(page.locator('dl.facts')).toContainText('TerminationRightExercised');
    await expect(page.getByRole('region', { name: 'Deliveries' })).toContainText('No delivery attempt yet.');
    await expectNoAccessibilityViolations(page, 'a webhook subscription');
    await screenshot(page, 'operations-subscription');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Stop for good' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Operations' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: `Stopped delivering to ${receiver} for good.` })).toBeVisible();
  });
});
