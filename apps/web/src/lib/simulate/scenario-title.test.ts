import { describe, expect, it } from 'vitest';
import { scenarioFromLevers } from './scenario';
import { scenarioTitle } from './scenario-title';

describe('given a preset', () => {
  it('is titled with the preset name', () => {
    const s = scenarioFromLevers({ forcedPublication: { afterDays: 45, appliesTo: 'ALL_PRODUCT_REPORTS' } });
    expect(scenarioTitle(s, 'ja')).toBe('CERT/CC：45日後に公表');
    expect(scenarioTitle(s, 'en')).toMatch(/^CERT\/CC/);
  });
});

describe('given levers of no preset', () => {
  it('is titled with its levers in words, in the page language', () => {
    const s = scenarioFromLevers({
      forcedPublication: { afterDays: 45, appliesTo: 'ALL_PRODUCT_REPORTS' },
      bounty: { amountJpy: 70000 },
      legalMandate: { remediationDays: 30, compliance: 0.5 },
    });
    const ja = scenarioTitle(s, 'ja');
    expect(ja).toContain('45日');
    expect(ja).toContain('70,000');
    expect(ja).toContain('30日');
    expect(ja).not.toMatch(/[A-Za-z]{3,}/);
    const en = scenarioTitle(s, 'en');
    expect(en).toContain('45 days');
    expect(en).toContain('¥70,000');
    expect(en).not.toMatch(/[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/);
  });

  it('says how many assumptions were changed', () => {
    const s = scenarioFromLevers(
      { acknowledgement: true, bounty: { amountJpy: 1000 } },
      {
        assumptions: { 'a.b': 1 },
        trials: null,
        seed: null,
      },
    );
    expect(scenarioTitle(s, 'ja')).toMatch(/前提 1 件を変更/);
  });
});
