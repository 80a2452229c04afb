import { describe, expect, it } from 'vitest';
import type { Assumption } from '@kaiji/sim';
import { tornadoRows, type Tornado } from './tornado';

const assumption = (over: Partial<Assumption> & Pick<Assumption, 'key'>): Assumption => ({
  value: 0.45,
  range: [0, 0.9],
  unit: 'share',
  role: 'response',
  drawn: true,
  confidence: 'L',
  label: { ja: '先取り', en: 'Anticipation' },
  text: { ja: '先取りの割合。日本での推定値はない。', en: 'The share that anticipates. Unknown for Japan.' },
  source: null,
  ...over,
});

const ASSUMPTIONS = [
  assumption({ key: 'forcedPublication.anticipation' }),
  assumption({
    key: 'forcedPublication.patchHazardRatio',
    range: [1, 4],
    unit: 'ratio',
    confidence: 'H',
    text: { ja: '公表後の修正ハザード比。', en: 'Hazard ratio of a fix once public.' },
    source: { label: 'Arora et al. (2010)', locator: 'Table 2' },
  }),
  assumption({
    key: 'intake.triageMeanDays',
    range: [3, 30],
    unit: 'days',
    confidence: 'M',
    text: { ja: '受理判断までの日数。', en: 'Days to triage.' },
    source: { label: 'IPA FY2020 report', labelJa: '2020年度 報告書', locator: 'Figure 1-5' },
  }),
];

const TORNADO: Tornado = {
  metric: 'PRODUCT_PUBLISHED_WITHOUT_FIX',
  base: 1956.65,
  trials: 8,
  runs: 7,
  bars: [
    { assumption: 'forcedPublication.anticipation', low: 0, high: 0.9, atLow: 3330.35, atHigh: 579.55 },
    { assumption: 'intake.triageMeanDays', low: 3, high: 30, atLow: 1958.75, atHigh: 1950.9 },
    { assumption: 'forcedPublication.patchHazardRatio', low: 1, high: 4, atLow: 1956.65, atHigh: 1956.65 },
  ],
};

describe('given a tornado from the API', () => {
  it('keeps the largest swing first and sets apart the assumptions that do not move the metric', () => {
    const { moving, still } = tornadoRows(TORNADO, ASSUMPTIONS, 'ja');
    expect(moving.map((r) => r.key)).toEqual(['forcedPublication.anticipation', 'intake.triageMeanDays']);
    expect(moving[0]!.swing).toBeCloseTo(2750.8);
    expect(still.map((r) => r.key)).toEqual(['forcedPublication.patchHazardRatio']);
  });

  it('names each bar with its first sentence, range, source and confidence in Japanese', () => {
    const [anticipation, triage] = tornadoRows(TORNADO, ASSUMPTIONS, 'ja').moving;
    expect(anticipation).toMatchObject({
      name: '先取り',
      range: '0%〜90%',
      source: '公表された推定値なし',
      confidence: '低',
    });
    expect(triage).toMatchObject({ range: '3 日〜30 日', source: '2020年度 報告書、図 1-5', confidence: '中' });
    expect(triage!.sourceLang).toBeUndefined();
  });

  it('says the same in English and marks a title in the other language', () => {
    const { moving, still } = tornadoRows(TORNADO, ASSUMPTIONS, 'en');
    expect(moving[0]).toMatchObject({ name: 'Anticipation', source: 'No published estimate' });
    expect(moving[1]).toMatchObject({ range: '3 d–30 d', source: 'IPA FY2020 report, Figure 1-5' });
    const ja = tornadoRows(TORNADO, ASSUMPTIONS, 'ja').still[0]!;
    expect(ja.source).toBe('Arora et al. (2010)、Table 2');
    expect(ja.sourceLang).toBe('en');
    expect(still[0]!.sourceLang).toBeUndefined();
  });
});
