import { expect, type Page, type APIRequestContext } from '@playwright/test';
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

/** Signs in through the form, as a person would, and waits for the first page. */
export async function signIn(page: Page, username: string, address = '/'): Promise<void> {
  await page.goto(address);
  await page.getByRole('textbox', { name: 'User name' }).fill(username);
  await page.getByLabel('Password').fill(username);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/** axe-core on the page as it is now: no WCAG 2.1 A/AA violation. */
export async function expectNoAccessibilityViolations(page: Page, what: string): Promise<void> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
  expect(violations, `accessibility violations on ${what}`).toEqual([]);
}

export const SCREENSHOTS = path.resolve('target/screenshots');

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** A call another person makes meanwhile, straight to the API (HTTP Basic as a demo user). */
export function asUser(username: string) {
  return { Authorization: `Basic ${Buffer.from(`${username}:${username}`).toString('base64')}` };
}

export async function apiGet<T>(request: APIRequestContext, username: string, url: string): Promise<T> {
  const response = await request.get(url, { headers: asUser(username) });
  expect(response.status(), `GET ${url}`).toBe(200);
  return (await response.json()) as T;
}

export function unique(name: string): string {
  return `${name} ${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}
