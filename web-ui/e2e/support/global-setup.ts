import { requireChromium } from './chromium';

export default async function globalSetup(): Promise<void> {
  requireChromium();
  if (!process.env.E2E_BASE_URL) {
    console.warn('E2E_BASE_URL is not set: testing http://localhost:8080');
  }
}
