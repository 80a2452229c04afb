import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, newVisitorContext } from './browser.ts';
import { watchErrors } from './page-checks.ts';
import { startKaiji } from './servers.ts';

export type Kaiji = Awaited<ReturnType<typeof startKaiji>>;

/**
 * The real API and web servers and one Chromium for a test file, started before its tests and stopped after.
 * Each page opens in a fresh context, so no test sees another's storage. `{ protectWrites: false }` starts a
 * server without the write token, whose writes are open to anyone.
 */
export function useKaiji(options: Parameters<typeof startKaiji>[0] = {}) {
  let kaiji: Kaiji | undefined;
  let browser: Browser | undefined;
  const session = {
    /** The servers, once `before` has started them. */
    get kaiji(): Kaiji {
      if (!kaiji) throw new Error('useKaiji: the servers are not started yet (use it inside a test)');
      return kaiji;
    },
    get browser(): Browser {
      if (!browser) throw new Error('useKaiji: the browser is not launched yet (use it inside a test)');
      return browser;
    },
    async open(path: string, { viewport = { width: 1280, height: 800 } } = {}) {
      const context = await newVisitorContext(session.browser, { viewport, acceptDownloads: true });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.kaiji.webUrl });
      const page = await context.newPage();
      const errors = watchErrors(page);
      const response = await page.goto(session.kaiji.webUrl + path, { waitUntil: 'networkidle' });
      // null only for a navigation within the same document, which a fresh page never is.
      if (!response) throw new Error(`no response for ${path}`);
      return { context, page, errors, response };
    },
  };
  before(async () => {
    [kaiji, browser] = await Promise.all([startKaiji(options), launchBrowser()]);
  });
  after(async () => {
    await browser?.close();
    await kaiji?.stop();
  });
  return session;
}
