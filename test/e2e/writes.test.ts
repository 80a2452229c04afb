// Browser tests of writes (issue 12): only the signed-in secretariat saves, renames and deletes scenarios when
// the servers run with KAIJI_WRITE_TOKEN; the cookie is HttpOnly and SameSite=Strict; a cross-site post is
// refused; the API refuses any client without the token; a scenario named like a formula reaches the exports as
// text; one visitor over the export budget gets 429 in its language; without the token the page says writes are
// open to anyone.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { SECURITY_HEADERS } from '../../packages/serving/src/security-headers.js';
import { screenshot, waitForRun } from './lib/page-checks.ts';
import { signIn } from './lib/secretariat.ts';
import { useKaiji } from './lib/session.ts';

const FORMULA = '=HYPERLINK("http://example.invalid","x")';

/** The scenarios the API has, by name. */
async function savedNames(apiUrl: string) {
  const res = await fetch(apiUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ scenarios(first: 100) { edges { node { id name } } } }' }),
  });
  const body = await res.json();
  return body.data.scenarios.edges.map((e: { node: { name: string } }) => e.node.name);
}

/** CSV text as rows of cells (RFC 4180: quotes, doubled quotes, CRLF), as a spreadsheet would read it. */
const parseCsv = (text: string): string[][] => parse(text, { relaxColumnCount: true });

const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

describe('with writes protected (KAIJI_WRITE_TOKEN)', () => {
  const session = useKaiji();

  test('a visitor reads saved scenarios but cannot write them, through the page or around it', async () => {
    const { context, page, errors } = await session.open('/simulate');
    try {
      await waitForRun(page);
      const section = page.locator('section.saved');
      assert.match(await section.innerText(), /保存・名前の変更・削除には事務局のサインインが必要です/);
      assert.equal(await page.locator('form.save-form').count(), 0);
      assert.ok(await section.getByRole('link', { name: '事務局としてサインイン' }).isVisible());
      // A forged form post (the page offers none) is refused by the web server: nothing reaches the store.
      const forged = await page.evaluate(async () => {
        const body = new FormData();
        body.set('name', 'forged');
        body.set('input', '{}');
        body.set('engineVersion', '1');
        const r = await fetch('?/save', { method: 'POST', body, headers: { 'x-sveltekit-action': 'true' } });
        return { status: r.status, body: await r.json() };
      });
      assert.equal(forged.body.type, 'failure');
      assert.equal(forged.body.status, 401);
      assert.match(forged.body.data, /signed-out/);
      // Any client of the API itself, without the token: 401.
      const direct = await fetch(session.kaiji.apiUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({
          query: 'mutation ($s: SaveScenarioInput!) { saveScenario(input: $s) { id } }',
          variables: { s: { name: 'direct', input: '{}', engineVersion: '1' } },
        }),
      });
      assert.equal(direct.status, 401);
      assert.deepEqual(await savedNames(session.kaiji.apiUrl), []);
      await screenshot(page, 'writes-signed-out-ja');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('a wrong passphrase is refused in the page’s language; the right one gives an HttpOnly, SameSite=Strict session', async () => {
    const { context, page, errors } = await session.open('/sign-in');
    try {
      await page.fill('input[name=passphrase]', 'not the passphrase');
      await page.locator('form.sign-in button[type=submit]').click();
      await page.getByRole('alert').waitFor();
      assert.equal(await page.getByRole('alert').innerText(), '合言葉が違います。');
      assert.deepEqual(await context.cookies(), []);
      await screenshot(page, 'sign-in-wrong-ja');

      await signIn(page, session.kaiji, '/simulate');
      const [cookie] = await context.cookies();
      assert.equal(cookie?.name, 'kaiji_session');
      assert.equal(cookie.httpOnly, true);
      assert.equal(cookie.sameSite, 'Strict');
      // Served over plain HTTP here; behind TLS (ORIGIN=https://…) the cookie is Secure.
      assert.equal(cookie.secure, false);
      assert.equal(await page.evaluate(() => document.cookie), '', 'no script can read the session');
      assert.ok(await page.locator('form.save-form').isVisible());

      // Another site's form, even with the session cookie, is refused (Kit's origin check; SameSite=Strict
      // means a browser would not even send the cookie).
      const crossSite = await fetch(`${session.kaiji.webUrl}/simulate?/save`, {
        method: 'POST',
        headers: {
          origin: 'http://attacker.invalid',
          cookie: `${cookie.name}=${cookie.value}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ name: 'cross-site', input: '{}', engineVersion: '1' }),
      });
      assert.equal(crossSite.status, 403);
      assert.ok(!(await savedNames(session.kaiji.apiUrl)).includes('cross-site'));

      // Signing out ends the session on the server, not only in this browser.
      await page.getByRole('button', { name: 'サインアウト' }).click();
      await page.locator('section.saved a', { hasText: '事務局としてサインイン' }).waitFor();
      const afterSignOut = await fetch(`${session.kaiji.webUrl}/simulate?/save`, {
        method: 'POST',
        headers: {
          origin: session.kaiji.webUrl,
          cookie: `${cookie.name}=${cookie.value}`,
          'content-type': 'application/x-www-form-urlencoded',
          'x-sveltekit-action': 'true',
        },
        body: new URLSearchParams({ name: 'after sign-out', input: '{}', engineVersion: '1' }),
      });
      assert.match(await afterSignOut.text(), /signed-out/);
      assert.ok(!(await savedNames(session.kaiji.apiUrl)).includes('after sign-out'));
      // The refused passphrase's page is a 403 by design, which Chromium reports as a failed load.
      assert.deepEqual(
        errors.filter((e) => !/status of 403/.test(e)),
        [],
      );
    } finally {
      await context.close();
    }
  });

  test('signed in: save, rename and delete; a formula-like name reaches every export as text', async () => {
    const { context, page, errors } = await session.open('/simulate?preset=cert-cc');
    page.on('dialog', (d) => void d.accept());
    try {
      await signIn(page, session.kaiji, '/simulate?preset=cert-cc');
      await waitForRun(page);
      const save = async (name: string) => {
        await page.fill('form.save-form input[name=name]', name);
        await page.getByRole('button', { name: 'このシナリオを保存' }).click();
        await page.locator('table.saved-list .saved-name', { hasText: name }).waitFor();
      };
      await save(FORMULA);
      await page.locator('input[name="preset"][value="kisa-krcert"]').check();
      await waitForRun(page);
      await save('報奨金（仮）');

      // Rename the second; the list and the API show the new name.
      const row = page.locator('table.saved-list tr', { hasText: '報奨金（仮）' });
      await row.locator('summary', { hasText: '名前を変更' }).click();
      await row.locator('input[name=name]').fill('報奨金 10 万円');
      await row.getByRole('button', { name: '名前を変更' }).click();
      await page.locator('table.saved-list .saved-name', { hasText: '報奨金 10 万円' }).waitFor();
      assert.deepEqual((await savedNames(session.kaiji.apiUrl)).sort(), [FORMULA, '報奨金 10 万円'].sort());

      // Compare both and download the comparison: the formula is a text cell.
      const boxes = page.locator('table.saved-list input[type=checkbox]');
      await boxes.nth(0).check();
      await boxes.nth(1).check();
      await page.getByRole('button', { name: /選んだシナリオを比較/ }).click();
      await page.locator('table.compare-table').waitFor({ timeout: 30_000 });
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '比較を CSV で保存' }).click(),
      ]);
      const csv = readFileSync(await download.path(), 'utf8');
      assert.ok(csv.startsWith('\uFEFF'));
      const rows = parseCsv(csv.slice(1));
      assert.ok(rows[0]?.includes(`'${FORMULA}`), `header has the name as text: ${rows[0]?.join(' | ')}`);
      // Every export that carries saved text: no cell may start like a formula.
      const exports = [
        { name: 'comparison CSV', rows },
        {
          name: 'matrix CSV (API)',
          rows: parseCsv(
            (
              await (await fetch(`${session.kaiji.apiUrl.replace('/graphql', '')}/export/matrix.csv?lang=ja`)).text()
            ).slice(1),
          ),
        },
        {
          name: 'matrix CSV (UI)',
          rows: parseCsv((await (await fetch(`${session.kaiji.webUrl}/programs/export.csv`)).text()).slice(1)),
        },
      ];
      for (const file of exports) {
        assert.ok(file.rows.length > 1, `${file.name} has rows`);
        for (const cell of file.rows.flat()) assert.doesNotMatch(cell, FORMULA_START, `${file.name}: ${cell}`);
      }
      await screenshot(page, 'writes-signed-in-ja');

      // Delete the formula-named one (the page asks first).
      const formulaRow = page.locator('table.saved-list tr', { hasText: 'HYPERLINK' });
      await formulaRow.getByRole('button', { name: '削除' }).click();
      await page.locator('table.saved-list .saved-name', { hasText: 'HYPERLINK' }).waitFor({ state: 'detached' });
      assert.deepEqual(await savedNames(session.kaiji.apiUrl), ['報奨金 10 万円']);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('the signed-in list fits at 1920, 1280 and a phone, in English too', async () => {
    const { context, page, errors } = await session.open('/en/sign-in', { viewport: { width: 1920, height: 1080 } });
    try {
      await signIn(page, session.kaiji, '/en/simulate', '/en');
      await waitForRun(page);
      const text = await page.locator('section.saved').innerText();
      assert.match(text, /signed in as the secretariat/);
      assert.doesNotMatch(text, /[\u3000-\u303f\u3040-\u30ff]/, 'no Japanese on the English page');
      for (const [width, height] of [
        [1920, 1080],
        [1280, 800],
        [390, 844],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.locator('section.saved').scrollIntoViewIfNeeded();
        await screenshot(page, `writes-en-${width}`, false);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `no sideways scroll at ${width} (${overflow} px)`);
      }
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('pages, static files, exports and the API all carry the same security headers', async () => {
    const api = session.kaiji.apiUrl.replace('/graphql', '');
    for (const url of [
      `${session.kaiji.webUrl}/`,
      `${session.kaiji.webUrl}/sign-in`,
      `${session.kaiji.webUrl}/favicon.svg`,
      `${session.kaiji.webUrl}/programs/export.csv`,
      `${api}/graphql`,
      `${api}/export/matrix.json`,
    ]) {
      const res = await fetch(url, { headers: { accept: 'text/html' } });
      assert.equal(res.status, 200, url);
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        assert.equal(res.headers.get(name), value, `${url} ${name}`);
      assert.match(res.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/, url);
    }
    // A static SVG opened on its own may run nothing.
    const svg = await fetch(`${session.kaiji.webUrl}/favicon.svg`);
    assert.match(svg.headers.get('content-security-policy') ?? '', /^default-src 'none'/);
  });

  test('a visitor over the export budget gets 429 with Retry-After, in its language', async () => {
    let refused;
    for (let i = 0; i < 100 && !refused; i++) {
      const res = await fetch(`${session.kaiji.webUrl}/programs/export.csv?lang=ja`);
      if (res.status === 429) refused = res;
      else assert.equal(res.status, 200);
    }
    assert.ok(refused, 'refused within 100 exports');
    assert.match(refused.headers.get('retry-after') ?? '', /^\d+$/);
    assert.match(await refused.text(), /エクスポートが多すぎます/);
  });
});

describe('with writes open (no KAIJI_WRITE_TOKEN)', () => {
  const session = useKaiji({ protectWrites: false });

  test('the page says anyone who can reach it can write, and saving needs no sign-in', async () => {
    const { context, page, errors } = await session.open('/simulate');
    try {
      await waitForRun(page);
      assert.match(
        await page.locator('section.saved .writes-open').innerText(),
        /ここに届く人は誰でもシナリオを保存・変更・削除できます/,
      );
      await page.fill('form.save-form input[name=name]', '公開サーバーで保存');
      await page.getByRole('button', { name: 'このシナリオを保存' }).click();
      await page.locator('table.saved-list .saved-name', { hasText: '公開サーバーで保存' }).waitFor();
      await page.goto(`${session.kaiji.webUrl}/en/sign-in`, { waitUntil: 'networkidle' });
      assert.match(await page.locator('main').innerText(), /anyone who can reach it can save/);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
