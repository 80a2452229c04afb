// The website operators' page (Chapters 2 and 3) and the Chapter 1 charts of /partnership, in Chromium against
// the real servers: both languages, the filter by damage kind, exports, a phone, and what a bad URL does.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { axeProblems, screenshot } from './lib/page-checks.ts';
import { useKaiji } from './lib/session.ts';

const session = useKaiji();
const open = session.open;
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9faf\u3001\u3002\uff08\uff09\u300c\u300d]/;

describe('the website operators’ page', () => {
  for (const [lang, path] of [
    ['ja', '/website-operators'],
    ['en', '/en/website-operators'],
  ] as const) {
    for (const width of [1280, 1920]) {
      test(`${lang} at ${width}: every hypothesis charted with the seed's verdict, both tables, no axe problem`, async () => {
        const { context, page, errors, response } = await open(path, { viewport: { width, height: 900 } });
        try {
          assert.equal(response.status(), 200);
          assert.equal(await page.getAttribute('html', 'lang'), lang);
          await page.locator('svg.kaiji-plot').first().waitFor();
          assert.equal(await page.locator('article.hypothesis').count(), 14);
          assert.equal(await page.locator('article.hypothesis .badge').count(), 14);
          // 14 hypotheses and the three conclusions that give figures (§2.3 (1), (2), (4)), each a chart.
          await page.waitForFunction(() => document.querySelectorAll('svg.kaiji-plot').length === 17);
          const h14 = await page.locator('#hypothesis-14 .badge').textContent();
          assert.equal(h14?.trim(), lang === 'ja' ? '誤り' : 'Wrong');
          assert.equal(await page.locator('table.cases').count(), 2);
          assert.equal(await page.locator('table.cases tbody tr').count(), 17);
          assert.deepEqual(await axeProblems(page), []);
          assert.deepEqual(errors, []);
          const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(scroll <= width, `page is ${scroll}px wide at ${width}`);
          if (lang === 'en') {
            // One language per page: the English page shows no Japanese outside the nav's language switch.
            const text = await page.locator('main').innerText();
            const offending = text.split('\n').filter((line) => JAPANESE.test(line));
            assert.deepEqual(offending, []);
          }
          await screenshot(page, `website-operators-${lang}-${width}`);
        } finally {
          await context.close();
        }
      });
    }
  }

  test('the damage filter keeps the cases with a service stop (△ and ▲ count) and says so; a bad value is named', async () => {
    const { context, page, errors } = await open('/website-operators');
    try {
      await page.selectOption('#damage', 'SERVICE_STOP');
      await Promise.all([page.waitForURL(/damage=SERVICE_STOP/), page.getByRole('button', { name: '表示' }).click()]);
      const rows31 = await page.locator('table.cases').first().locator('tbody th').allTextContents();
      assert.deepEqual(rows31, ['3', '4', '6', '7', '8']);
      assert.match((await page.getByRole('status').textContent()) ?? '', /サービス停止/);
      await context.close();
      const bad = await open('/en/website-operators?damage=FLOOD');
      assert.equal(bad.response.status(), 200);
      assert.match(
        (await bad.page.getByRole('alert').textContent()) ?? '',
        /'FLOOD' is not a damage column of Tables 3-1 and 3-2/,
      );
      assert.equal(await bad.page.locator('table.cases tbody tr').count(), 17);
      await bad.context.close();
      assert.deepEqual(errors, []);
    } finally {
      await context.close().catch(() => {});
    }
  });

  test('a hypothesis chart exports as CSV with its figures, and Table 3-1 as CSV with its rows', async () => {
    const { context, page } = await open('/website-operators');
    try {
      await page.locator('#h9-title').waitFor();
      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('#hypothesis-9').getByRole('button', { name: /CSV/ }).click(),
      ]);
      const text = readFileSync(await csv.path(), 'utf8');
      assert.match(text, /本調査 問24,0\.136/);
      const [table] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '表 3-1 を CSV で保存' }).click(),
      ]);
      const rows = readFileSync(await table.path(), 'utf8')
        .trim()
        .split('\r\n');
      assert.equal(rows.length, 11);
      assert.match(rows[1] ?? '', /^1,2020-01-15,企業A,小,×,○,×,○,○,○,○,×,○,○,/);
    } finally {
      await context.close();
    }
  });

  test('fits a 390px phone without sideways scrolling of the page', async () => {
    const { context, page } = await open('/website-operators', { viewport: { width: 390, height: 844 } });
    try {
      await page.locator('svg.kaiji-plot').first().waitFor();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 390, `page is ${width}px wide at 390`);
      await screenshot(page, 'website-operators-ja-390');
    } finally {
      await context.close();
    }
  });
});
