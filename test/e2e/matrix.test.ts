// Browser tests of the comparison matrix (/programs) as a member asks it questions: a filter that answers, is
// shared by its URL and exported as CSV; a cell's source on focus and hover; a program's facts; markup as text.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { screenshot } from './lib/page-checks.ts';
import { useKaiji } from './lib/session.ts';

const session = useKaiji();
const open = session.open;

describe('the comparison matrix', () => {
  test('answers "which programs take reports only on government systems?", shares the filter and exports it as CSV', async () => {
    const { context, page, errors } = await open('/programs');
    try {
      const total = await page.locator('table.matrix tbody tr').count();
      // Below 110rem the filter sits folded above the matrix until a member opens it.
      await page.locator('details.filter-box:not([open]) summary').click();
      await page.getByLabel('政府システム', { exact: true }).check();
      await page.getByLabel(/選んだ対象だけを受け付けるもの/).check();
      await page.waitForURL(/intakeScopes=GOVERNMENT_SYSTEMS.*scopeOnly=true/);
      const rows = page.locator('table.matrix tbody tr');
      await assert.doesNotReject(() =>
        page.waitForFunction((n) => document.querySelectorAll('table.matrix tbody tr').length < n, total),
      );
      const names = await rows.locator('th[scope=row]').allTextContents();
      assert.ok(names.length >= 1 && names.length < total);
      assert.ok(
        names.some((n) => n.includes('CISA BOD 20-01')),
        names.join(' / '),
      );
      for (const scope of await rows.locator('td.tag:nth-of-type(11)').allTextContents())
        assert.equal(scope.trim().split(/\s+/)[0], '政府システム');
      assert.equal(
        await page.locator('td[data-cell][tabindex="0"]').count(),
        1,
        'the filtered table stays in the tab order',
      );
      await screenshot(page, 'programs-filtered-ja', false);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: /CSV で書き出す/ }).click(),
      ]);
      const csv = readFileSync(await download.path(), 'utf8');
      assert.ok(csv.startsWith('\uFEFF'), 'the CSV starts with a BOM for Excel');
      for (const name of names) assert.ok(csv.includes(name.trim()), `${name} is in the CSV`);
      assert.ok(!csv.includes('CERT/CC（CERT'), 'a program outside the filter is not');
      assert.match(csv, /CISA BOD 20-01/);

      // The shared link opens the same view in a fresh context.
      const { context: fresh, page: again } = await open(new URL(page.url()).pathname + new URL(page.url()).search);
      assert.deepEqual(await again.locator('table.matrix tbody th[scope=row]').allTextContents(), names);
      await fresh.close();
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('a cell shows its source on keyboard focus and on hover, and the switch keeps the view in English', async () => {
    const { context, page } = await open('/programs?sort=item8&order=desc');
    try {
      const cell = page.locator('td[data-cell][tabindex="0"]');
      await cell.focus();
      await page.locator('.tip').waitFor();
      assert.match((await page.locator('.tip').textContent()) ?? '', /表 4-2・第\d+行/);
      await page.keyboard.press('ArrowRight');
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-col')), '1');
      await page.keyboard.press('Escape');
      await page.locator('.tip').waitFor({ state: 'detached' });
      await page.locator('td[data-cell][data-row="2"][data-col="7"]').hover();
      await page.locator('.tip').waitFor();

      await page.getByRole('link', { name: /English/ }).click();
      await page.waitForURL(/\/en\/programs\?sort=item8&order=desc$/);
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
    } finally {
      await context.close();
    }
  });

  test('opening a program shows its facts with sources', async () => {
    const { context, page, errors } = await open('/programs');
    try {
      await page
        .getByRole('link', { name: /NCSC-NL/ })
        .first()
        .click();
      await page.waitForURL(/\/programs\/ncsc-nl$/);
      assert.match((await page.locator('h1').textContent()) ?? '', /NCSC-NL/);
      assert.ok((await page.locator('td .cite').count()) >= 8);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('typed markup in the search box and the URL stays text', async () => {
    const payload = '"><img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    const { context, page } = await open(`/programs?text=${encodeURIComponent(payload)}`);
    try {
      assert.equal(await page.inputValue('#filter-text'), payload.slice(0, 200));
      assert.equal(await page.evaluate(() => (window as { __xss?: unknown }).__xss), undefined);
      assert.equal(await page.locator('img[src="x"]').count(), 0);
    } finally {
      await context.close();
    }
  });
});
