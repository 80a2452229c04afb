// Browser tests of /simulate's scenario as its URL, as a study-group member uses it: the scenario survives Back,
// Forward, reload and leaving the page; a value that cannot run says why next to its field and leaves no stale
// result; a bad link says what it ignored.
import type { Page } from 'playwright-core';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { kpis, screenshot, waitForRun } from './lib/page-checks.ts';
import { useKaiji } from './lib/session.ts';

const session = useKaiji();
const withPage = session.withPage;

const lever = (page: Page, title: string | RegExp) =>
  page.locator('fieldset.lever', { hasText: title }).locator('input[type=checkbox]');

describe('the scenario is the URL', () => {
  test('Back and Forward restore each scenario, also after leaving the page; reload keeps it', async () => {
    await withPage('/simulate', async ({ page }) => {
      await waitForRun(page);
      await page.locator('input[name="preset"][value="cert-cc"]').check();
      await page.waitForURL(/preset=cert-cc/);
      await lever(page, '報奨金').check();
      await page.waitForURL(/bounty\.amountJpy=70000/);
      await waitForRun(page);
      const withBounty = await kpis(page);
      await page.getByRole('link', { name: 'このサイトについて' }).click();
      await page.waitForURL(/\/about/);

      await page.goBack();
      await waitForRun(page);
      assert.match(page.url(), /forcedPublication\.afterDays=45.*bounty\.amountJpy=70000/);
      assert.equal(await page.inputValue('#fp-days'), '45');
      assert.equal(await page.inputValue('#bounty'), '70000');
      assert.deepEqual(await kpis(page), withBounty);

      await page.goBack();
      await page.waitForURL((u: URL) => u.search.includes('preset=cert-cc') && !u.search.includes('bounty'));
      await waitForRun(page);
      assert.equal(await page.locator('#bounty').count(), 0);
      assert.ok(await page.locator('input[name="preset"][value="cert-cc"]').isChecked());

      await page.goForward();
      await page.waitForURL(/bounty\.amountJpy=70000/);
      await waitForRun(page);
      assert.equal(await page.inputValue('#bounty'), '70000');

      await page.reload({ waitUntil: 'networkidle' });
      await waitForRun(page);
      assert.equal(await page.inputValue('#fp-days'), '45');
      assert.equal(await page.inputValue('#bounty'), '70000');
      assert.deepEqual(await kpis(page), withBounty);
    });
  });
});

describe('a value that cannot run', () => {
  for (const { lang, prefix, message, stale } of [
    {
      lang: 'ja',
      prefix: '',
      message: '0 以上 7,300 以下の整数を入力してください（単位：日）',
      stale: /結果を表示していません/,
    },
    { lang: 'en', prefix: '/en', message: 'Enter a whole number from 0 to 7,300 (days)', stale: /No result is shown/ },
  ] as const) {
    test(`${lang}: says why next to the field, shows no stale result, and the URL keeps the last good scenario`, async () => {
      await withPage(`${prefix}/simulate?preset=cert-cc`, async ({ page }) => {
        await waitForRun(page);
        for (const typed of ['99999', '-5']) {
          await page.fill('#fp-days-box', typed);
          await page.locator('#fp-days-box').press('Enter');
          await page.locator('section.results[data-run-state="invalid"]').waitFor();
          assert.match(await page.locator('#fp-days-hint').innerText(), new RegExp(message.replace(/[()]/g, '\\$&')));
          assert.equal(await page.getAttribute('#fp-days-box', 'aria-invalid'), 'true');
          assert.doesNotMatch(await page.locator('#fp-days-hint').innerText(), /外挿|extrapolat/i);
          assert.equal(await page.locator('li.tile').count(), 0, 'no tile stays on screen');
          assert.equal(await page.locator('svg.kaiji-plot').count(), 0, 'no chart stays on screen');
          assert.match(await page.locator('.invalid-notice').innerText(), stale);
        }
        // A second field wrong at once is reported too. Switching the bounty on is a good change: the URL takes
        // it, with the days field's last good value.
        await lever(page, lang === 'ja' ? '報奨金' : 'Bounty').check();
        await page.waitForURL(/forcedPublication\.afterDays=45.*bounty\.amountJpy=70000/);
        const before = page.url();
        await page.fill('#bounty-box', '-1000');
        await page.locator('#bounty-box').press('Enter');
        assert.equal(await page.getAttribute('#bounty-box', 'aria-invalid'), 'true');
        await page.waitForTimeout(400); // past the commit pause: the URL must still not change
        assert.equal(page.url(), before);
        if (lang === 'ja') await screenshot(page, 'simulate-invalid-ja', false);

        await page.fill('#fp-days-box', '60');
        await page.locator('#fp-days-box').press('Enter');
        await page.fill('#bounty-box', '5000');
        await page.locator('#bounty-box').press('Enter');
        await waitForRun(page);
        assert.ok((await page.locator('li.tile').count()) > 0);
        await page.waitForURL(/forcedPublication\.afterDays=60.*bounty\.amountJpy=5000/);
      });
    });
  }
});

describe('a link with bad parameters', () => {
  const BAD =
    '/simulate?forcedPublication.afterDays=abc&legalMandate.remediationDays=30&legalMandate.compliance=5&chart=pie';
  for (const { lang, prefix, title, item } of [
    { lang: 'ja', prefix: '', title: '無視しました', item: '受理から公開までの日数：「abc」' },
    { lang: 'en', prefix: '/en', title: 'they were ignored', item: 'Days from acceptance to publication: “abc”' },
  ] as const) {
    test(`${lang}: opens with a notice of what was ignored and runs the rest`, async () => {
      await withPage(prefix + BAD, async ({ page }) => {
        await waitForRun(page);
        const notice = page.locator('.link-notice');
        assert.match(await notice.innerText(), new RegExp(title));
        assert.ok((await notice.innerText()).includes(item), await notice.innerText());
        assert.equal(await notice.locator('li').count(), 3);
        assert.equal(await page.inputValue('#mandate-days'), '30');
        await page.waitForURL((u: URL) => !u.search.includes('abc') && !u.search.includes('pie'));
      });
    });
  }
});
