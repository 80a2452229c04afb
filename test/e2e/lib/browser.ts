import { chromium, type Browser, type BrowserContextOptions } from 'playwright-core';

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

/**
 * A fresh visitor: a new context of `browser`. Every context a test opens comes from here, because of how the
 * tests run: tsx compiles them with esbuild's keepNames hard-wired on (tsx 4 has no option to turn it off), which
 * wraps each named function in `__name(fn, "name")`. A callback handed to page.evaluate(), $$eval() or
 * waitForFunction() is sent to the page as its source text, `__name` calls included, and the page has no
 * `__name` ("ReferenceError: __name is not defined"). The init script defines it in every page and frame of the
 * context as esbuild's helper would, minus the renaming the page does not need: it hands the function back.
 */
export async function newVisitorContext(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext(options);
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  return context;
}
