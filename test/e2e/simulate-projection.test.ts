// Browser tests of /simulate's numbers over time: exports ready for slides, the projection from a start date to a
// horizon (kept by the URL, marked on the chart over the observed points), and the page's run equal to the API's.
import type { Page } from 'playwright-core';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { screenshot, waitForRun } from './lib/page-checks.ts';
import { ROOT } from './lib/servers.ts';
import { useKaiji } from './lib/session.ts';

const session = useKaiji();
const withPage = session.withPage;

describe('exports for slides', () => {
  test('the CSV of all numbers: headers in the page language, rounded as shown, named with scenario and date', async () => {
    for (const [prefix, header, name] of [
      ['', '区分,名称,時点,単位,期間,実績,ベースライン', /^kaiji-KISA-KrCERT-報奨金-\d{4}-\d{2}-\d{2}\.csv$/],
      ['/en', 'Section,Name,Date,Unit,Period,Observed,Baseline', /^kaiji-KISA-KrCERT-bounty-\d{4}-\d{2}-\d{2}\.csv$/i],
    ] as const) {
      await withPage(`${prefix}/simulate?preset=kisa-krcert`, async ({ page }) => {
        await waitForRun(page);
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page
            .getByRole('button', { name: prefix ? /Save every number as CSV/i : 'すべての数値を CSV で保存' })
            .click(),
        ]);
        assert.match(download.suggestedFilename(), name);
        const text = readFileSync(await download.path(), 'utf8');
        assert.ok(text.startsWith(`\uFEFF${header}`), text.slice(0, 80));
        assert.doesNotMatch(text, /\d\.\d{3,}/, 'no float noise');
        if (prefix) assert.doesNotMatch(text, /[\u3040-\u30ff\u4e00-\u9fff]/);
      });
    }
  });

  test('the chart SVG (as the PNG) carries its footer and units in the page language', async () => {
    for (const [prefix, footer, unit, foreign] of [
      ['', /エンジン v[\d.]+・モデル [0-9a-f]+・モンテカルロ・200 回試行・シード/, '↑ 件', /trials|seed/],
      [
        '/en',
        /Engine v[\d.]+, model [0-9a-f]+, Monte Carlo, 200 trials, seed/,
        '↑ reports',
        /[\u3040-\u30ff\u4e00-\u9fff]/,
      ],
    ] as const) {
      await withPage(`${prefix}/simulate?preset=cert-cc`, async ({ page }) => {
        await waitForRun(page);
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.locator('#series-chart-title').locator('..').getByRole('button', { name: /SVG/ }).click(),
        ]);
        const svg = readFileSync(await download.path(), 'utf8');
        assert.match(svg, footer);
        assert.ok(svg.includes(unit), `unit ${unit}`);
        const footerLine = /<text[^>]*>(Kaiji — [^<]*)<\/text>/.exec(svg)?.[1] ?? '';
        assert.doesNotMatch(footerLine, foreign);
      });
    }
  });
});

describe('the projection', () => {
  /** The chart's marks a member reads: the data-end rule's x, the observed dots' x, and the texts. */
  const chartMarks = (page: Page) =>
    page
      .locator('section.results svg.kaiji-plot')
      .first()
      .evaluate((svg) => {
        const xOf = (el: Element) => Number(el.getAttribute('x1') ?? el.getAttribute('cx') ?? NaN);
        const rule = svg.querySelector('g.data-end line');
        return {
          dataEndX: rule ? xOf(rule) : null,
          dotXs: [...svg.querySelectorAll('g.observed circle')].map(xOf),
          texts: [...svg.querySelectorAll('text')].map((t) => t.textContent),
          shaded: svg.querySelectorAll('g.projected rect').length,
        };
      });

  for (const { lang, prefix, other, switchTo, from, to2030, to2035, dataEnd, starts, readAt } of [
    {
      lang: 'ja',
      prefix: '',
      other: 'en',
      switchTo: /English/,
      from: ['2027年4月1日から', 'From 1 April 2027'],
      to2030: ['2030年3月31日まで（予測）', 'To 31 March 2030 (projection)'],
      to2035: ['2035年3月31日まで（予測）', 'To 31 March 2035 (projection)'],
      dataEnd: 'データの終わり（2020年9月30日）',
      starts: '施行 2027年4月1日',
      readAt: ['2030年3月31日時点の値', '2035年3月31日時点の値', 'Values at 31 March 2035'],
    },
    {
      lang: 'en',
      prefix: '/en',
      other: 'ja',
      switchTo: /日本語/,
      from: ['From 1 April 2027', '2027年4月1日から'],
      to2030: ['To 31 March 2030 (projection)', '2030年3月31日まで（予測）'],
      to2035: ['To 31 March 2035 (projection)', '2035年3月31日まで（予測）'],
      dataEnd: 'End of data (30 September 2020)',
      starts: 'Takes effect 1 April 2027',
      readAt: ['Values at 31 March 2030', 'Values at 31 March 2035', '2035年3月31日時点の値'],
    },
  ] as const) {
    test(`${lang}: the start date and the horizon survive Back, Forward, reload and the language switch; the chart marks the data end over observed points`, async () => {
      await withPage(`${prefix}/simulate?preset=cert-cc`, async ({ page }) => {
        await waitForRun(page);
        await page.getByRole('radio', { name: from[0] }).check();
        await page.waitForURL(/startsOn=2027-04-01.*until=2030-03-31/);
        await waitForRun(page, 60_000);
        // The tiles name the date they are read at; the chart marks the data's end and the start, shades the
        // projected quarters and draws what was observed, all before the data's end.
        assert.equal(await page.locator('.read-at').innerText(), readAt[0]);
        const marks = await chartMarks(page);
        assert.ok(marks.texts.includes(dataEnd), marks.texts.join('|'));
        assert.ok(marks.texts.includes(starts), marks.texts.join('|'));
        assert.ok(marks.dataEndX !== null, 'a dashed rule at the data end');
        assert.ok(marks.shaded > 0, 'projected quarters shaded');
        // The stock in handling was observed once, at the data's end (Chapter 1's count at 2020Q3).
        assert.ok(marks.dotXs.length >= 1, `observed points drawn: ${marks.dotXs.length}`);
        assert.ok(
          marks.dotXs.every((x) => x <= (marks.dataEndX ?? -Infinity) + 0.5),
          'every observed point lies at or before the data end',
        );
        await screenshot(page, `simulate-projection-${lang}`);

        // A new horizon is a new history entry; Back and Forward bring each back, reload keeps it.
        await page.getByRole('radio', { name: to2035[0] }).check();
        await page.waitForURL(/until=2035-03-31/);
        await waitForRun(page, 60_000);
        assert.equal(await page.locator('.read-at').innerText(), readAt[1]);
        await page.goBack();
        await page.waitForURL(/startsOn=2027-04-01.*until=2030-03-31/);
        await waitForRun(page, 60_000);
        assert.ok(await page.getByRole('radio', { name: from[0] }).isChecked());
        assert.ok(await page.getByRole('radio', { name: to2030[0] }).isChecked());
        assert.equal(await page.locator('.read-at').innerText(), readAt[0]);
        await page.goForward();
        await page.waitForURL(/until=2035-03-31/);
        await waitForRun(page, 60_000);
        assert.ok(await page.getByRole('radio', { name: to2035[0] }).isChecked());
        await page.reload({ waitUntil: 'networkidle' });
        await waitForRun(page, 60_000);
        assert.ok(await page.getByRole('radio', { name: from[0] }).isChecked());
        assert.ok(await page.getByRole('radio', { name: to2035[0] }).isChecked());
        assert.equal(await page.locator('.read-at').innerText(), readAt[1]);

        // The other language keeps both.
        await page.getByRole('link', { name: switchTo }).click();
        await page.waitForURL(
          (u: URL) => (other === 'en') === u.pathname.startsWith('/en/') && u.search.includes('until=2035-03-31'),
        );
        await waitForRun(page, 60_000);
        assert.ok(await page.getByRole('radio', { name: from[1] }).isChecked());
        assert.ok(await page.getByRole('radio', { name: to2035[1] }).isChecked());
        assert.equal(await page.locator('.read-at').innerText(), readAt[2]);
      });
    });
  }

  test('observed points over the projected bands: the 45-day share and the published total', async () => {
    await withPage('/simulate?preset=cert-cc&startsOn=2027-04-01&until=2030-03-31', async ({ page }) => {
      await waitForRun(page, 60_000);
      // The chart changes in place (no history entry): the URL says which one.
      for (const [name, chart, atLeast] of [
        // 2016Q3's 46% and 2018Q1's 6% of the quarter's product publications made within 45 days.
        [/45日以内の割合/, 'productPublishedWithin45DaysShare', 2],
        // Figure 1-1's 12 quarterly cumulative totals, and the intake history's earlier points.
        [/届出の累計/, 'reportsCumulative', 12],
      ] as const) {
        await page.getByRole('radio', { name }).check();
        await page.waitForURL(new RegExp(`chart=${chart}`));
        await page.waitForFunction(
          (n: number) => document.querySelectorAll('section.results svg.kaiji-plot g.observed circle').length >= n,
          atLeast,
        );
        const marks = await chartMarks(page);
        assert.ok(marks.texts.includes('施行 2027年4月1日'), marks.texts.join('|'));
        assert.ok(marks.dotXs.every((x) => x <= (marks.dataEndX ?? -Infinity) + 0.5));
        await screenshot(page, `simulate-projection-${chart}-ja`);
      }
    });
  });

  test('presentation mode names the start and the horizon', async () => {
    await withPage(
      '/simulate?preset=cert-cc&startsOn=2027-04-01&until=2035-03-31&view=present',
      async ({ page }) => {
        await waitForRun(page, 60_000);
        assert.match(await page.locator('.present-title').innerText(), /CERT\/CC.*2027年4月1日施行・2035年3月31日まで/);
        await page.locator('.present svg.kaiji-plot').waitFor();
        await screenshot(page, 'simulate-present-projection-1920x1080', false);
      },
      { viewport: { width: 1920, height: 1080 } },
    );
  });
});

describe('the browser runs the API’s model', () => {
  test('the page’s run and the API’s simulate give the same numbers for one input and seed', async () => {
    const en = JSON.parse(readFileSync(join(ROOT, 'apps/web/messages/en.json'), 'utf8'));
    const input = { forcedPublication: { afterDays: 45, appliesTo: 'ALL_PRODUCT_REPORTS' }, trials: 200, seed: 4242 };
    await withPage('/en/simulate?preset=cert-cc&trials=200&seed=4242', async ({ page, response }) => {
      // The page does not carry the model: its workers fetch it from the API, through the web app, by hash.
      const html = await response.text();
      assert.doesNotMatch(html, /seedQuarterly/, 'the model is not in the page');
      await waitForRun(page);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /Save every number as CSV/i }).click(),
      ]);
      const rows = parse(readFileSync(await download.path(), 'utf8'), { bom: true, relax_column_count: true });

      const data = await session.graphql(
        `query ($input: SimulationInput!) { simulate(input: $input) { seed trials series {
            name quarters baseline { mean low high } scenario { mean low high } } } }`,
        { input },
      );
      assert.equal(data.simulate.seed, 4242);
      // Each series' numbers as the page shows them (a share in percent to 0.1, the daily rate to 0.01).
      const shown = (name: string, v: number) =>
        name === 'productPublishedWithin45DaysShare'
          ? Math.round(v * 1000) / 10
          : name === 'reportsPerWorkingDay'
            ? Math.round(v * 100) / 100
            : Math.round(v);
      let compared = 0;
      for (const s of data.simulate.series) {
        const title = en[`sim_series_${s.name}`];
        const pageRows = rows.filter((r) => r[1] === title);
        if (!pageRows.length) continue;
        assert.equal(pageRows.length, s.quarters.length, s.name);
        pageRows.forEach((r, i) => {
          const api = [
            s.baseline.mean,
            s.baseline.low,
            s.baseline.high,
            s.scenario.mean,
            s.scenario.low,
            s.scenario.high,
          ];
          assert.deepEqual(
            r.slice(6, 12).map(Number),
            api.map((band) => shown(s.name, band[i])),
            `${s.name} ${s.quarters[i]}`,
          );
          compared += 6;
        });
      }
      assert.ok(compared > 1000, `${compared} numbers compared`);
    });
  });
});
