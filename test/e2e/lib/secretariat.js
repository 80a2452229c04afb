/** Signs a page's context in as the secretariat through the sign-in form, then comes back to `path`. */
export async function signIn(page, { webUrl, writeToken }, path = '/simulate', prefix = '') {
  await page.goto(`${webUrl}${prefix}/sign-in?next=${encodeURIComponent(path)}`, { waitUntil: 'networkidle' });
  await page.fill('input[name=passphrase]', writeToken);
  await Promise.all([
    page.waitForURL((url) => url.pathname + url.search === path, { timeout: 30_000 }),
    page.locator('form.sign-in button[type=submit]').click(),
  ]);
  await page.waitForLoadState('networkidle');
}
