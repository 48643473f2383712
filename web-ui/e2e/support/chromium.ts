import { existsSync } from 'node:fs';

/** Debian's Chromium (`apt-get install -y chromium`); .ci/run installs it where it is missing. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for this machine's closed network (no background connections, no QUIC) running as root. Playwright gives
 * every launch a fresh, empty user data directory of its own.
 */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: the browser tests cannot run. Install it with `
      + '`apt-get update && apt-get install -y chromium` (README, Tests).');
  }
}
