// Browser tests of a scenario's meeting files (issue 11): the workbook and the deck of /simulate, downloaded with
// the buttons beside the CSV export, then read back as the user's software would (exceljs, the package's parts
// with jszip) and their figures checked against the API's answer for the same scenario.
import type { Page } from 'playwright-core';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { apiData } from './lib/api.ts';
import { useKaiji } from './lib/session.ts';
import { frozenRows, readWorkbook, rowWhere, sheetOf } from './lib/workbook.ts';

const session = useKaiji();

const CERT_CC = { forcedPublication: { afterDays: 45, appliesTo: 'ALL_PRODUCT_REPORTS' } };

const graphql = session.graphql;

/** The API's answer for the CERT/CC preset: its simulation and its tornado, one operation each (the API runs at
 * most one expensive field per operation). */
async function apiRun() {
  const run = await graphql(
    `
      query ($input: SimulationInput!) {
        simulate(input: $input) {
          metrics {
            key
            scenario
            baseline
          }
          assumptions {
            key
            source {
              url
              ja: label(lang: JA)
              en: label(lang: EN)
            }
          }
        }
      }
    `,
    { input: CERT_CC },
  );
  const tornado = await graphql(
    `
      query ($input: SimulationInput!) {
        sensitivity(input: $input, metric: PRODUCT_PUBLISHED_WITHOUT_FIX) {
          base
          bars {
            assumption
            atLow
            atHigh
          }
        }
      }
    `,
    { input: CERT_CC },
  );
  return { ...run, ...tornado };
}

/** Clicks a download link of the page and returns the file's path and name, and how long it took. */
async function download(page: Page, name: string | RegExp) {
  const started = Date.now();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  const path = await file.path();
  return { path, name: file.suggestedFilename(), ms: Date.now() - started };
}

describe('the scenario workbook (/simulate/tables.xlsx)', () => {
  for (const [prefix, button, sheets, header] of [
    ['', 'このシナリオの数表を Excel で書き出す', ['主な指標', '系列', '前提', '感度分析', 'この資料について'], '指標'],
    [
      '/en',
      /Export this scenario.s tables as Excel/,
      ['Key figures', 'Series', 'Assumptions', 'Sensitivity', 'About'],
      'Metric',
    ],
  ] as const) {
    test(`${prefix || '/'}: sheets, headers, the API's numbers as numbers, sources, frozen headers`, async () => {
      const api = await apiRun();
      const { page, context } = await session.open(`${prefix}/simulate?preset=cert-cc`);
      const file = await download(page, button);
      console.log(`# workbook ${prefix || '/'} downloaded in ${file.ms} ms`);
      assert.match(
        file.name,
        new RegExp(`^kaiji-scenario-tables-${prefix ? 'en' : 'ja'}-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`),
      );
      const workbook = await readWorkbook(file.path);
      assert.deepEqual(
        workbook.worksheets.map((s) => s.name),
        sheets,
      );
      const metrics = sheetOf(workbook, 0);
      const head = rowWhere(metrics, 1, header);
      assert.deepEqual(frozenRows(metrics), { state: 'frozen', ySplit: head.number });
      const key = 'PRODUCT_PUBLISHED_WITHOUT_FIX';
      const row = rowWhere(metrics, 10, key);
      const want = api.simulate.metrics.find((x: { key: string }) => x.key === key);
      assert.equal(row.getCell(6).value, want.scenario);
      assert.equal(row.getCell(3).value, want.baseline);
      assert.equal(row.getCell(6).numFmt, '#,##0');
      assert.equal(rowWhere(metrics, 10, 'PRODUCT_PUBLISHED_WITHIN_45_DAYS_SHARE').getCell(6).numFmt, '0.0%');
      // The tornado's first bar is the API's, with its values as numbers.
      const tornado = sheetOf(workbook, sheets[3]);
      const first = rowWhere(tornado, 1, 1);
      assert.equal(first.getCell(10).value, api.sensitivity.bars[0].assumption);
      assert.equal(first.getCell(5).value, api.sensitivity.bars[0].atLow);
      // Sources: each assumption's source as the API names it; a URL, where the registry has one, as a link.
      const assumptions = sheetOf(workbook, sheets[2]);
      const cells: ExcelJS.CellValue[] = [];
      assumptions.eachRow((r) => r.eachCell((c) => cells.push(c.value)));
      const url = api.simulate.assumptions.find((a: { source?: { url?: string } }) => a.source?.url)?.source.url;
      if (url)
        assert.ok(
          cells.some((v) => v && typeof v === 'object' && 'hyperlink' in v && v.hyperlink === url),
          `the source URL ${url}`,
        );
      for (const a of api.simulate.assumptions.filter((x: { source?: unknown }) => x.source))
        assert.ok(
          cells.some((v) => typeof v === 'string' && v.startsWith(a.source[prefix ? 'en' : 'ja'])),
          `the source of ${a.key}`,
        );
      // Series: observed values beside the simulated ones, the projected quarters marked.
      const series = sheetOf(workbook, sheets[1]);
      const observed: ExcelJS.CellValue[] = [];
      series.eachRow((r) => typeof r.getCell(4).value === 'number' && observed.push(r.getCell(4).value));
      assert.ok(observed.length > 10, 'observed values');
      if (!prefix) {
        const texts = cells.filter((v) => typeof v === 'string').join(' ');
        assert.match(texts, /[\u3040-\u30ff\u4e00-\u9fff]/);
      }
      await context.close();
    });
  }

  test('a scenario name starting with = stays text; bad parameters are a plain 400 in the page language', async () => {
    const name = '=HYPERLINK("https://example.com","x")';
    const res = await fetch(
      `${session.kaiji.webUrl}/simulate/tables.xlsx?preset=cert-cc&name=${encodeURIComponent(name)}`,
    );
    assert.equal(res.status, 200);
    const workbook = await readWorkbook(await res.arrayBuffer());
    const title = sheetOf(workbook, 0).getCell('A1');
    assert.equal(title.value, name);
    assert.equal(title.type, ExcelJS.ValueType.String);
    assert.equal(title.formula, undefined);

    const ja = await fetch(`${session.kaiji.webUrl}/simulate/tables.xlsx?bounty.amountJpy=-5`);
    assert.equal(ja.status, 400);
    assert.match(await ja.text(), /パラメータ「bounty\.amountJpy」の値「-5」は使えません（0 以上/);
    const en = await fetch(`${session.kaiji.webUrl}/en/simulate/tables.xlsx?metric=NOPE`);
    assert.equal(en.status, 400);
    const text = await en.text();
    assert.match(text, /"metric"/);
    assert.doesNotMatch(text, /[\u3040-\u30ff\u4e00-\u9fff]/);
  });
});

describe('the scenario deck (/simulate/deck.pptx)', () => {
  test('slides, native charts, the title and the API’s key figures', async () => {
    const api = await apiRun();
    const { page, context } = await session.open('/simulate?preset=cert-cc');
    const file = await download(page, 'このシナリオを PowerPoint で書き出す');
    console.log(`# deck downloaded in ${file.ms} ms`);
    assert.match(file.name, /^kaiji-scenario-ja-\d{4}-\d{2}-\d{2}\.pptx$/);
    const zip = await JSZip.loadAsync(readFileSync(file.path));
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    const charts = Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
    // Title, key figures, five series, the tornado, the assumptions six to a slide, sources.
    assert.equal(slides.length, 1 + 1 + 5 + 1 + Math.ceil(api.simulate.assumptions.length / 6) + 1);
    assert.equal(charts.length, 6, 'five series and the tornado, each a native chart');
    const slide = async (n: number) => zip.file(`ppt/slides/slide${n}.xml`)!.async('string');
    const text = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((x) => x[1]).join('');
    const title = text(await slide(1));
    assert.match(title, /一定期間経過後の公開：45 日/);
    assert.match(title, /エンジン v/);
    const kpi = text(await slide(2));
    const want = api.simulate.metrics.find((x: { key: string }) => x.key === 'PRODUCT_PUBLISHED_WITHOUT_FIX');
    assert.ok(kpi.includes(Math.round(want.scenario).toLocaleString('ja-JP')), `${want.scenario} in ${kpi}`);
    assert.ok(kpi.includes(Math.round(want.baseline).toLocaleString('ja-JP')), `${want.baseline} in ${kpi}`);
    // The series chart of the 45-day share has its title; its chart marks the data's end (a projected line).
    const titles = await Promise.all(slides.map(async (f) => text(await zip.file(f)!.async('string'))));
    assert.ok(titles.some((t) => t.startsWith('製品：その四半期の公表のうち受理から45日以内の割合')));
    await context.close();
  });
});

describe('the comparison of saved scenarios as a deck and a workbook (/simulate/compare.pptx, .xlsx)', () => {
  const BOUNTY = { bounty: { amountJpy: 70_000 } };
  /** Saves a scenario through the API as the secretariat would, returning its id. */
  async function save(name: string, input: object): Promise<string> {
    const { simulate } = await graphql(
      'query ($input: SimulationInput!) { simulate(input: $input) { engineVersion } }',
      {
        input,
      },
    );
    const { saveScenario } = await apiData(
      session.kaiji.apiUrl,
      'mutation ($input: SaveScenarioInput!) { saveScenario(input: $input) { id } }',
      { input: { name, input: JSON.stringify(input), engineVersion: simulate.engineVersion } },
      { writeToken: session.kaiji.writeToken },
    );
    return saveScenario.id;
  }
  type Metric = { key: string; scenario: number; baseline: number };
  const metricsOf = async (input: object): Promise<Metric[]> =>
    (
      await graphql(
        'query ($input: SimulationInput!) { simulate(input: $input) { metrics { key scenario baseline } } }',
        {
          input,
        },
      )
    ).simulate.metrics;
  // A name that a spreadsheet would run as a formula if it were written as one.
  const NAMES = ['CERT/CC 型 45日', '=HYPERLINK("https://example.com","報奨金")'] as const;
  let ids: string[] = [];

  test('from the comparison on /simulate: the deck names the scenarios, its charts are native, its figures the API’s', async () => {
    ids = [await save(NAMES[0], CERT_CC), await save(NAMES[1], BOUNTY)];
    const { page, context } = await session.open('/simulate');
    for (const name of NAMES) await page.getByRole('checkbox', { name: `比較に加える：${name}` }).check();
    await page.getByRole('button', { name: /選んだシナリオを比較/ }).click();
    await page.locator('table.compare-table').waitFor({ timeout: 60_000 });
    const file = await download(page, '比較を PowerPoint で書き出す');
    console.log(`# comparison deck downloaded in ${file.ms} ms`);
    assert.match(file.name, /^kaiji-comparison-ja-\d{4}-\d{2}-\d{2}\.pptx$/);
    const zip = await JSZip.loadAsync(readFileSync(file.path));
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    const charts = Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
    // Title, key figures, five series, sources.
    assert.equal(slides.length, 1 + 1 + 5 + 1);
    assert.equal(charts.length, 5, 'five series, each a native chart');
    for (const chart of charts) {
      const xml = await zip.file(chart)!.async('string');
      assert.match(xml, /<c:lineChart>/);
      // Each scenario's line is in the chart, named after the scenario.
      for (const name of NAMES) assert.ok(xml.includes(name.replaceAll('&', '&amp;').replaceAll('"', '&quot;')), name);
    }
    const text = async (n: number) =>
      [...(await zip.file(`ppt/slides/slide${n}.xml`)!.async('string')).matchAll(/<a:t>([^<]*)<\/a:t>/g)]
        .map((x) => (x[1] ?? '').replaceAll('&quot;', '"').replaceAll('&amp;', '&'))
        .join('');
    const title = await text(1);
    assert.match(title, /2 件のシナリオの比較/);
    for (const name of NAMES) assert.ok(title.includes(name), `${name} on the title slide`);
    assert.match(title, /一定期間経過後の公開：45 日/);
    const kpi = await text(2);
    const [a, b] = [await metricsOf(CERT_CC), await metricsOf(BOUNTY)];
    for (const [metrics, arm] of [
      [a, 'scenario'],
      [b, 'scenario'],
      [a, 'baseline'],
    ] as const) {
      const want = metrics.find((x) => x.key === 'PRODUCT_PUBLISHED_WITHOUT_FIX')?.[arm];
      assert.ok(want !== undefined, `no ${arm} for PRODUCT_PUBLISHED_WITHOUT_FIX`);
      assert.ok(kpi.includes(Math.round(want).toLocaleString('ja-JP')), `${want} in ${kpi}`);
    }
    assert.match(kpi, /（[\d,]+–[\d,]+）/, '90% bands');
    assert.match(await text(8), /出典/);
    await context.close();
  });

  test('the workbook: a row per metric and scenario with the API’s numbers, names as text', async () => {
    const res = await fetch(`${session.kaiji.webUrl}/simulate/compare.xlsx?ids=${ids.join(',')}`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-disposition') ?? '', /kaiji-comparison-tables-ja-\d{4}-\d{2}-\d{2}\.xlsx/);
    const workbook = await readWorkbook(await res.arrayBuffer());
    assert.deepEqual(
      workbook.worksheets.map((s) => s.name),
      ['主な指標', '系列', 'シナリオ', 'この資料について'],
    );
    const metrics = sheetOf(workbook, 0);
    const key = 'PRODUCT_PUBLISHED_WITHOUT_FIX';
    const want = (await metricsOf(BOUNTY)).find((x) => x.key === key);
    assert.ok(want, `the API has no ${key}`);
    let row: ExcelJS.Row | undefined;
    metrics.eachRow((r) => {
      if (r.getCell(12).value === key && r.getCell(3).value === NAMES[1]) row = r;
    });
    assert.ok(row, 'the bounty scenario’s row');
    assert.equal(row.getCell(8).value, want.scenario);
    assert.equal(row.getCell(5).value, want.baseline);
    assert.equal(row.getCell(3).type, ExcelJS.ValueType.String, 'a name starting with = stays text');
    assert.equal(frozenRows(metrics).state, 'frozen');
    const names: ExcelJS.CellValue[] = [];
    sheetOf(workbook, 'シナリオ').eachRow((r) => names.push(r.getCell(1).value));
    for (const name of NAMES) assert.ok(names.includes(name), name);
  });

  test('bad parameters are a plain 400 in the page language', async () => {
    const get = (path: string) => fetch(`${session.kaiji.webUrl}${path}`);
    const one = await get(`/simulate/compare.pptx?ids=${ids[0]}`);
    assert.equal(one.status, 400);
    assert.match(await one.text(), /異なる保存シナリオを 2〜4 件指定してください/);
    const missing = await get(`/simulate/compare.xlsx?ids=${ids[0]},nope`);
    assert.equal(missing.status, 400);
    assert.match(await missing.text(), /保存シナリオ「nope」は見つかりません/);
    const en = await get(`/en/simulate/compare.pptx?ids=${ids.join(',')}&preset=cert-cc`);
    assert.equal(en.status, 400);
    const text = await en.text();
    assert.match(text, /The parameter "preset" is not used by this export/);
    assert.doesNotMatch(text, /[\u3040-\u30ff\u4e00-\u9fff]/);
    assert.equal((await get(`/simulate/compare.pptx?ids=${ids.join(',')}`)).status, 200, 'the server keeps serving');
  });
});
