import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './e2e/support/chromium';

/**
 * End-to-end: a real headless Chromium (Debian's /usr/bin/chromium; no browser download) drives the built platform
 * at E2E_BASE_URL (WebUiEndToEndIT starts the standalone jar with the demo portfolio and runs `npm run e2e`).
 * Screenshots and traces go under target/.
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'target/e2e-results',
  timeout: 90_000,
  expect: { timeout: 20_000 },
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: [['list'], ['html', { outputFolder: 'target/e2e-report', open: 'never' }]],
  globalSetup: './e2e/support/global-setup.ts',
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://localhost:8080',
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 860 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
  },
});
