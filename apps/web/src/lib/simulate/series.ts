import type { SeriesName } from '@kaiji/sim';
import type { Preset } from './presets';

/** The engine's quarterly series, by name (the engine owns the names). */
export type { SeriesName };

/** The series the page offers, in the picker's order. */
export const SERIES: readonly SeriesName[] = [
  'productInHandling',
  'productPublishedCumulative',
  'productPublishedWithin45DaysShare',
  'websiteInHandling',
  'websiteOpenOver90Days',
  'websiteFixedCumulative',
  'reportsPerWorkingDay',
  'reportsCumulative',
];

export const DEFAULT_SERIES: SeriesName = 'productInHandling';

/** The chart that shows what a Table 4-3 option moves, opened with its preset. */
export const SERIES_FOR_OPTION: Record<NonNullable<Preset['option']>, SeriesName> = {
  FORCED_PUBLICATION: 'productInHandling',
  BOUNTY: 'reportsPerWorkingDay',
  ACKNOWLEDGEMENT: 'reportsPerWorkingDay',
  LEGAL_MANDATE: 'websiteInHandling',
};

export function isSeriesName(name: string | null | undefined): name is SeriesName {
  return (SERIES as readonly string[]).includes(name ?? '');
}

/** The series `by` steps after `name`, wrapping round (presentation mode's arrow keys). */
export function stepSeries(name: SeriesName, by: number): SeriesName {
  const i = SERIES.indexOf(name);
  return SERIES[(((i + by) % SERIES.length) + SERIES.length) % SERIES.length]!;
}
