import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { emptyScenario } from '$lib/simulate/scenario';
import type { SimulationReport } from '$lib/server/simulation-report';
import { workbookBytes } from './sheet';
import { simulationWorkbook } from './simulation';

/** A report in the shape the API's answers give it; the scenario name is formula-like on purpose. */
const report = (locale: 'ja' | 'en'): SimulationReport => ({
  locale,
  title: '=HYPERLINK("http://evil.example","x")',
  levers: 'levers',
  scenario: emptyScenario(),
  startsOn: null,
  link: 'http://localhost/simulate?preset=cert-cc',
  made: '2026-12-01',
  result: {
    seed: 1,
    trials: 200,
    engineVersion: '1.0.0',
    modelVersion: 'abc',
    asOf: '2020-09-30',
    dataEndsOn: '2020-06-30',
    calibrated: true,
    metrics: [
      {
        key: 'PRODUCT_PUBLISHED_WITHOUT_FIX',
        label: 'published without a fix',
        unit: 'reports',
        baseline: 21.4,
        baselineLow: 13,
        baselineHigh: 27,
        scenario: 1965.2,
        scenarioLow: 1085,
        scenarioHigh: 2876,
      },
      {
        key: 'PRODUCT_PUBLISHED_WITHIN_45_DAYS_SHARE',
        label: 'share within 45 days',
        unit: 'share',
        baseline: 0.289,
        baselineLow: 0.274,
        baselineHigh: 0.304,
        scenario: 0.993,
        scenarioLow: 0.991,
        scenarioHigh: 0.995,
      },
    ],
    assumptions: [
      {
        key: 'forcedPublication.patchHazardRatio',
        kind: 'assumption',
        value: 2.5,
        rangeLow: 1,
        rangeHigh: 4,
        unit: 'ratio',
        drawn: false,
        overridden: false,
        confidence: 'H',
        text: 'Hazard ratio of a fix once public.',
        basis: null,
        source: {
          label: 'Arora et al. (2010)',
          locator: null,
          url: 'https://doi.org/10.1287/isre.1080.0226',
          accessed: '2026-11-30',
        },
      },
    ],
    series: [
      {
        name: 'productInHandling',
        quarters: ['2020Q2', '2020Q3'],
        baseline: { low: [1, 2], mean: [3, 4], high: [5, 6] },
        scenario: { low: [1, 2], mean: [2, 3], high: [4, 5] },
        observed: [3, null],
      },
    ],
    warnings: [],
  },
  tornado: {
    metric: 'PRODUCT_PUBLISHED_WITHOUT_FIX',
    base: 1956.65,
    trials: 10,
    runs: 3,
    bars: [{ assumption: 'forcedPublication.patchHazardRatio', low: 1, high: 4, atLow: 2100.5, atHigh: 1800.25 }],
  },
});

async function readBack(locale: 'ja' | 'en') {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await workbookBytes(simulationWorkbook(report(locale)))) as unknown as ArrayBuffer);
  return workbook;
}

describe('given a scenario report', () => {
  it('writes Japanese sheets and headers, numbers as numbers in their unit’s format', async () => {
    const workbook = await readBack('ja');
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '主な指標',
      '系列',
      '前提',
      '感度分析',
      'この資料について',
    ]);
    const metrics = workbook.worksheets[0]!;
    const header = metrics.getRow(5);
    expect(header.getCell(1).value).toBe('指標');
    expect(metrics.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    const row = metrics.getRow(6);
    expect(row.getCell(6).value).toBe(1965.2);
    expect(row.getCell(6).numFmt).toBe('#,##0');
    expect(metrics.getRow(7).getCell(6).numFmt).toBe('0.0%');
    expect(row.getCell(9).value).toBeCloseTo(1943.8);
  });

  it('marks the quarters after the data’s end as projected and keeps observed values beside them', async () => {
    const series = (await readBack('ja')).getWorksheet('系列')!;
    const rows = [series.getRow(6), series.getRow(7)];
    expect(rows.map((r) => [r.getCell(2).value, r.getCell(3).value, r.getCell(4).value])).toEqual([
      ['2020Q2', '再現', 3],
      ['2020Q3', '予測', null],
    ]);
  });

  it('keeps a formula-like name as text and links the sources', async () => {
    const workbook = await readBack('en');
    const title = workbook.worksheets[0]!.getCell('A1');
    expect(title.type).toBe(ExcelJS.ValueType.String);
    expect(title.value).toBe('=HYPERLINK("http://evil.example","x")');
    const assumptions = workbook.getWorksheet('Assumptions')!;
    const url = assumptions.getRow(5).getCell(10).value as { hyperlink: string };
    expect(url.hyperlink).toBe('https://doi.org/10.1287/isre.1080.0226');
    const tornado = workbook.getWorksheet('Sensitivity')!;
    const bar = tornado.getRow(7);
    expect([bar.getCell(1).value, bar.getCell(5).value, bar.getCell(7).value]).toEqual([1, 2100.5, 300.25]);
    const texts: string[] = [];
    workbook.eachSheet((s) => s.eachRow((r) => r.eachCell((c) => typeof c.value === 'string' && texts.push(c.value))));
    expect(texts.join(' ')).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });
});
