// Edited links with filter values Kaiji does not know (issue 10 point 2): the matrix opens with a notice in the
// page's language naming what was ignored, and the CSV export answers 400 with a plain sentence, never the API's
// GraphQL error ("Did you mean the enum value …") or its JSON.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useKaiji } from './lib/session.ts';

const session = useKaiji();

const L = {
  ja: { prefix: '', scope: '受付対象', gov: '政府システム', refusedCsv: /書き出せません。.*受付対象「X」/ },
  en: { prefix: '/en', scope: 'Intake scope', gov: 'Government systems', refusedCsv: /^Nothing was exported: .*"X"/ },
};

for (const lang of ['ja', 'en'] as const) {
  const t = L[lang];
  describe(`bad filter links, ${lang}`, () => {
    test('/programs?intakeScopes=FOO: a notice names the ignored value, and every program is shown', async () => {
      const { context, page, errors, response } = await session.open(`${t.prefix}/programs?intakeScopes=FOO`);
      try {
        assert.equal(response.status(), 200);
        const alert = page.locator('.results [role="alert"]');
        assert.equal(await alert.count(), 1);
        const text = (await alert.textContent()) ?? '';
        assert.ok(text.includes(t.scope), text);
        assert.equal(await alert.locator('code').textContent(), 'FOO');
        assert.doesNotMatch(text, /Did you mean|Variable|enum|GraphQL/);
        const rows = await page.locator('tbody tr th.name').count();
        const total = Number(((await page.locator('.count').textContent()) ?? '').match(/\d+/g)?.at(-1));
        assert.equal(rows, total, 'all programs are shown');
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });

    test('an unknown value beside a known one: the known one still filters', async () => {
      const { context, page } = await session.open(
        `${t.prefix}/programs?intakeScopes=FOO,GOVERNMENT_SYSTEMS&asOf=2020-09-30`,
      );
      try {
        assert.equal(await page.locator('.results [role="alert"] code').textContent(), 'FOO');
        const scopes = await page.$$eval('tbody tr', (rows) => rows.length);
        assert.equal(scopes, 4, 'the four ○2 programs of the report');
        // The share link and the form carry only what was used.
        assert.ok(await page.getByLabel(t.gov, { exact: true }).isChecked());
      } finally {
        await context.close();
      }
    });

    test('export.csv?intakeScopes=X: 400 with a plain sentence in the page language', async () => {
      const res = await fetch(`${session.kaiji.webUrl}${t.prefix}/programs/export.csv?intakeScopes=X`);
      assert.equal(res.status, 400);
      assert.match(res.headers.get('content-type') ?? '', /^text\/plain; charset=utf-8/);
      const body = await res.text();
      assert.match(body.trim(), t.refusedCsv);
      assert.doesNotMatch(body, /[{}]|errors|Invalid option/);
      // The same export with a known value still works.
      const ok = await fetch(`${session.kaiji.webUrl}${t.prefix}/programs/export.csv?intakeScopes=IOT`);
      assert.equal(ok.status, 200);
      assert.match(ok.headers.get('content-type') ?? '', /^text\/csv/);
    });
  });
}
