import { localizeLocator } from '@kaiji/kb/locator';
import { Confidence } from '@kaiji/sim';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import type { ReportAssumption } from '$lib/server/operations/simulation';
import { assumptionName as nameOf, rangeText as rangeOf, valueText } from '$lib/simulate/assumption-text';

/** How an assumption is named on a slide or a chart axis (the page's tornado names it the same way). */
export function assumptionName(a: Pick<ReportAssumption, 'text' | 'key'>, max = 60): string {
  return nameOf(a.text, a.key, max);
}

export { valueText };

export function rangeText(a: Pick<ReportAssumption, 'rangeLow' | 'rangeHigh' | 'unit'>, locale: Locale): string {
  if (a.rangeLow === null || a.rangeHigh === null) return '';
  return rangeOf(a.rangeLow, a.rangeHigh, a.unit, locale);
}

/** The source with its locator, or, where no published estimate exists, the basis of the value. */
export function assumptionSourceText(a: Pick<ReportAssumption, 'source' | 'basis' | 'kind'>, locale: Locale): string {
  const o = { locale };
  // The engine names its calibration in English only; the deck says it in the report's language.
  if (a.kind === 'fitted') return m.deck_fitted({}, o);
  if (a.source)
    return [a.source.label, a.source.locator && localizeLocator(a.source.locator, locale)]
      .filter(Boolean)
      .join(locale === 'ja' ? '、' : ', ');
  if (a.basis) return `${m.sim_assumption_no_source({}, o)}${locale === 'ja' ? '：' : ': '}${a.basis}`;
  return '';
}

export function confidenceText(c: string | null, locale: Locale): string {
  // The API sends the model's level as text; the model (@kaiji/sim) owns the levels.
  const level = Confidence.safeParse(c);
  return level.success ? m[`sim_confidence_${level.data}`]({}, { locale }) : '';
}

/** A series' chart title, as the simulator page names it; the name itself for one the page does not (yet) know. */
export function seriesTitle(name: string, locale: Locale): string {
  const message = (m as unknown as Record<string, ((i: object, o: { locale: Locale }) => string) | undefined>)[
    `sim_series_${name}`
  ];
  return message ? message({}, { locale }) : name;
}
