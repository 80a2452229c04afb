import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { apiData } from './api.ts';
import { launchBrowser, newVisitorContext } from './browser.ts';
import { watchErrors } from './page-checks.ts';
import { startKaiji } from './servers.ts';

export type Kaiji = Awaited<ReturnType<typeof startKaiji>>;

/** The window a page opens in (1280x800 unless a test asks for a projector's or a phone's). */
export interface OpenOptions {
  viewport?: { width: number; height: number };
}

/** A page opened by `open`: its own context, the errors it logs, and the response to its first navigation. */
export interface Opened {
  context: BrowserContext;
  page: Page;
  errors: string[];
  response: Response;
}

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
    async open(path: string, { viewport = { width: 1280, height: 800 } }: OpenOptions = {}): Promise<Opened> {
      const context = await newVisitorContext(session.browser, { viewport, acceptDownloads: true });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.kaiji.webUrl });
      const page = await context.newPage();
      const errors = watchErrors(page);
      const response = await page.goto(session.kaiji.webUrl + path, { waitUntil: 'networkidle' });
      // null only for a navigation within the same document, which a fresh page never is.
      if (!response) throw new Error(`no response for ${path}`);
      return { context, page, errors, response };
    },
    /** Opens a page, runs `body`, checks the page logged no error, and always closes its context. */
    async withPage(path: string, body: (opened: Opened) => Promise<void>, options?: OpenOptions) {
      const opened = await session.open(path, options);
      try {
        await body(opened);
        assert.deepEqual(opened.errors, []);
      } finally {
        await opened.context.close();
      }
    },
    /** One GraphQL operation against these servers' API (lib/api.ts's apiData). */
    graphql(query: string, variables: Record<string, unknown> = {}): Promise<any> {
      return apiData(session.kaiji.apiUrl, query, variables);
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
