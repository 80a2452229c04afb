import type { MetricResult } from '@kaiji/sim';
import { METRIC_KEYS } from '@kaiji/sim';
import { describe, expect, it } from 'vitest';
import { headline, isChanged, leversInPlay, rankMetrics } from './metric-ranking';
import { emptyScenario, scenarioFromLevers } from './scenario';

/** Every metric unchanged (baseline = scenario = 100) except those given. */
function metrics(changed: Partial<Record<string, number>> = {}): MetricResult[] {
  return METRIC_KEYS.map((key) => {
    const scenario = changed[key] ?? 100;
    return {
      key,
      label: { ja: key, en: key },
      unit: 'reports',
      baseline: 100,
      baselineLow: 90,
      baselineHigh: 110,
      scenario,
      scenarioLow: scenario - 10,
      scenarioHigh: scenario + 10,
    };
  });
}
const keys = (xs: MetricResult[]) => xs.map((x) => x.key);

describe('given a bounty among the levers', () => {
  it('puts its cost first and keeps it in the four tiles of presentation mode', () => {
    const s = scenarioFromLevers({
      forcedPublication: { afterDays: 45, appliesTo: 'ALL_PRODUCT_REPORTS' },
      bounty: { amountJpy: 70000 },
      legalMandate: { remediationDays: 30, compliance: 0.5 },
    });
    // Many metrics move; the cost is unchanged in this made-up result and still must show.
    const ranked = rankMetrics(
      metrics({ PRODUCT_IN_HANDLING: 50, WEBSITE_IN_HANDLING: 40, PRODUCT_PUBLISHED: 300, WEBSITE_FIXED: 200 }),
      s,
    );
    expect(ranked.ordered[0]!.key).toBe('BOUNTY_COST_JPY');
    const four = keys(headline(ranked, 4));
    expect(four).toContain('BOUNTY_COST_JPY');
    expect(four).toContain('PRODUCT_IN_HANDLING');
    expect(four).toContain('WEBSITE_IN_HANDLING');
  });
});

describe('given no lever', () => {
  it('keeps the key metrics first, in the contract order', () => {
    const ranked = rankMetrics(metrics(), emptyScenario());
    expect(ranked.pinned.size).toBe(0);
    expect(keys(ranked.ordered).slice(0, 3)).toEqual([
      'REPORTS_PER_WORKING_DAY',
      'PRODUCT_PUBLISHED',
      'PRODUCT_IN_HANDLING',
    ]);
  });
});

describe('given changed metrics not tied to a lever', () => {
  it('ranks them after the levers own but before unchanged ones', () => {
    const s = scenarioFromLevers({ acknowledgement: true });
    const ranked = rankMetrics(metrics({ WEBSITE_FIXED: 150 }), s);
    const order = keys(ranked.ordered);
    expect(order[0]).toBe('REPORTS_PER_WORKING_DAY');
    expect(order.indexOf('WEBSITE_FIXED')).toBeLessThan(order.indexOf('PRODUCT_PUBLISHED'));
  });

  it('tells a change from rounding noise', () => {
    expect(isChanged({ baseline: 2181, scenario: 2180.9999999999995 })).toBe(false);
    expect(isChanged({ baseline: 2181, scenario: 2170 })).toBe(true);
    expect(leversInPlay(scenarioFromLevers({ acknowledgement: true, bounty: { amountJpy: 1 } }))).toEqual([
      'bounty',
      'acknowledgement',
    ]);
  });
});
