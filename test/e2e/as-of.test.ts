// Browser tests of the "as of" views (issue 6): the matrix and a program page at the report's date and today, the
// program timeline, and /changes (what moved since the report, each change with its source), in Japanese and English.
import type { Page } from 'playwright-core';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axeProblems, screenshot } from './lib/page-checks.ts';
import { useKaiji } from './lib/session.ts';

const session = useKaiji();
const open = session.open;

const L = {
  ja: {
    prefix: '',
    incentive: 'インセンティブ',
    bounty: '報奨金',
    none: '掲載無',
    report: '報告書の時点（2020-09-30）',
    today: '今日',
    count2020: '18 件中 18 件',
  },
  en: {
    prefix: '/en',
    incentive: 'Incentive',
    bounty: 'Bounty',
    none: 'None found',
    report: 'As surveyed (2020-09-30)',
    today: 'Today',
    count2020: '18 of 18 programs',
  },
};

/** The text of one program's cell in the matrix column whose header starts with `column`. */
async function matrixCell(page: Page, slug: string, column: string) {
  return page.evaluate(
    ({ slug, column }) => {
      const headers = [...document.querySelectorAll('table thead tr:last-child th')];
      const index = headers.findIndex((th) => (th.textContent ?? '').trim().startsWith(column));
      if (index < 0) return null;
      const row = document.querySelector(`tbody tr:has(a[href$="/programs/${slug}"])`);
      if (!row) return null;
      const cell = row.children[index];
      const list = cell?.querySelector('ul');
      return (list ?? cell)?.textContent?.trim() ?? null;
    },
    { slug, column },
  );
}

async function slugsInMatrix(page: Page) {
  return page.$$eval('tbody tr th.name a', (as) => as.map((a) => (a.getAttribute('href') ?? '').split('/').pop()));
}

async function checkPage(page: Page, errors: string[], name: string) {
  assert.deepEqual(await axeProblems(page), []);
  assert.deepEqual(errors, []);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 1280, `page is ${width}px wide at 1280`);
  await screenshot(page, name);
}

for (const lang of ['ja', 'en'] as const) {
  const t = L[lang];
  describe(`as of, ${lang}`, () => {
    test('the matrix at the report date: GovTech has no incentive found, no EU NIS2/CRA rows', async () => {
      const { context, page, errors, response } = await open(`${t.prefix}/programs?asOf=2020-09-30`);
      try {
        assert.equal(response.status(), 200);
        assert.equal(await page.inputValue('input[name="asOf"]'), '2020-09-30');
        assert.equal(await matrixCell(page, 'govtech', t.incentive), t.none);
        const slugs = await slugsInMatrix(page);
        assert.ok(slugs.includes('govtech'));
        assert.ok(!slugs.includes('eu-nis2-cvd-coordinators') && !slugs.includes('eu-cra-reporting'), slugs.join(' '));
        // The count is of the programs that existed on that day, not of today's.
        assert.ok(((await page.textContent('main')) ?? '').includes(t.count2020), `count shows ${t.count2020}`);
        await checkPage(page, errors, `programs-asof-2020-${lang}`);
        // The "Today" preset: GovTech's bounty and the EU programs.
        await page.getByRole('link', { name: t.today, exact: true }).click();
        await page.waitForURL((u) => !u.searchParams.has('asOf'));
        await page.waitForLoadState('networkidle');
        assert.ok(((await matrixCell(page, 'govtech', t.incentive)) ?? '').includes(t.bounty));
        const today = await slugsInMatrix(page);
        assert.ok(today.includes('eu-nis2-cvd-coordinators') && today.includes('eu-cra-reporting'), today.join(' '));
        // And back: the report preset.
        await page.getByRole('link', { name: t.report }).click();
        await page.waitForURL((u) => u.searchParams.get('asOf') === '2020-09-30');
        await page.waitForLoadState('networkidle');
        assert.equal(await matrixCell(page, 'govtech', t.incentive), t.none);
      } finally {
        await context.close();
      }
    });

    test('a date before the report is refused with a localized message, and today shown', async () => {
      const { context, page, errors, response } = await open(`${t.prefix}/programs?asOf=2019-04-01`);
      try {
        assert.equal(response.status(), 200);
        const alert = await page.locator('.as-of [role="alert"]').textContent();
        assert.match(alert ?? '', /2019-04-01/);
        assert.match(alert ?? '', /2020-09-30/);
        assert.match(alert ?? '', lang === 'ja' ? /より前/ : /before the earliest record/);
        assert.ok((await slugsInMatrix(page)).includes('eu-cra-reporting'));
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });

    test('the GovTech page: tags as of the report, and a timeline with the 2021 bounty and its source', async () => {
      const { context, page, errors, response } = await open(`${t.prefix}/programs/govtech?asOf=2020-09-30`);
      try {
        assert.equal(response.status(), 200);
        const timeline = page.locator('ol.timeline');
        await timeline.waitFor();
        const day = timeline.locator('li.day', { has: page.locator('time[datetime="2021-08-31"]') });
        assert.match((await day.textContent()) ?? '', new RegExp(t.bounty));
        assert.ok((await day.locator('a[href^="https://www.straitstimes.com/"]').count()) > 0);
        assert.ok((await timeline.locator('li.day.later').count()) > 0);
        await checkPage(page, errors, `program-timeline-${lang}`);
      } finally {
        await context.close();
      }
    });

    test("/changes since the report: GovTech's bounty and NCSC-NL's acknowledgement, each with a source", async () => {
      const { context, page, errors, response } = await open(`${t.prefix}/changes`);
      try {
        assert.equal(response.status(), 200);
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        assert.equal(await page.inputValue('input[name="from"]'), '2020-09-30');
        const govtech = page.locator('section.program', { has: page.locator('h2 a[href*="/programs/govtech"]') });
        const bounty = govtech.locator('li.added', { hasText: t.bounty });
        assert.equal(await bounty.count(), 1);
        assert.ok((await bounty.locator('a[href^="http"]').count()) > 0, 'GovTech bounty has a source link');
        const nl = page.locator('section.program', { has: page.locator('h2 a[href*="/programs/ncsc-nl"]') });
        const ack = nl.locator('li.added', { hasText: lang === 'ja' ? '謝辞' : 'acknowledgement' });
        assert.equal(await ack.count(), 1);
        assert.ok((await ack.locator('a[href^="http"]').count()) > 0, 'NCSC-NL acknowledgement has a source link');
        // The EU programs that came after the report.
        const summary = (await page.locator('section.summary').textContent()) ?? '';
        assert.ok((await page.locator('section.summary a[href*="/programs/eu-cra-reporting"]').count()) === 1, summary);
        await checkPage(page, errors, `changes-${lang}`);
      } finally {
        await context.close();
      }
    });

    test('/changes filtered to two programs keeps them in the URL', async () => {
      const { context, page, errors } = await open(`${t.prefix}/changes?from=2020-09-30&programs=govtech,ncsc-nl`);
      try {
        const names = await page.$$eval('section.program h2 a', (as) =>
          as.map((a) => (a.getAttribute('href') ?? '').split('?')[0]!.split('/').pop()),
        );
        assert.deepEqual(names, ['govtech', 'ncsc-nl']);
        assert.equal(await page.locator('input[name="programs"]:checked').count(), 2);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  });
}

test('the nav links to /changes, and the as-of control links to it', async () => {
  const { context, page } = await open('/programs');
  try {
    assert.ok((await page.locator('nav a[href="/changes"]').count()) === 1);
    assert.ok((await page.locator('.as-of a[href^="/changes?from=2020-09-30"]').count()) === 1);
  } finally {
    await context.close();
  }
});
