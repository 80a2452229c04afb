import { getLocale, type Locale } from '$lib/paraglide/runtime';
import { formatNumber, intlLocale } from '$lib/i18n';

/** A metric's value as a person reads it: counts whole, shares as percent, yen with a separator. */
export function formatMetric(value: number, unit: string, locale?: Locale): string {
  switch (unit) {
    case 'share':
      return formatNumber(value, { style: 'percent', maximumFractionDigits: 1 }, locale);
    case 'days':
      return `${formatNumber(value, { maximumFractionDigits: 0 }, locale)}${locale === 'en' ? ' d' : ' 日'}`;
    case 'JPY':
      return formatNumber(value, { style: 'currency', currency: 'JPY', maximumFractionDigits: 0 }, locale);
    case 'reports/working day':
      return formatNumber(value, { maximumFractionDigits: 2, minimumFractionDigits: 2 }, locale);
    default:
      return formatNumber(value, { maximumFractionDigits: 0 }, locale);
  }
}

/** The change from baseline to scenario, signed; a share changes by percentage points. */
export function formatChange(baseline: number, scenario: number, unit: string, locale?: Locale): string {
  const d = scenario - baseline;
  const sign = d > 0 ? '+' : d < 0 ? '−' : '±';
  const abs = Math.abs(d);
  if (unit === 'share')
    return `${sign}${formatNumber(abs * 100, { maximumFractionDigits: 1 }, locale)}${locale === 'en' ? ' pt' : ' ポイント'}`;
  return `${sign}${formatMetric(abs, unit, locale)}`;
}

/** An ISO date as the page's language writes it: 2020年9月30日, 30 September 2020. */
export function formatDate(iso: string, locale: Locale = getLocale()): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(intlLocale(locale), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}
