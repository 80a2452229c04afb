import type { Localized } from '@kaiji/kb/schema';

/** The contract's MetricKey, in its order. */
export const METRIC_KEYS = [
  'REPORTS_PER_WORKING_DAY',
  'PRODUCT_PUBLISHED',
  'PRODUCT_IN_HANDLING',
  'PRODUCT_PUBLISHED_WITHIN_45_DAYS_SHARE',
  'PRODUCT_MEDIAN_DAYS_TO_PUBLICATION',
  'PRODUCT_PUBLISHED_WITHOUT_FIX',
  'PRODUCT_UNREACHABLE_OPEN',
  'WEBSITE_FIXED',
  'WEBSITE_IN_HANDLING',
  'WEBSITE_FIXED_WITHIN_30_DAYS_SHARE',
  'WEBSITE_FIXED_WITHIN_90_DAYS_SHARE',
  'WEBSITE_OPEN_OVER_90_DAYS',
  'BOUNTY_COST_JPY',
] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

/** Labels and units of the metrics, as the UI and the API show them. */
export const METRIC_INFO: Record<MetricKey, { label: Localized; unit: string }> = {
  REPORTS_PER_WORKING_DAY: {
    label: { ja: '1 就業日あたりの届出件数', en: 'Reports per working day' },
    unit: 'reports/working day',
  },
  PRODUCT_PUBLISHED: { label: { ja: '製品：JVN 公表済み', en: 'Products: published on JVN' }, unit: 'reports' },
  PRODUCT_IN_HANDLING: {
    label: {
      ja: '製品：取扱い中（連絡不能開発者を含む）',
      en: 'Products: in handling (unreachable developers included)',
    },
    unit: 'reports',
  },
  PRODUCT_PUBLISHED_WITHIN_45_DAYS_SHARE: {
    label: {
      ja: '製品：受理から 45 日以内に公表された割合',
      en: 'Products: share published within 45 days of acceptance',
    },
    unit: 'share',
  },
  PRODUCT_MEDIAN_DAYS_TO_PUBLICATION: {
    label: { ja: '製品：受理から公表までの日数（中央値）', en: 'Products: median days from acceptance to publication' },
    unit: 'days',
  },
  PRODUCT_PUBLISHED_WITHOUT_FIX: {
    label: { ja: '製品：対策なしで公表', en: 'Products: published without a fix' },
    unit: 'reports',
  },
  PRODUCT_UNREACHABLE_OPEN: {
    label: { ja: '製品：連絡不能のまま取扱い中', en: 'Products: developer still unreachable' },
    unit: 'reports',
  },
  WEBSITE_FIXED: { label: { ja: 'ウェブサイト：修正完了', en: 'Websites: fixed' }, unit: 'reports' },
  WEBSITE_IN_HANDLING: { label: { ja: 'ウェブサイト：取扱い中', en: 'Websites: in handling' }, unit: 'reports' },
  WEBSITE_FIXED_WITHIN_30_DAYS_SHARE: {
    label: {
      ja: 'ウェブサイト：通知から 30 日以内に修正された割合',
      en: 'Websites: share fixed within 30 days of notification',
    },
    unit: 'share',
  },
  WEBSITE_FIXED_WITHIN_90_DAYS_SHARE: {
    label: {
      ja: 'ウェブサイト：通知から 90 日以内に修正された割合',
      en: 'Websites: share fixed within 90 days of notification',
    },
    unit: 'share',
  },
  WEBSITE_OPEN_OVER_90_DAYS: {
    label: { ja: 'ウェブサイト：通知から 90 日以上未修正', en: 'Websites: open 90 days or more after notification' },
    unit: 'reports',
  },
  BOUNTY_COST_JPY: { label: { ja: '報奨金の総額', en: 'Bounties paid' }, unit: 'JPY' },
};
