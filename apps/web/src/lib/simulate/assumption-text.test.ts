import { describe, expect, it } from 'vitest';
import { assumptionName, rangeText } from './assumption-text';

describe('given an assumption text', () => {
  it('names it by its first sentence', () => {
    expect(assumptionName('先取りの割合。日本での推定値はない。', 'k')).toBe('先取りの割合');
    expect(assumptionName('Days to triage (exponential). Fitted.', 'k')).toBe('Days to triage (exponential)');
    // A decimal point is not the end of a sentence.
    expect(assumptionName('About 4.03 reports a day. More.', 'k')).toBe('About 4.03 reports a day');
  });

  it('shortens a long name between words in English and between characters in Japanese', () => {
    expect(assumptionName('Of the cases that would have missed a credible deadline, the share', 'k', 30)).toBe(
      'Of the cases that would have…',
    );
    expect(assumptionName('公表期限が確実に運用されると知った開発者のうち', 'k', 10)).toBe('公表期限が確実に運…');
    expect(assumptionName('', 'bounty.supplyElasticity')).toBe('bounty.supplyElasticity');
  });

  it('writes a range in its unit and the page language', () => {
    expect(rangeText(0, 0.9, 'share', 'ja')).toBe('0%〜90%');
    expect(rangeText(3, 30, 'days', 'en')).toBe('3 d–30 d');
    expect(rangeText(1, 4, 'ratio', 'en')).toBe('1–4');
  });
});
