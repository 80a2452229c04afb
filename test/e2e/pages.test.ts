// Browser tests of every page against the real API and web servers (started as `pnpm start` starts them), driven
// with Debian's Chromium: in Japanese and English and on a phone, no console error, no serious axe violation, the
// security headers. Screenshots of every page land in test-results/screenshots/.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axeProblems, screenshot, waitForRun } from './lib/page-checks.ts';
import { useKaiji } from './lib/session.ts';

const session = useKaiji();
const open = session.open;

const PAGES = [
  { name: 'home', path: '/' },
  { name: 'programs', path: '/programs' },
  { name: 'program', path: '/programs/cert-cc' },
  { name: 'compare', path: '/compare?programs=cert-cc,kisa-krcert,ncsc-nl,cisa-bod-20-01' },
  { name: 'partnership', path: '/partnership' },
  { name: 'simulate', path: '/simulate?preset=cert-cc' },
  { name: 'about', path: '/about' },
];

describe('every page, in Japanese and in English', () => {
  for (const lang of ['ja', 'en'] as const) {
    for (const p of PAGES) {
      test(`${lang} ${p.path}: renders, lang=${lang}, no console error, no serious axe violation`, async () => {
        const path = lang === 'en' ? `/en${p.path === '/' ? '' : p.path}` : p.path;
        const { context, page, errors, response } = await open(path);
        try {
          assert.equal(response.status(), 200);
          assert.equal(await page.getAttribute('html', 'lang'), lang);
          await page.locator('h1').first().waitFor();
          if (p.name === 'simulate') await waitForRun(page);
          if (p.name === 'partnership' || p.name === 'simulate') await page.locator('svg.kaiji-plot').first().waitFor();
          assert.deepEqual(await axeProblems(page), []);
          assert.deepEqual(errors, []);
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(width <= 1280, `page is ${width}px wide at 1280`);
          await screenshot(page, `${p.name}-${lang}`);
        } finally {
          await context.close();
        }
      });
    }
  }
});

describe('on a phone', () => {
  for (const p of PAGES.filter((x) => ['home', 'programs', 'simulate', 'partnership'].includes(x.name))) {
    test(`${p.path} fits 390px without sideways scrolling of the page`, async () => {
      const { context, page, errors } = await open(p.path, { viewport: { width: 390, height: 844 } });
      try {
        if (p.name === 'simulate') await waitForRun(page);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 390, `page is ${width}px wide at 390`);
        assert.deepEqual(errors, []);
        await screenshot(page, `${p.name}-phone`);
      } finally {
        await context.close();
      }
    });
  }
});

describe('security headers', () => {
  test('pages carry a strict CSP with a nonce, nosniff, a referrer policy and clickjacking protection', async () => {
    for (const path of ['/', '/en/simulate']) {
      const res = await fetch(session.kaiji.webUrl + path);
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.match(csp, /script-src 'self' 'nonce-[^']+'/);
      assert.doesNotMatch(csp, /script-src[^;]*unsafe-inline/);
      assert.doesNotMatch(csp, /style-src [^;]*unsafe-inline/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.match(csp, /worker-src 'self'/);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(res.headers.get('x-frame-options'), 'DENY');
      assert.ok(res.headers.get('referrer-policy'));
    }
  });

  test('static assets carry nosniff too', async () => {
    const html = await (await fetch(session.kaiji.webUrl + '/')).text();
    const asset = /(?:href|src)="\.?(\/?_app\/immutable\/[^"]+\.(?:js|css))"/.exec(html)?.[1];
    assert.ok(asset, 'an asset is linked');
    const res = await fetch(new URL(asset.startsWith('/') ? asset : `/${asset}`, session.kaiji.webUrl));
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  });
});
