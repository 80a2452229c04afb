/** Signs a page's context in as the secretariat through the sign-in form, then comes back to `path`. */
import type { Page } from 'playwright-core';
import type { Kaiji } from './session.ts';

export async function signIn(
  page: Page,
  { webUrl, writeToken }: Pick<Kaiji, 'webUrl' | 'writeToken'>,
  path = '/simulate',
  prefix = '',
) {
  await page.goto(`${webUrl}${prefix}/sign-in?next=${encodeURIComponent(path)}`, { waitUntil: 'networkidle' });
  if (!writeToken) throw new Error('signIn: this server was started without a write token');
  await page.fill('input[name=passphrase]', writeToken);
  await Promise.all([
    page.waitForURL((url) => url.pathname + url.search === path, { timeout: 30_000 }),
    page.locator('form.sign-in button[type=submit]').click(),
  ]);
  await page.waitForLoadState('networkidle');
}
