// Browser tests of /simulate as a study-group member uses it: the scenario survives Back, Forward, reload and the
// language switch; a value that cannot run says why next to its field and leaves no stale result; a bad link says
// what it ignored; presentation mode fits the projector sizes; exports are ready for slides.
import type { Page } from 'playwright-core';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { kpis, screenshot, waitForRun } from './lib/page-checks.ts';
import { ROOT } from './lib/servers.ts';
import { useKaiji } from './lib/session.ts';

const session = useKaiji();

/** Opens a page, runs `body`, and always closes its context. */
type Opened = Awaited<ReturnType<typeof session.open>>;

async function withPage(
  path: string,
  body: (opened: Opened) => Promise<void>,
  options?: Parameters<typeof session.open>[1],
) {
  const opened = await session.open(path, options);
  try {
    await body(opened);
    assert.deepEqual(opened.errors, []);
  } finally {
    await opened.context.close();
  }
}

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

describe('presentation mode', () => {
  // Forced publication, a bounty and a mandate, from a start date to a horizon: the longest title and the most
  // tiles and chart labels a meeting shows.
  const THREE_LEVERS =
    '/simulate?forcedPublication.afterDays=45&forcedPublication.appliesTo=ALL_PRODUCT_REPORTS&bounty.amountJpy=700000&legalMandate.remediationDays=30&legalMandate.compliance=0.5&startsOn=2027-04-01&until=2030-12-31&view=present';
  const TITLE = {
    ja: [/45日/, /報奨金/, /修正義務 30日/, /2027年4月1日施行・2030年12月31日まで/],
    en: [/45 days/, /Bounty/, /Fix mandate of 30 days/, /from 1 April 2027, to 31 December 2030/],
  };
  for (const locale of ['ja', 'en'] as const)
    for (const [width, height] of [
      [1920, 1080],
      [1366, 768],
      [1280, 720],
    ] as const) {
      test(`${width}x${height} (${locale}): the whole chart, the scenario named, the bounty cost shown, nothing cut or scrolling`, async () => {
        await withPage(
          `${locale === 'en' ? '/en' : ''}${THREE_LEVERS}`,
          async ({ page }) => {
            await waitForRun(page);
            const svg = page.locator('.present svg.kaiji-plot');
            await svg.waitFor();
            const title = await page.locator('.present-title').innerText();
            for (const part of TITLE[locale]) assert.match(title, part);
            assert.ok(await page.locator('.present li.tile[data-metric="BOUNTY_COST_JPY"]').isVisible());
            // Warnings fold to one line that opens.
            const folded = page.locator('.present details.warning');
            if ((await folded.count()) > 0) assert.equal(await folded.getAttribute('open'), null);
            // Nothing scrolls and nothing visible lies outside the window.
            const box = await page.evaluate(() => {
              const root = document.querySelector('.present')!;
              // Kept for screen readers only (clipped to nothing), so not on screen at all.
              const clipped = (el: Element) => {
                for (let x: Element | null = el; x && x !== root; x = x.parentElement)
                  if (getComputedStyle(x).clipPath !== 'none') return true;
                return false;
              };
              const outside = [...root.querySelectorAll('*')]
                .filter((el) => {
                  const r = el.getBoundingClientRect();
                  if (r.width === 0 || r.height === 0) return false;
                  if (getComputedStyle(el).visibility === 'hidden' || clipped(el)) return false;
                  if (el.closest('details:not([open]) > :not(summary)')) return false;
                  return (
                    r.right > window.innerWidth + 1 || r.bottom > window.innerHeight + 1 || r.left < -1 || r.top < -1
                  );
                })
                .map((el) => `${el.tagName}.${el instanceof SVGElement ? el.className.baseVal : el.className}`);
              // A tile's text stays inside its tile (a bounty's ¥3,849,748,000 ran over the tile's edge at 1280).
              const spills = [...root.querySelectorAll<HTMLElement>('li.tile')].flatMap((tile) => {
                const t = tile.getBoundingClientRect();
                return [...tile.querySelectorAll('h3, dt, dd')]
                  .filter((el) => {
                    const r = el.getBoundingClientRect();
                    return r.width > 0 && (r.right > t.right + 1 || r.left < t.left - 1 || r.bottom > t.bottom + 1);
                  })
                  .map((el) => `${tile.dataset.metric} ${(el.textContent ?? '').trim()}`);
              });
              // The data end's label and the start's never overlap.
              const labels = [...root.querySelectorAll('svg.kaiji-plot text')]
                .filter((el) => /データの終わり|施行|End of data|Takes effect/.test(el.textContent ?? ''))
                .map((el) => el.getBoundingClientRect());
              const [a, b] = labels;
              const overlap =
                labels.length === 2 &&
                !!a &&
                !!b &&
                a.left < b.right &&
                b.left < a.right &&
                a.top < b.bottom &&
                b.top < a.bottom;
              return {
                outside: outside.slice(0, 5),
                spills,
                labels: labels.length,
                overlap,
                scroll: root.scrollHeight - root.clientHeight,
              };
            });
            assert.deepEqual(box.outside, []);
            assert.deepEqual(box.spills, []);
            assert.equal(box.labels, 2, 'the data end and the start are labelled');
            assert.equal(box.overlap, false, 'the data end and start labels overlap');
            assert.ok(box.scroll <= 1, `presentation scrolls by ${box.scroll}px`);
            // The whole chart: the x axis and the legend are on screen, and the chart has the window's height
            // under the title bar (a row of tiles above it left it a quarter of the window at 1280x720).
            const chart = await svg.boundingBox();
            assert.ok(chart, 'the chart is laid out');
            assert.ok(chart.y + chart.height <= height, 'chart bottom on screen');
            assert.ok(
              chart.height >= 0.5 * height,
              `chart ${Math.round(chart.height)} px high in a ${height} px window`,
            );
            assert.ok(
              await page.locator('.present .chart .legend, .present .chart [class*="legend"]').first().isVisible(),
            );
            // No tooltip left behind after a click and a pointer over the chart.
            await page.mouse.move(chart.x + chart.width / 2, chart.y + chart.height / 2);
            await page.waitForTimeout(200);
            assert.equal(await page.locator('.present svg.kaiji-plot g[aria-label="tip"] *').count(), 0);
            await screenshot(page, `simulate-present-${locale}-${width}x${height}`, false);
          },
          { viewport: { width, height } },
        );
      });
    }

  test('the projected quarters are shaded apart from the baseline band, in the chart, its legend and its SVG', async () => {
    await withPage(
      THREE_LEVERS,
      async ({ page }) => {
        await waitForRun(page);
        await page.locator('.present svg.kaiji-plot').waitFor();
        const fills = await page.evaluate(() => {
          const svg = document.querySelector('.present svg.kaiji-plot')!;
          const shade = svg.querySelector('.projected rect');
          // The first area is the baseline's band (SeriesChart draws it before the scenario's).
          const band = [...svg.querySelectorAll('g[fill-opacity]')].find((g) => g.querySelector(':scope > path'));
          const swatch = [...document.querySelectorAll('.present .legend li')]
            .find((li) => (li.textContent ?? '').includes('予測の期間'))
            ?.querySelector('rect');
          return {
            shade: [
              shade?.getAttribute('fill') ?? shade?.closest('[fill]')?.getAttribute('fill'),
              shade?.closest('[fill-opacity]')?.getAttribute('fill-opacity'),
            ],
            band: band?.getAttribute('fill'),
            swatch: [swatch?.getAttribute('fill'), swatch?.getAttribute('fill-opacity')],
          };
        });
        assert.ok(fills.shade[0], 'the projected quarters are shaded');
        assert.notEqual(fills.shade[0].toLowerCase(), fills.band?.toLowerCase(), 'shade and baseline band differ');
        assert.notEqual(fills.shade[0].toLowerCase(), '#000', 'the shade is not a grey of black');
        assert.deepEqual(
          fills.swatch.map((v) => String(v).toLowerCase()),
          fills.shade.map((v) => String(v).toLowerCase()),
          'the legend swatch is the chart shade',
        );
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.locator('.present .chart .tools button', { hasText: 'SVG' }).click(),
        ]);
        const exported = readFileSync(await download.path(), 'utf8');
        assert.ok(
          exported.includes(`fill="${fills.shade[0]}" fill-opacity="${fills.shade[1]}"`),
          'the exported legend has the shade swatch',
        );
      },
      { viewport: { width: 1280, height: 720 } },
    );
  });
});

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

      const res = await fetch(session.kaiji.apiUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `query ($input: SimulationInput!) { simulate(input: $input) { seed trials series {
            name quarters baseline { mean low high } scenario { mean low high } } } }`,
          variables: { input },
        }),
      });
      const { data, errors } = await res.json();
      assert.equal(errors, undefined);
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
