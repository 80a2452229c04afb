import { modelCitation } from './model-citation';
import type { Assumption, SensitivityResult } from '@kaiji/sim';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { titleLang } from '$lib/source';
import { assumptionName, rangeText } from './assumption-text';

/** What the page receives from /simulate/sensitivity.json: the API's `sensitivity`, as the engine computed it. */
export type Tornado = Pick<SensitivityResult, 'metric' | 'base' | 'bars' | 'trials' | 'runs'>;

/** One bar as the chart and its table show it, in the page's language. */
export interface TornadoRow {
  key: string;
  /** The first sentence of its text, and a shorter form for lists. */
  name: string;
  shortName: string;
  range: string;
  /** The source's title and locator, or that no published estimate exists. */
  source: string;
  /** The language of the source's title where it is not the page's (marked with lang on the page). */
  sourceLang: 'ja' | 'en' | undefined;
  confidence: string;
  low: number;
  high: number;
  atLow: number;
  atHigh: number;
  swing: number;
}

/**
 * A swing smaller than this share of the base (or of 1, for a base near zero) is the float noise of equal runs:
 * the assumption does not move the metric (e.g. a bounty's elasticity under a publication deadline).
 */
const NO_SWING = 1e-9;

/**
 * The tornado's bars with their labels: those that move the metric, largest swing first (the API's order), and
 * those that do not (listed under the chart, not drawn).
 */
export function tornadoRows(
  tornado: Tornado,
  assumptions: readonly Assumption[],
  locale: Locale,
): { moving: TornadoRow[]; still: TornadoRow[] } {
  const byKey = new Map(assumptions.map((a) => [a.key, a]));
  const o = { locale };
  const rows = tornado.bars.map((b): TornadoRow => {
    const a = byKey.get(b.assumption);
    const cited = modelCitation(a?.source, locale);
    const source = cited
      ? [cited.label, cited.locator].filter(Boolean).join(locale === 'ja' ? '、' : ', ')
      : m.sim_assumption_no_source({}, o);
    const lang = cited ? titleLang(cited.label) : undefined;
    return {
      key: b.assumption,
      // The model's own short label (assumptions.yaml); the list under the chart shortens a long one.
      name: a ? a.label[locale] : b.assumption,
      shortName: a ? assumptionName(a.label[locale], a.key, 32) : b.assumption,
      range: rangeText(b.low, b.high, a?.unit ?? '', locale),
      source,
      sourceLang: lang && lang !== locale ? lang : undefined,
      confidence: a ? m[`sim_confidence_${a.confidence}`]({}, o) : '',
      low: b.low,
      high: b.high,
      atLow: b.atLow,
      atHigh: b.atHigh,
      swing: Math.abs(b.atHigh - b.atLow),
    };
  });
  const floor = NO_SWING * Math.max(1, Math.abs(tornado.base));
  return {
    moving: rows.filter((r) => r.swing > floor),
    still: rows.filter((r) => r.swing <= floor),
  };
}
