import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.KAIJI_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Debian's Chromium, headless, with nothing that reaches the network on its own. Playwright gives every launch
 * a fresh temporary profile; each test opens its own context (axe needs one, and a fresh context is a fresh
 * visitor with no storage).
 */
export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-dev-shm-usage',
    ],
  });
}
