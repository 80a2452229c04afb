// Browser tests of the tornado on /simulate (issue 11): the assumptions the answer hangs on, computed by the API's
// sensitivity, labelled in the page's language, exportable like the other charts, with the meeting files beside.
import type { Page } from 'playwright-core';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { screenshot } from './lib/page-checks.ts';
import { useKaiji } from './lib/session.ts';

const session = useKaiji();

const graphql = session.graphql;

const CERT_CC = { forcedPublication: { afterDays: 45, appliesTo: 'ALL_PRODUCT_REPORTS' } };

/** The tornado's data table, as the page shows it: each row's cells as text. */
async function tornadoTable(page: Page) {
  await page.locator('section.tornado[data-state="done"]').waitFor({ timeout: 90_000 });
  return page.$$eval('figure[aria-labelledby="tornado-chart-title"] table tbody tr', (rows) =>
    rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())),
  );
}

describe('the tornado on /simulate', () => {
  test('the CERT/CC 45-day preset puts the anticipation assumption first, as the API ranks it', async () => {
    const { sensitivity } = await graphql(
      `
        query ($input: SimulationInput!) {
          sensitivity(input: $input, metric: PRODUCT_PUBLISHED_WITHOUT_FIX) {
            bars {
              assumption
            }
          }
        }
      `,
      { input: CERT_CC },
    );
    assert.equal(sensitivity.bars[0].assumption, 'forcedPublication.anticipation');
    const { simulate } = await graphql(
      `
        query ($input: SimulationInput!) {
          simulate(input: $input) {
            assumptions {
              key
              textJa: text(lang: JA)
              textEn: text(lang: EN)
            }
          }
        }
      `,
      { input: { ...CERT_CC, trials: 1 } },
    );
    const anticipation = simulate.assumptions.find((a: { key: string }) => a.key === 'forcedPublication.anticipation');
    // A range as each language writes it: 0%〜90% on a Japanese page, 0%–90% on an English one.
    for (const [prefix, , confidence, source, wantRange] of [
      ['', anticipation.textJa, '低', '公表された推定値なし', '0%〜90%'],
      ['/en', anticipation.textEn, 'low', 'No published estimate', '0%–90%'],
    ] as const) {
      const { page, errors, context } = await session.open(`${prefix}/simulate?preset=cert-cc`);
      const rows = await tornadoTable(page);
      const [name, range, , , , rowSource, rowConfidence] = rows[0] ?? [];
      // The bar is named by the model's label; the range 0% to 90% is the anticipation assumption's alone.
      assert.notEqual(name, '');
      assert.equal(range, wantRange);
      assert.equal(rowSource, source);
      assert.equal(rowConfidence, confidence);
      // The chart itself labels each bar with its name, range, source and confidence.
      const labels = await page
        .locator('figure[aria-labelledby="tornado-chart-title"] svg.kaiji-plot text')
        .allTextContents();
      assert.ok(
        labels.some((l) => l.startsWith(name ?? '') && l.includes(wantRange)),
        labels.join(' | '),
      );
      assert.ok(
        labels.some((l) => l.includes(source) && l.includes(confidence)),
        labels.join(' | '),
      );
      if (prefix) assert.doesNotMatch(labels.join(' '), /[\u3040-\u30ff\u4e00-\u9fff]/);
      await screenshot(page, `tornado${prefix.replace('/', '-') || '-ja'}-1280`);
      assert.deepEqual(errors, []);
      await context.close();
    }
  });

  test('the tornado exports as SVG with its footer in the page language, and follows the metric picked', async () => {
    for (const [prefix, footer, foreign] of [
      ['', /Kaiji — .* — 感度分析：23 回の計算/, /runs|trials/],
      ['/en', /Kaiji — .* — sensitivity analysis: 23 runs of \d+ trials/, /[\u3040-\u30ff\u4e00-\u9fff]/],
    ] as const) {
      const { page, context } = await session.open(`${prefix}/simulate?preset=cert-cc`);
      await tornadoTable(page);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('#tornado-chart-title').locator('..').getByRole('button', { name: /SVG/ }).click(),
      ]);
      const svg = readFileSync(await download.path(), 'utf8');
      const footerLine = /<text[^>]*>(Kaiji — [^<]*)<\/text>/.exec(svg)?.[1] ?? '';
      assert.match(footerLine, footer);
      assert.doesNotMatch(footerLine, foreign);
      await page.locator('#tornado-metric').selectOption('PRODUCT_IN_HANDLING');
      await page
        .locator('section.tornado[data-state="loading"], section.tornado[data-state="waiting"]')
        .first()
        .waitFor();
      const rows = await tornadoTable(page);
      assert.notEqual(rows.length, 0);
      const deck = await page.locator('a[href*="deck.pptx"]').getAttribute('href');
      assert.match(
        deck ?? '',
        new RegExp(
          `^${prefix}/simulate/deck\\.pptx\\?.*forcedPublication\\.afterDays=45.*&metric=PRODUCT_IN_HANDLING$`,
        ),
      );
      await context.close();
    }
  });

  test('on a phone the tornado fits the screen', async () => {
    const { page, context } = await session.open('/simulate?preset=cert-cc', { viewport: { width: 390, height: 844 } });
    await tornadoTable(page);
    // The tornado, its chart and its labels stay within the results column (which the lever panel above it sets);
    // only the data table scrolls, in its own box.
    const overflow = await page.evaluate(() => {
      const width = document.querySelector('section.results')!.getBoundingClientRect().right;
      return [...document.querySelectorAll('section.tornado, section.tornado *')]
        .filter((el) => !el.closest('.scroll-x') && el.getBoundingClientRect().right > width + 1)
        .map((el) => `${el.tagName}.${el.getAttribute('class') ?? ''}`);
    });
    assert.deepEqual(overflow, []);
    await page.locator('section.tornado').scrollIntoViewIfNeeded();
    await screenshot(page, 'tornado-ja-phone', false);
    await context.close();
  });

  test('a bad parameter is refused with a plain 400 in the page language', async () => {
    const ja = await fetch(`${session.kaiji.webUrl}/simulate/sensitivity.json?metric=NOPE`);
    assert.equal(ja.status, 400);
    assert.match(await ja.text(), /パラメータ「metric」の値「NOPE」は使えません/);
    const en = await fetch(`${session.kaiji.webUrl}/en/simulate/sensitivity.json?bounty.amountJpy=lots`);
    assert.equal(en.status, 400);
    assert.match(await en.text(), /bounty\.amountJpy/);
  });
});
