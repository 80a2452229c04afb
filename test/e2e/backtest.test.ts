// The backtest page as a study-group member reads it: the overall and per-origin scores are the API's, each
// origin has its charts of the projected band against what happened, the refitted and fitted-once parts are
// named, the CSV holds every scored point, and the simulator and the about page link to it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { screenshot } from './lib/page-checks.ts';
import { useKaiji } from './lib/session.ts';

const session = useKaiji();

async function apiBacktest(lang: 'JA' | 'EN') {
  const data = await session.graphql(
    `query ($lang: Lang!) { backtest { refitted(lang: $lang) fittedOnce(lang: $lang)
        overall { coverage meanAbsolutePercentageError points }
        origins { origin score { coverage meanAbsolutePercentageError points } points { series quarter inside } } } }`,
    { lang },
  );
  return data.backtest;
}

describe('the backtest page', () => {
  for (const { lang, prefix, percent, csvButton, origin } of [
    {
      lang: 'ja',
      prefix: '',
      percent: (v: number) => `${Math.round(v * 100)}%`,
      csvButton: 'すべての観測値と予測を CSV で保存',
      origin: '2012年12月31日',
    },
    {
      lang: 'en',
      prefix: '/en',
      percent: (v: number) => `${Math.round(v * 100)}%`,
      csvButton: 'Save every observation and projection as CSV',
      origin: '31 December 2012',
    },
  ] as const) {
    test(`${lang}: the API's scores per origin and overall, a chart per scored series, the CSV of the points`, async () => {
      const api = await apiBacktest(lang === 'ja' ? 'JA' : 'EN');
      const { context, page, errors } = await session.open(`${prefix}/backtest`, {
        viewport: { width: 1280, height: 800 },
      });
      try {
        const headline = await page.locator('[data-overall]').innerText();
        assert.ok(headline.includes(percent(api.overall.coverage)), headline);
        assert.ok(headline.includes(percent(api.overall.meanAbsolutePercentageError)), headline);
        assert.ok(headline.includes(String(api.overall.points)), headline);
        // One row per origin, with its own scores.
        for (const o of api.origins) {
          const row = page.locator(`tr[data-origin="${o.origin}"]`);
          const cells = await row.locator('td').allInnerTexts();
          assert.equal(cells[1], String(o.score.points));
          assert.equal(cells[2], percent(o.score.coverage));
          assert.equal(cells[3], percent(o.score.meanAbsolutePercentageError));
        }
        assert.ok((await page.getByRole('heading', { name: new RegExp(origin) }).count()) > 0);
        // What was refitted and what was fitted once, as the API says it in the page's language.
        const fitted = await page.locator('dl.fitted').innerText();
        assert.ok(fitted.includes(api.refitted.slice(0, 20)), fitted);
        assert.ok(fitted.includes(api.fittedOnce.slice(0, 20)), fitted);
        // Each origin draws one chart per scored series, with a dot for every point, filled inside the band.
        for (const o of api.origins) {
          const section = page.locator('section.origin', { has: page.locator(`#origin-${o.origin}`) });
          const series = new Set(o.points.map((p: { series: string }) => p.series));
          await section
            .locator('svg.kaiji-plot')
            .nth(series.size - 1)
            .waitFor();
          assert.equal(await section.locator('svg.kaiji-plot').count(), series.size);
          assert.equal(await section.locator('svg.kaiji-plot g.observed circle').count(), o.points.length);
          assert.equal(
            await section.locator('svg.kaiji-plot g.observed circle[fill="#fff"]').count(),
            o.points.filter((p: { inside: boolean }) => !p.inside).length,
          );
        }
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: csvButton }).click(),
        ]);
        const rows = parse(readFileSync(await download.path(), 'utf8'), { bom: true });
        assert.equal(rows.length - 1, api.overall.points, 'one row per scored point');
        if (lang === 'en') assert.doesNotMatch(JSON.stringify(rows), /[\u3040-\u30ff\u4e00-\u9fff]/);
        await screenshot(page, `backtest-${lang}`);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }

  test('the simulator and the about page link to it', async () => {
    for (const [path, name] of [
      ['/simulate', /予測の検証/],
      ['/about', /予測の検証（バックテスト）/],
      ['/en/about', /Backtest/],
    ] as const) {
      const { context, page } = await session.open(path);
      try {
        await page.getByRole('link', { name }).first().click();
        await page.waitForURL(/\/backtest$/);
        await page.locator('[data-overall]').waitFor();
      } finally {
        await context.close();
      }
    }
  });
});
