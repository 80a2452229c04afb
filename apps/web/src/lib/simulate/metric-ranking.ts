import type { MetricKey, MetricResult } from '@kaiji/sim';
import type { LeverInput } from './presets';
import type { Scenario } from './scenario';

/** The levers of a scenario, as named in the SimulationInput. */
export type LeverName = keyof LeverInput;

/** The metrics a committee asks about first, whatever the levers. */
export const KEY_METRICS: readonly MetricKey[] = [
  'PRODUCT_IN_HANDLING',
  'PRODUCT_PUBLISHED',
  'PRODUCT_PUBLISHED_WITHIN_45_DAYS_SHARE',
  'PRODUCT_PUBLISHED_WITHOUT_FIX',
  'WEBSITE_IN_HANDLING',
  'WEBSITE_OPEN_OVER_90_DAYS',
  'REPORTS_PER_WORKING_DAY',
  'BOUNTY_COST_JPY',
];

/**
 * What each lever is about, most telling first. The first metric of a lever is its own question (a bounty's is
 * its cost), shown for that lever even when it is unchanged.
 */
export const LEVER_METRICS: Record<LeverName, readonly MetricKey[]> = {
  bounty: ['BOUNTY_COST_JPY', 'REPORTS_PER_WORKING_DAY', 'PRODUCT_IN_HANDLING'],
  forcedPublication: [
    'PRODUCT_IN_HANDLING',
    'PRODUCT_PUBLISHED_WITHIN_45_DAYS_SHARE',
    'PRODUCT_PUBLISHED_WITHOUT_FIX',
    'PRODUCT_MEDIAN_DAYS_TO_PUBLICATION',
  ],
  legalMandate: ['WEBSITE_IN_HANDLING', 'WEBSITE_OPEN_OVER_90_DAYS', 'WEBSITE_FIXED_WITHIN_90_DAYS_SHARE'],
  acknowledgement: ['REPORTS_PER_WORKING_DAY', 'PRODUCT_IN_HANDLING'],
  staffCapacity: ['PRODUCT_IN_HANDLING', 'WEBSITE_IN_HANDLING', 'PRODUCT_MEDIAN_DAYS_TO_PUBLICATION'],
};

/** The levers in play, in the order their metrics are ranked: the bounty first, as its cost is the question. */
export function leversInPlay(s: Scenario): LeverName[] {
  const on: LeverName[] = [];
  if (s.bounty) on.push('bounty');
  if (s.forcedPublication) on.push('forcedPublication');
  if (s.legalMandate) on.push('legalMandate');
  if (s.acknowledgement) on.push('acknowledgement');
  if (s.staffCapacity) on.push('staffCapacity');
  return on;
}

/** Whether the scenario moves a metric by more than rounding noise. */
export function isChanged(x: Pick<MetricResult, 'baseline' | 'scenario'>): boolean {
  return Math.abs(x.scenario - x.baseline) > Math.max(1e-9, Math.abs(x.baseline) * 1e-6);
}

export interface RankedMetrics {
  /** Every metric, the answer to "what would it do" first. */
  ordered: MetricResult[];
  /** Metrics that must be on screen, even in presentation mode: each lever's own question. */
  pinned: Set<MetricKey>;
}

/**
 * Ranks metrics: each lever's own metric first (a bounty's cost always), then the other metrics of the levers in
 * play, then the changed ones, then the key ones, the rest last; ties keep the engine's (the contract's) order.
 */
export function rankMetrics(metrics: readonly MetricResult[], scenario: Scenario): RankedMetrics {
  const levers = leversInPlay(scenario);
  // Each lever's own metric, in the levers' order (the bounty's cost first).
  const own = [...new Set(levers.map((l) => LEVER_METRICS[l][0]!))];
  const related = new Set<MetricKey>(levers.flatMap((l) => LEVER_METRICS[l]));
  const rank = (x: MetricResult) => {
    const i = own.indexOf(x.key);
    if (i >= 0) return i / own.length;
    const changed = isChanged(x);
    if (related.has(x.key) && changed) return 1;
    if (changed) return KEY_METRICS.includes(x.key) ? 2 : 3;
    return KEY_METRICS.includes(x.key) ? 4 : 5;
  };
  const order = (x: MetricResult) => metrics.indexOf(x);
  const ordered = [...metrics].sort((a, b) => rank(a) - rank(b) || order(a) - order(b));
  return { ordered, pinned: new Set(own) };
}

/** The first `count` ranked metrics, stretched to hold every pinned one. */
export function headline(ranked: RankedMetrics, count: number): MetricResult[] {
  const lastPinned = ranked.ordered.findLastIndex((x) => ranked.pinned.has(x.key));
  return ranked.ordered.slice(0, Math.max(count, lastPinned + 1));
}
