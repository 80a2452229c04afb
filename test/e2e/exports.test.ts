// Browser tests of the meeting exports (issue 11): each file is downloaded as a user would (the button beside the
// CSV export), then read back as the user's software would, and its figures checked against the API's answer.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { useKaiji } from './lib/session.ts';
import { frozenRows, readWorkbook, sheetOf, sheetRows } from './lib/workbook.ts';

const session = useKaiji();

const graphql = session.graphql;

describe('programs workbook (/programs/export.xlsx)', () => {
  for (const [locale, prefix, button, sheets] of [
    ['ja', '', /Excel ブックで書き出す/, ['比較表', 'セルと出典', 'タグと出典', '凡例', 'この資料について']],
    ['en', '/en', /Excel workbook/, ['Matrix', 'Cells and sources', 'Tags and sources', 'Legend', 'About']],
  ] as const) {
    test(`the filtered matrix downloads from the page and reads back (${locale})`, async () => {
      const { context, page, errors } = await session.open(`${prefix}/programs?intakeScopes=GOVERNMENT_SYSTEMS`);
      try {
        const started = Date.now();
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('link', { name: button }).click(),
        ]);
        const path = await download.path();
        console.log(`programs workbook (${locale}): ${Date.now() - started} ms to download`);
        assert.match(
          download.suggestedFilename(),
          new RegExp(`^kaiji-programs-${locale}-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`),
        );
        const workbook = await readWorkbook(path);
        assert.deepEqual(
          workbook.worksheets.map((s) => s.name),
          sheets,
        );
        const api = await graphql(
          `
            query ($lang: Lang!) {
              comparisonMatrix(filter: { intakeScopes: [GOVERNMENT_SYSTEMS] }) {
                programs {
                  slug
                  name(lang: $lang)
                  survey {
                    item
                    raw
                    source {
                      locator(lang: $lang)
                    }
                  }
                }
              }
            }
          `,
          { lang: locale.toUpperCase() },
        );
        const expected = api.comparisonMatrix.programs;
        const matrix = sheetOf(workbook, 0);
        const { state, ySplit: headerRow } = frozenRows(matrix);
        assert.equal(state, 'frozen');
        const rows = sheetRows(matrix).slice(headerRow);
        const header = (matrix.getRow(headerRow).values as ExcelJS.CellValue[]).slice(1).map(String);
        assert.equal(rows.length, expected.length);
        const slugColumn = header.length - 1;
        assert.deepEqual(rows.map((r) => r[slugColumn]).sort(), expected.map((p: { slug: string }) => p.slug).sort());
        // Each program's item 8 mark and its locator sit in their own columns, as the API has them.
        const markColumn = header.findIndex((h) => /^8 /.test(h));
        for (const row of rows) {
          const program = expected.find((p: { slug: string }) => p.slug === row[slugColumn]);
          const cell = program.survey.find((c: { item: string }) => c.item === 'SCOPE_LIMITATION');
          assert.equal(row[markColumn], cell.raw, `${program.slug} item 8`);
          assert.equal(row[markColumn + 2], cell.source.locator, `${program.slug} item 8 locator`);
        }
        const about = sheetRows(sheetOf(workbook, 4));
        assert.ok(
          about.some((r) => r[1] === expected.length && typeof r[1] === 'number'),
          'the count is a number',
        );
        const tagUrls = sheetRows(sheetOf(workbook, 2))
          .flat()
          .filter((v) => typeof v === 'string' && /^https:\/\//.test(v));
        assert.ok(tagUrls.length > 0, 'a source URL is in the tags sheet');
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
  }

  test('a bad parameter is a 400 in the page’s language', async () => {
    const ja = await fetch(`${session.kaiji.webUrl}/programs/export.xlsx?intakeScopes=NOPE`);
    assert.equal(ja.status, 400);
    assert.match(await ja.text(), /パラメータ「intakeScopes」の値「NOPE」は使えません/);
    const en = await fetch(`${session.kaiji.webUrl}/en/programs/export.xlsx?coordinates=maybe`);
    assert.equal(en.status, 400);
    assert.match(await en.text(), /The value "maybe" of the parameter "coordinates" cannot be used/);
    // The server keeps serving.
    assert.equal((await fetch(`${session.kaiji.webUrl}/programs/export.xlsx`)).status, 200);
  });
});
