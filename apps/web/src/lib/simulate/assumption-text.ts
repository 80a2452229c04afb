import { formatNumber, formatRange } from '$lib/i18n';
import type { Locale } from '$lib/paraglide/runtime';
import { formatMetric } from './format';

/**
 * How an assumption is named on a chart axis or a slide: its text's first sentence, kept short. One helper for
 * the page's tornado, the deck and the workbook, so the three name a bar the same way.
 */
export function assumptionName(text: string, fallback: string, max = 60): string {
  const first = text.split(/(?<=[。.])\s+|(?<=。)/)[0]?.replace(/[。.]$/, '') || fallback;
  if ([...first].length <= max) return first;
  const cut = [...first].slice(0, max - 1).join('');
  // English is cut between words; Japanese, which has no spaces, between characters.
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space).replace(/[,;:]$/, '') : cut}…`;
}

/** A value in its unit as people read it (shares as percent, yen with a separator). */
export function valueText(value: number, unit: string, locale: Locale): string {
  if (['share', 'days', 'JPY', 'reports/working day'].includes(unit)) return formatMetric(value, unit, locale);
  return formatNumber(value, { maximumFractionDigits: 3 }, locale);
}

/** An assumption's range, both ends in its unit, as the language writes a range: 0%〜90%, 1–4. */
export function rangeText(low: number, high: number, unit: string, locale: Locale): string {
  return formatRange(valueText(low, unit, locale), valueText(high, unit, locale), locale);
}
