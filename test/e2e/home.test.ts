// The home page's questions about the knowledge base (issue 10 point 6): each link, followed as a member would,
// shows the programs that Table 4-2 as printed in the report answers with. The expected answers come from the
// hand-typed table of packages/db/test/fixtures/table-4-2.ts, never from data/ or the API.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { QUALIFIERS, TABLE_4_2 } from '../../packages/db/test/fixtures/table-4-2.ts';
import { screenshot } from './lib/page-checks.ts';
import { useKaiji } from './lib/session.ts';

const session = useKaiji();

/** Slugs of the printed rows whose `item` (1 to 8) satisfies `holds(mark)`. */
function rowsWhere(item: number, holds: (mark: string) => boolean) {
  return Object.entries(TABLE_4_2)
    .filter(([, row]) => holds(row.cells[item - 1] ?? ''))
    .map(([slug]) => slug)
    .sort();
}

const QUESTIONS = [
  {
    name: { ja: /○2（政府システム/, en: /mark ○2/ },
    // Item 8 carries ○2, alone or beside another qualifier (NCSC-NL's "○ 2・5").
    expected: rowsWhere(8, (mark) => (QUALIFIERS[mark] ?? []).includes(2)),
  },
  {
    name: { ja: /法律に基づく取組み（項目 2）/, en: /legal initiative \(item 2\)/ },
    expected: rowsWhere(2, (mark) => mark.startsWith('○')),
  },
];

test('the expected answers are those of the printed table', () => {
  // A guard on the fixture reading itself: the report's ○2 rows are these four, NCSC-NL among them.
  assert.deepEqual(QUESTIONS[0]?.expected, ['cisa-bod-20-01', 'govtech', 'ncsc-nl', 'ncsc-uk']);
  assert.deepEqual(QUESTIONS[1]?.expected, ['cisa-bod-20-01', 'dcms', 'nist-omb']);
});

for (const lang of ['ja', 'en'] as const) {
  describe(`home page questions, ${lang}`, () => {
    for (const q of QUESTIONS) {
      test(`${q.name[lang]} opens the matrix with exactly Table 4-2's answer`, async () => {
        const { context, page, errors } = await session.open(lang === 'en' ? '/en' : '/');
        try {
          await page.getByRole('link', { name: q.name[lang] }).click();
          await page.waitForURL(/\/programs\?/);
          await page.waitForLoadState('networkidle');
          const slugs = await page.$$eval('tbody tr th.name a', (as) =>
            as.map((a) => (a.getAttribute('href') ?? '').split('/').pop()),
          );
          assert.deepEqual([...slugs].sort(), q.expected);
          // The count a member reads says the same.
          const count = await page.locator('.count').textContent();
          assert.match(count ?? '', new RegExp(`\\b${q.expected.length}\\b`));
          assert.deepEqual(errors, []);
          if (q === QUESTIONS[0]) await screenshot(page, `home-question-government-${lang}`, false);
        } finally {
          await context.close();
        }
      });
    }
  });
}
