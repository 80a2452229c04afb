import type { MetricKey } from '@kaiji/sim';
import type { Scenario } from './scenario';

/**
 * The metric a scenario's first question is about, for the tornado shown with it: what a forced publication
 * risks (cases published without a fix), what a bounty costs, what a mandate buys (websites fixed in 90 days),
 * what acknowledgements bring (reports), and otherwise the stock in handling.
 */
export function leadMetric(s: Scenario): MetricKey {
  if (s.forcedPublication) return 'PRODUCT_PUBLISHED_WITHOUT_FIX';
  if (s.bounty) return 'BOUNTY_COST_JPY';
  if (s.legalMandate) return 'WEBSITE_FIXED_WITHIN_90_DAYS_SHARE';
  if (s.acknowledgement) return 'REPORTS_PER_WORKING_DAY';
  return 'PRODUCT_IN_HANDLING';
}
