// Browser tests of the simulator's controls and saved scenarios: each preset moves the numbers its lever should, a
// slider previews then runs, assumptions reset, presentation mode, chart exports; saved names stay text; the
// browser's engine gives the API's numbers.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { axeProblems, kpis, parseShown, screenshot, waitForRun } from './lib/page-checks.ts';
import { signIn } from './lib/secretariat.ts';
import { useKaiji } from './lib/session.ts';

const session = useKaiji();
const open = session.open;

describe('the simulator', () => {
  const PRESET_CHECKS = [
    { key: 'baseline', label: /ベースライン（変更なし）/, same: 'PRODUCT_IN_HANDLING' },
    { key: 'cert-cc', label: /CERT\/CC/, lower: 'PRODUCT_IN_HANDLING' },
    { key: 'kisa-krcert', label: /KISA/, higher: 'BOUNTY_COST_JPY' },
    { key: 'ncsc-nl', label: /NCSC-NL/, higher: 'BOUNTY_COST_JPY' },
    { key: 'cert-eu', label: /CERT-EU/, higher: 'REPORTS_PER_WORKING_DAY' },
    { key: 'cisa-bod-20-01', label: /BOD/, lower: 'WEBSITE_IN_HANDLING' },
  ];

  test('each preset changes the numbers and the chart the way its lever should', async () => {
    const { context, page, errors } = await open('/simulate');
    try {
      await waitForRun(page);
      let lastChart = '';
      for (const p of PRESET_CHECKS) {
        await page.locator(`input[name="preset"][value="${p.key}"]`).check();
        await page.waitForURL(new RegExp(p.key === 'baseline' ? 'engine=' : `preset=${p.key}`));
        await waitForRun(page);
        const k = await kpis(page);
        if (p.same) assert.equal(k[p.same].scenario, k[p.same].baseline, `${p.key}: ${p.same}`);
        if (p.lower)
          assert.ok(
            parseShown(k[p.lower].scenario) < parseShown(k[p.lower].baseline),
            `${p.key}: ${p.lower} ${JSON.stringify(k[p.lower])}`,
          );
        if (p.higher)
          assert.ok(
            parseShown(k[p.higher].scenario) > parseShown(k[p.higher].baseline),
            `${p.key}: ${p.higher} ${JSON.stringify(k[p.higher])}`,
          );
        const chart = await page.locator('svg.kaiji-plot[aria-labelledby="series-chart-title"]').innerHTML();
        assert.notEqual(chart, lastChart, `${p.key}: the chart redraws`);
        lastChart = chart;
      }
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('a slider previews at once while moving, then the Monte Carlo run lands; the URL opens to the same numbers', async () => {
    const { context, page, errors } = await open('/simulate?preset=cert-cc');
    try {
      await waitForRun(page);
      const slider = page.locator('#fp-days');
      await slider.focus();
      const t0 = Date.now();
      for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => document.querySelector<HTMLInputElement>('#fp-days')?.value === '60');
      await waitForRun(page);
      const elapsed = Date.now() - t0;
      assert.ok(elapsed < 15_000, `run took ${elapsed} ms`);
      await page.waitForURL(/forcedPublication\.afterDays=60/);
      const numbers = await kpis(page);
      const url = page.url();

      const {
        context: fresh,
        page: again,
        errors: freshErrors,
      } = await open(new URL(url).pathname + new URL(url).search);
      await waitForRun(again);
      assert.equal(await again.inputValue('#fp-days'), '60');
      assert.deepEqual(await kpis(again), numbers);
      assert.deepEqual(freshErrors, []);
      await fresh.close();
      assert.deepEqual(errors, []);

      // The language switch keeps the scenario, which the page wrote into the URL without a navigation.
      await page.getByRole('link', { name: /English/ }).click();
      await page.waitForURL(/\/en\/simulate\?.*forcedPublication\.afterDays=60/);
      await waitForRun(page);
      assert.equal(await page.inputValue('#fp-days'), '60');
    } finally {
      await context.close();
    }
  });

  test('assumptions reset apart from the levers', async () => {
    const { context, page } = await open('/simulate?preset=cert-cc&assumption.forcedPublication.anticipation=0.8');
    try {
      await waitForRun(page);
      assert.equal(await page.inputValue('#fp-days'), '45');
      await page.getByRole('button', { name: /前提を既定値に戻す/ }).click();
      await page.waitForURL((u) => !u.search.includes('assumption.'));
      assert.equal(await page.inputValue('#fp-days'), '45');
    } finally {
      await context.close();
    }
  });

  test('presentation mode shows one large chart and leaves with Escape', async () => {
    const { context, page, errors } = await open('/simulate?preset=cert-cc');
    try {
      await waitForRun(page);
      await page.getByRole('button', { name: '発表モード' }).click();
      await page.locator('.present').waitFor();
      await page.locator('svg.kaiji-plot').waitFor();
      assert.match(await page.evaluate(() => document.activeElement?.textContent ?? ''), /発表モードを終了/);
      assert.equal(await page.locator('svg.kaiji-plot').count(), 1);
      assert.deepEqual(await axeProblems(page), []);
      await screenshot(page, 'simulate-present-ja', false);
      await page.keyboard.press('ArrowRight');
      await page.waitForURL(/chart=productPublishedCumulative/);
      await page.keyboard.press('Escape');
      await page.locator('.present').waitFor({ state: 'detached' });
      assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), '発表モード');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('every chart exports as SVG, PNG and CSV', async () => {
    const { context, page } = await open('/simulate?preset=cert-cc');
    try {
      await waitForRun(page);
      for (const format of ['SVG', 'PNG', 'CSV']) {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page
            .getByRole('button', { name: new RegExp(`${format}で保存`) })
            .first()
            .click(),
        ]);
        const body = readFileSync(await download.path());
        if (format === 'SVG') assert.match(body.toString('utf8'), /<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
        if (format === 'PNG') assert.equal(body.subarray(1, 4).toString('latin1'), 'PNG');
        if (format === 'CSV') assert.ok(body.toString('utf8').startsWith('\uFEFF'));
      }
    } finally {
      await context.close();
    }
  });
});

describe('saved scenarios', () => {
  const PAYLOADS = [
    '<img src=x onerror="window.__xss=1">',
    '"><script>window.__xss=2</script>',
    "javascript:window.__xss=3//'",
  ] as const;

  test('save (names as untrusted text), reload, compare; markup never runs', async () => {
    const { context, page, errors } = await open('/simulate?preset=cert-cc');
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    try {
      // Writes are the secretariat's (writes.test.ts tests the sign-in itself).
      await signIn(page, session.kaiji, '/simulate?preset=cert-cc');
      await waitForRun(page);
      const names = [`45日 ${PAYLOADS[0]}`, `報奨金 ${PAYLOADS[1]}`] as const;
      await page.fill('input[name=name]', names[0]);
      await page.fill('textarea[name=description]', PAYLOADS[2]);
      await page.getByRole('button', { name: 'このシナリオを保存' }).click();
      await page.locator('table.saved-list .saved-name', { hasText: '45日' }).waitFor();
      await page.locator('input[name="preset"][value="kisa-krcert"]').check();
      await waitForRun(page);
      await page.fill('input[name=name]', names[1]);
      await page.getByRole('button', { name: 'このシナリオを保存' }).click();
      await page.locator('table.saved-list .saved-name', { hasText: '報奨金' }).waitFor();

      await page.reload({ waitUntil: 'networkidle' });
      const shown = await page.locator('table.saved-list .saved-name').allTextContents();
      for (const n of names) assert.ok(shown.includes(n), `"${n}" is shown verbatim`);
      assert.ok((await page.locator('table.saved-list .desc').allTextContents()).includes(PAYLOADS[2]));

      const boxes = page.locator('table.saved-list input[type=checkbox]');
      await boxes.nth(0).check();
      await boxes.nth(1).check();
      await page.getByRole('button', { name: /選んだシナリオを比較/ }).click();
      const table = page.locator('table.compare-table');
      await table.waitFor({ timeout: 30_000 });
      const heads = await table.locator('thead th').allTextContents();
      for (const n of names) assert.ok(heads.includes(n));
      const differing = await table.locator('tr.diff').count();
      assert.ok(differing > 0);
      // A differing row says so in words, not by its tint alone.
      const flags = await table.locator('tr.diff th .diff-flag').allTextContents();
      assert.deepEqual(flags, new Array<string>(differing).fill('差異あり'));
      await screenshot(page, 'simulate-saved-ja');

      // Opening a saved scenario reproduces its levers.
      await page.locator('table.saved-list tr', { hasText: '45日' }).getByRole('link').click();
      await waitForRun(page);
      assert.equal(await page.inputValue('#fp-days'), '45');

      assert.equal(await page.evaluate(() => (window as { __xss?: unknown }).__xss), undefined);
      assert.equal(await page.locator('img[src="x"]').count(), 0);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('a name over the limit is refused with a reason', async () => {
    const { context, page } = await open('/simulate');
    try {
      await signIn(page, session.kaiji, '/simulate');
      await waitForRun(page);
      // The field itself stops at 120 characters; a request that gets past it is refused on the server.
      assert.equal(await page.getAttribute('input[name=name]', 'maxlength'), '120');
      const res = await page.evaluate(async () => {
        const body = new FormData();
        body.set('name', 'x'.repeat(121));
        body.set('input', '{}');
        body.set('engineVersion', '1');
        const r = await fetch('?/save', { method: 'POST', body, headers: { 'x-sveltekit-action': 'true' } });
        return r.json();
      });
      assert.equal(res.type, 'failure');
      assert.match(res.data, /name-too-long/);
    } finally {
      await context.close();
    }
  });
});

describe('the same engine as the API', () => {
  test('the browser and the API give the same numbers for the same input', async () => {
    const input = { forcedPublication: { afterDays: 45, appliesTo: 'ALL_PRODUCT_REPORTS' } };
    const data = await session.graphql(
      'query($input: SimulationInput!) { simulate(input: $input) { engineVersion metrics { key baseline scenario } } }',
      { input },
    );
    const api = Object.fromEntries(data.simulate.metrics.map((x: { key: string }) => [x.key, x]));
    const { context, page } = await open('/simulate?preset=cert-cc');
    try {
      await waitForRun(page);
      const k = await kpis(page);
      for (const key of ['PRODUCT_IN_HANDLING', 'PRODUCT_PUBLISHED', 'WEBSITE_IN_HANDLING']) {
        assert.equal(parseShown(k[key].scenario), Math.round(api[key].scenario), key);
        assert.equal(parseShown(k[key].baseline), Math.round(api[key].baseline), key);
      }
    } finally {
      await context.close();
    }
  });
});
