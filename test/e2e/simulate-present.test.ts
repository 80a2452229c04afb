// Browser tests of /simulate's presentation mode at the projector sizes a meeting uses: the whole chart, the
// scenario named, nothing cut or scrolling, in Japanese and English; the projected quarters shaded apart.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { screenshot, waitForRun } from './lib/page-checks.ts';
import { useKaiji } from './lib/session.ts';

const session = useKaiji();
const withPage = session.withPage;

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
