import { after, before } from 'node:test';
import { launchBrowser } from './browser.js';
import { watchErrors } from './page-checks.js';
import { startKaiji } from './servers.js';

/**
 * The real API and web servers and one Chromium for a test file, started before its tests and stopped after.
 * Each page opens in a fresh context, so no test sees another's storage. `{ protectWrites: false }` starts a
 * server without the write token, whose writes are open to anyone.
 */
export function useKaiji(options = {}) {
  const session = {
    /** @type {Awaited<ReturnType<typeof startKaiji>>} */
    kaiji: undefined,
    /** @type {Awaited<ReturnType<typeof launchBrowser>>} */
    browser: undefined,
    async open(path, { viewport = { width: 1280, height: 800 } } = {}) {
      const context = await session.browser.newContext({ viewport, acceptDownloads: true });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.kaiji.webUrl });
      const page = await context.newPage();
      const errors = watchErrors(page);
      const response = await page.goto(session.kaiji.webUrl + path, { waitUntil: 'networkidle' });
      return { context, page, errors, response };
    },
  };
  before(async () => {
    [session.kaiji, session.browser] = await Promise.all([startKaiji(options), launchBrowser()]);
  });
  after(async () => {
    await session.browser?.close();
    await session.kaiji?.stop();
  });
  return session;
}
