// Layout as a member sees it (issue 10 point 5): the matrix whole at 1280 in both languages, no word broken
// inside, /changes columns that hold their text, chart legends that match their lines (also in the SVG export),
// the cell tooltip inside the window; screenshots at 1280x800, 1920x1080 and 390 wide.
import type { Page } from 'playwright-core';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { screenshot } from './lib/page-checks.ts';
import { useKaiji } from './lib/session.ts';

const session = useKaiji();
const SIZES = [
  { name: '1280', viewport: { width: 1280, height: 800 } },
  { name: '1920', viewport: { width: 1920, height: 1080 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
];
const prefix = (lang: 'ja' | 'en') => (lang === 'en' ? '/en' : '');

/** Runs of katakana or Latin letters (words that must not break) drawn on more than one line, in `selector`. */
async function brokenWords(page: Page, selector: string) {
  return page.evaluate((selector: string) => {
    const broken = [];
    for (const root of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('.visually-hidden, [aria-hidden="true"]')) continue;
        for (const match of (node.textContent ?? '').matchAll(/[\u30a0-\u30ff]{3,}|[A-Za-z]{4,}|\d{4}-\d{2}-\d{2}/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  }, selector);
}

/** Stroke and dash of every legend entry and of every line drawn, inherited as SVG inherits them. */
function strokesIn(_root: unknown) {
  const inherited = (el: Element | null, name: string) => {
    for (let e: Element | null = el; e && e.getAttribute; e = e.parentElement)
      if (e.getAttribute(name)) return e.getAttribute(name);
    return null;
  };
  const key = (el: Element) =>
    `${(inherited(el, 'stroke') ?? '').toLowerCase()} dash(${(inherited(el, 'stroke-dasharray') ?? 'none')
      .split(/[ ,]+/)
      .map(Number)
      .filter((n) => !Number.isNaN(n))
      .join(' ')})`;
  return { key, inherited };
}

/** For each chart: the legend entries whose stroke and dash no drawn line has. */
async function legendMismatches(page: Page) {
  return page.evaluate(`(${legendCheck.toString()})(document, ${strokesIn.toString()})`);
}
function legendCheck(doc: Document, strokesIn: (root: unknown) => { key: (el: Element) => string }) {
  const { key } = strokesIn(doc);
  const out = [];
  for (const fig of doc.querySelectorAll('figure.chart')) {
    const legend = [...fig.querySelectorAll('ul.legend line')];
    if (!legend.length) continue;
    const drawn = new Set([...fig.querySelectorAll('svg.kaiji-plot path')].map(key));
    for (const line of legend)
      if (!drawn.has(key(line)))
        out.push(`${fig.id || fig.querySelector('h2,h3')?.textContent}: ${key(line)} not in ${[...drawn].join(' | ')}`);
  }
  return out;
}

for (const lang of ['ja', 'en'] as const) {
  describe(`layout, ${lang}`, () => {
    test('the matrix shows all eight items, the tags and the reference column at 1280 without scrolling', async () => {
      const { context, page } = await session.open(`${prefix(lang)}/programs`);
      try {
        const fit = await page.evaluate(() => {
          const scroller = document.querySelector('.matrix-scroll');
          const heads = [...document.querySelectorAll('table.matrix thead th')];
          return {
            columns: heads.length,
            hidden: heads
              .filter((th) => th.getBoundingClientRect().right > window.innerWidth + 1)
              .map((th) => th.textContent.trim()),
            scrolls: scroller!.scrollWidth > scroller!.clientWidth + 1,
          };
        });
        assert.equal(fit.columns, 1 + 2 + 8 + 4 + 1, 'select, name, jurisdiction, 8 items, 4 tag columns, reference');
        assert.deepEqual(fit.hidden, [], 'columns beyond the window');
        assert.equal(fit.scrolls, false, 'the matrix needs no sideways scroll at 1280');
        assert.deepEqual(await brokenWords(page, 'table.matrix'), []);
      } finally {
        await context.close();
      }
    });

    test('/changes: dates on one line, no text outside its column', async () => {
      const { context, page } = await session.open(`${prefix(lang)}/changes`);
      try {
        const problems = await page.evaluate(() => {
          const out = [];
          for (const d of document.querySelectorAll('.overview .date'))
            if (new Set([...d.getClientRects()].map((r) => Math.round(r.top))).size > 1)
              out.push(`date wraps: ${d.textContent}`);
          for (const cell of document.querySelectorAll('.overview td, .overview th'))
            if (cell.scrollWidth > cell.clientWidth + 1) out.push(`spills: ${cell.textContent.trim().slice(0, 60)}`);
          return out;
        });
        assert.deepEqual(problems, []);
        assert.ok((await page.locator('.overview .date').count()) > 5, 'the overview has dated rows to check');
        assert.deepEqual(await brokenWords(page, '.overview'), []);
      } finally {
        await context.close();
      }
    });

    test('/partnership: every legend entry is drawn as its line, on the page and in the SVG export', async () => {
      const { context, page } = await session.open(`${prefix(lang)}/partnership`);
      try {
        await page.locator('#intake svg.kaiji-plot, figure svg.kaiji-plot').first().waitFor();
        assert.deepEqual(await legendMismatches(page), []);
        const figure = page.locator('figure.chart', { has: page.locator('ul.legend') }).first();
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          figure.getByRole('button', { name: /SVG/ }).click(),
        ]);
        const svgText = readFileSync(await download.path(), 'utf8');
        const exported = await page.evaluate(
          ({ svgText, strokes }) => {
            const strokesIn = eval(`(${strokes})`);
            const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
            const { key } = strokesIn(doc);
            const top = doc.documentElement;
            // The legend is drawn as <g><line/><text/></g> above the chart; the chart is the nested <svg>.
            const chart = top.querySelector('svg');
            const drawn = new Set([...chart!.querySelectorAll('path')].map(key));
            const legend = [...top.children]
              .filter((c) => c.tagName === 'g')
              .flatMap((g) => [...g.querySelectorAll('line')]);
            return { entries: legend.length, missing: legend.map(key).filter((k) => !drawn.has(k)) };
          },
          { svgText, strokes: strokesIn.toString() },
        );
        assert.ok(exported.entries >= 4, 'the exported SVG carries the legend');
        assert.deepEqual(exported.missing, []);
      } finally {
        await context.close();
      }
    });
  });
}

describe('the cell tooltip', () => {
  test('stays inside the window for the last column of the last row, and leaves on Escape', async () => {
    const { context, page } = await session.open('/programs');
    try {
      const last = page.locator('tbody tr:last-child td[data-cell]').last();
      await last.scrollIntoViewIfNeeded();
      await last.focus();
      const tip = page.locator('.tip');
      await tip.waitFor();
      assert.match((await tip.textContent()) ?? '', /出典/);
      const box = await tip.boundingBox();
      const view = page.viewportSize();
      assert.ok(box && view, 'the tooltip is laid out');
      assert.ok(box.x >= 0 && box.y >= 0, `tooltip at ${box.x},${box.y}`);
      assert.ok(box.x + box.width <= view.width && box.y + box.height <= view.height, JSON.stringify(box));
      await page.keyboard.press('Escape');
      await tip.waitFor({ state: 'detached' });
    } finally {
      await context.close();
    }
  });
});

describe('screenshots to look at', () => {
  const pages = [
    { name: 'programs-ja', path: '/programs' },
    { name: 'programs-en', path: '/en/programs' },
    { name: 'changes-ja', path: '/changes' },
    { name: 'home-ja', path: '/' },
  ];
  for (const size of SIZES)
    test(`${size.name}: ${pages.map((p) => p.path).join(', ')}`, async () => {
      for (const p of pages) {
        const { context, page } = await session.open(p.path, { viewport: size.viewport });
        try {
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(width <= size.viewport.width, `${p.path} is ${width}px wide at ${size.viewport.width}`);
          await screenshot(page, `layout-${p.name}-${size.name}`, false);
        } finally {
          await context.close();
        }
      }
    });
});
