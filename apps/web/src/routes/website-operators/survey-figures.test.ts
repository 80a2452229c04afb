import { describe, expect, it } from 'vitest';
import type { SurveyFigureRow } from '$lib/server/operations/website-operators';
import { figureLabel, figureRows, figureText, uniqueSources } from './survey-figures';

const figure = (over: Partial<SurveyFigureRow>): SurveyFigureRow =>
  ({
    question: 'Q1',
    questionLabel: '問1',
    questionPrinted: null,
    statement: '脆弱性対策を知っている',
    subgroup: null,
    share: 0.25,
    upTo: null,
    precision: 'EXACT',
    printed: '25%',
    note: null,
    source: { label: '報告書', locator: '図 2-1', url: null, accessed: null, status: 'PRIMARY' },
    ...over,
  }) as SurveyFigureRow;

describe('a survey figure as the page writes it', () => {
  it('says exact, about, nearly, at least and ranges in Japanese', () => {
    expect(figureText(figure({}))).toBe('25%');
    expect(figureText(figure({ share: 0.037 }))).toBe('3.7%');
    expect(figureText(figure({ precision: 'ABOUT' }))).toBe('約 25%');
    expect(figureText(figure({ precision: 'ABOUT', upTo: 0.3 }))).toBe('約 25%〜30%');
    expect(figureText(figure({ precision: 'NEARLY' }))).toBe('25% 近く');
    expect(figureText(figure({ precision: 'AT_LEAST' }))).toBe('25% 以上');
  });

  it('names the subgroup a figure counts and tables the share with the top of its range', () => {
    const f = figure({ subgroup: '従業員 10 人以下', upTo: 0.3, precision: 'ABOUT' });
    expect(figureLabel(f)).toBe('脆弱性対策を知っている (従業員 10 人以下)');
    expect(figureRows([f])).toEqual([[figureLabel(f), '問1', 0.25, 0.3, figureText(f)]]);
  });

  it('cites each place once', () => {
    const other = { label: '報告書', locator: '図 2-2', url: null, accessed: null, status: 'PRIMARY' as const };
    const sources = uniqueSources([figure({}), figure({ share: 0.5 }), figure({ source: other })]);
    expect(sources.map((s) => s.locator)).toEqual(['図 2-1', '図 2-2']);
  });
});
