// One language per page (issue 10 point 4): every page walked in Japanese fails on English words outside proper
// names and source titles (marked lang="en"), and in English on Japanese script outside terms marked lang="ja".
// Chart axes are included (month ticks), and so are the descriptions screen readers and the matrix tooltip read.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { englishWords, japaneseText, pageTexts, type PageText } from './lib/language.ts';
import { useKaiji } from './lib/session.ts';

const session = useKaiji();

const PAGES = [
  '/',
  '/programs',
  '/programs?asOf=2020-09-30',
  '/programs/cert-cc',
  '/programs/cisa-ics-iot-medical',
  '/programs/jp-partnership',
  '/compare?programs=cert-cc,kisa-krcert,ncsc-nl,cisa-bod-20-01',
  '/partnership',
  '/changes',
  '/about',
  '/backtest',
];

/**
 * /simulate with every lever, a start date and a horizon, walked whole once its run and its tornado are done
 * (lever labels, tiles, warnings, the assumption list, the tornado's table, the saved-scenario form).
 */
const SIMULATE =
  '/simulate?forcedPublication.afterDays=45&forcedPublication.appliesTo=ALL_PRODUCT_REPORTS&bounty.amountJpy=700000&legalMandate.remediationDays=30&legalMandate.compliance=0.5&acknowledgement=true&startsOn=2027-04-01&until=2030-12-31';

/** Japanese terms an English page keeps without markup: the site's name in <title> (where no element can
 * carry lang) and the METI notice named in a checkbox's title attribute. */
const JAPANESE_ON_ENGLISH = ['開示', '告示', 'ソフトウェア製品等の脆弱性関連情報に関する取扱規程', '○ 2・5'];

const withoutAllowedJapanese = (texts: PageText[]) =>
  texts.map((t) => ({ ...t, text: JAPANESE_ON_ENGLISH.reduce((s, term) => s.replaceAll(term, ''), t.text) }));

async function textsOf(path: string) {
  const { context, page, errors } = await session.open(path);
  try {
    await page.locator('h1').first().waitFor();
    if (/^(\/en)?\/(partnership|simulate)/.test(path))
      await page.locator('svg.kaiji-plot').first().waitFor({ timeout: 30_000 });
    if (/^(\/en)?\/simulate/.test(path)) {
      await page.locator('section.results[data-run-state="done"]').waitFor({ timeout: 60_000 });
      await page.locator('section.tornado[data-state="done"]').waitFor({ timeout: 60_000 });
    }
    const texts = await pageTexts(page);
    assert.deepEqual(errors, []);
    return texts;
  } finally {
    await context.close();
  }
}

describe('a Japanese page has no English words outside names and marked source titles', () => {
  for (const path of PAGES) {
    test(path, async () => {
      assert.deepEqual([...new Set(englishWords(await textsOf(path)))], []);
    });
  }
  test('/simulate with every lever, a start date and a horizon', async () => {
    assert.deepEqual([...new Set(englishWords(await textsOf(SIMULATE)))], []);
  });
});

describe('an English page has no Japanese script outside terms marked lang="ja"', () => {
  for (const path of PAGES) {
    const en = `/en${path === '/' ? '' : path}`;
    test(en, async () => {
      const texts = withoutAllowedJapanese(await textsOf(en));
      assert.deepEqual([...new Set(japaneseText(texts))], []);
    });
  }
  test('/en/simulate with every lever, a start date and a horizon', async () => {
    const texts = withoutAllowedJapanese(await textsOf(`/en${SIMULATE}`));
    assert.deepEqual([...new Set(japaneseText(texts))], []);
  });
});

describe('dates as the page writes them', () => {
  for (const [prefix, date] of [
    ['', '2020年9月30日'],
    ['/en', '30 September 2020'],
  ] as const)
    test(`${prefix || '/'}: the footer's survey date and the Partnership's lead are not ISO dates`, async () => {
      const { context, page } = await session.open(`${prefix}/partnership`);
      try {
        for (const text of [await page.locator('footer').innerText(), await page.locator('p.lead').innerText()]) {
          assert.ok(text.includes(date), `${date} in ${text}`);
          assert.doesNotMatch(text, /\d{4}-\d{2}-\d{2}/);
        }
      } finally {
        await context.close();
      }
    });
});

describe('the checks themselves', () => {
  test('catch what issue 10 reported', () => {
    const ja = [
      { text: 'Table 4-2, row 6 (DCMS), item 2', where: 'x' },
      { text: '3,951 working days', where: 'x' },
      { text: 'Jan 2018', where: 'x' },
    ];
    assert.equal(englishWords(ja).length, 6);
    assert.deepEqual(englishWords([{ text: '表 4-2・第6行（DCMS）・項目2 CISA の CVD', where: 'x' }]), []);
    assert.equal(japaneseText([{ text: '3〜30, Government systems、Life', where: 'x' }]).length, 2);
  });
});
