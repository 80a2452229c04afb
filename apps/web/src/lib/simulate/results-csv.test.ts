import { runSimulation } from '@kaiji/sim';
import { loadSimulationModel } from '@kaiji/sim/node';
import { describe, expect, it } from 'vitest';
import { asShown, exportName, resultsTable, runText } from './results-csv';

const model = loadSimulationModel();
const result = runSimulation({ bounty: { amountJpy: 70000 } }, model, { mode: 'preview' });
const table = (locale: 'ja' | 'en') =>
  resultsTable(result, { title: 'KISA', link: 'http://x/simulate?preset=kisa-krcert', locale, seriesTitle: (n) => n });

describe('given a run to export', () => {
  it('writes headers and names in the page language', () => {
    expect(table('ja').header.slice(0, 7)).toEqual(['区分', '名称', '時点', '単位', '期間', '実績', 'ベースライン']);
    expect(table('en').header.slice(0, 7)).toEqual([
      'Section',
      'Name',
      'Date',
      'Unit',
      'Period',
      'Observed',
      'Baseline',
    ]);
    const jaRows = table('ja').rows;
    expect(jaRows.find((r) => r[0] === '指標')?.[1]).toMatch(/[\u3040-\u9fff]/);
    expect(JSON.stringify(table('en').rows)).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it('rounds every value as the page shows it (no float noise)', () => {
    for (const row of table('ja').rows.slice(3)) {
      if (row[5] !== null) expect(typeof row[5]).toBe('number');
      for (const v of row.slice(6)) {
        expect(typeof v).toBe('number');
        expect(String(v)).toMatch(/^-?\d+(\.\d{1,2})?$/);
      }
    }
    expect(asShown(2180.9999999999995, 'reports')).toBe(2181);
    expect(asShown(0.29049, 'share')).toBe(29);
    expect(asShown(4.0312, 'reports/working day')).toBe(4.03);
  });

  it('says which run made the numbers, in the page language', () => {
    expect(runText(result, 'ja')).toMatch(/プレビュー・\d+ 回試行・シード/);
    expect(runText(result, 'en')).toMatch(/preview, \d+ trials, seed/);
  });

  it('names the file with the scenario and the date', () => {
    expect(exportName('CERT/CC：45日後に公表', '2026-12-01', 'csv')).toBe('kaiji-CERT-CC-45日後に公表-2026-12-01.csv');
  });
});
