import type { SimulationResult } from '@kaiji/sim';
import { fileSlug, type CsvCell } from '$lib/charts/export';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { SERIES, type SeriesName } from './series';

/** Decimal places a value is shown with, by unit: the CSV holds what the page shows, not float noise. */
export function shownDigits(unit: string): number {
  if (unit === 'reports/working day') return 2;
  if (unit === 'share') return 1;
  return 0;
}

/** A value rounded as the page shows it; shares in percent, as shown. */
export function asShown(value: number, unit: string): number {
  const v = unit === 'share' ? value * 100 : value;
  const f = 10 ** shownDigits(unit);
  return Math.round(v * f) / f + 0;
}

/** The unit as the page's language writes it. */
export function unitText(unit: string, locale: Locale): string {
  const o = { locale };
  switch (unit) {
    case 'share':
      return m.sim_unit_percent({}, o);
    case 'days':
      return m.sim_unit_days({}, o);
    case 'JPY':
      return m.sim_unit_jpy({}, o);
    case 'reports/working day':
      return m.sim_unit_per_day({}, o);
    default:
      return m.sim_unit_reports({}, o);
  }
}

/**
 * The unit of a series: a daily rate, a share of the quarter's publications, or a count of reports. Takes the
 * API's series names too (a workbook's), which the schema types as text.
 */
export function seriesUnit(name: SeriesName | (string & {})): string {
  if (name === 'reportsPerWorkingDay') return 'reports/working day';
  if (name === 'productPublishedWithin45DaysShare') return 'share';
  return 'reports';
}

/** One line saying which run made the numbers, for a CSV or a chart's footer. */
export function runText(r: SimulationResult, locale: Locale): string {
  const o = { locale };
  return m.sim_run_text(
    {
      version: r.engineVersion,
      model: r.modelVersion,
      mode: r.mode === 'preview' ? m.sim_mode_preview({}, o) : m.sim_mode_monteCarlo({}, o),
      trials: r.trials,
      seed: r.seed,
    },
    o,
  );
}

export interface ResultsTable {
  header: string[];
  rows: CsvCell[][];
}

/**
 * Every number of a run as one table for the minutes: which scenario and run, each metric at the run's date and
 * each series by quarter; headers and names in the page's language, values rounded as shown.
 */
export function resultsTable(
  r: SimulationResult,
  opts: { title: string; link: string; locale: Locale; seriesTitle: (name: SeriesName) => string },
): ResultsTable {
  const o = { locale: opts.locale };
  const header = [
    m.sim_csv_section({}, o),
    m.sim_csv_name({}, o),
    m.sim_csv_date({}, o),
    m.sim_csv_unit({}, o),
    m.sim_csv_period({}, o),
    m.sim_observed({}, o),
    m.sim_baseline({}, o),
    m.sim_col_baseline_low({}, o),
    m.sim_col_baseline_high({}, o),
    m.sim_scenario({}, o),
    m.sim_col_scenario_low({}, o),
    m.sim_col_scenario_high({}, o),
  ];
  /** Whether a date's numbers replay the data or project past them. */
  const period = (date: string) => (date > r.dataEndsOn ? m.sim_csv_projected({}, o) : m.sim_csv_replayed({}, o));
  const rows: CsvCell[][] = [
    [m.sim_csv_row_scenario({}, o), opts.title],
    [m.sim_csv_row_link({}, o), opts.link],
    [m.sim_csv_row_run({}, o), runText(r, opts.locale)],
  ];
  for (const x of r.metrics) {
    const v = (n: number) => asShown(n, x.unit);
    rows.push([
      m.sim_csv_row_metric({}, o),
      x.label[opts.locale],
      r.asOf,
      unitText(x.unit, opts.locale),
      period(r.asOf),
      null,
      v(x.baseline),
      v(x.baselineLow),
      v(x.baselineHigh),
      v(x.scenario),
      v(x.scenarioLow),
      v(x.scenarioHigh),
    ]);
  }
  for (const name of SERIES) {
    const s = r.series[name];
    const unit = seriesUnit(name);
    const v = (n: number) => asShown(n, unit);
    r.series.quarterEnds.forEach((end, i) => {
      rows.push([
        m.sim_csv_row_series({}, o),
        opts.seriesTitle(name),
        end,
        unitText(unit, opts.locale),
        period(end),
        s.observed[i] == null ? null : v(s.observed[i]),
        v(s.baseline.mean[i]!),
        v(s.baseline.low[i]!),
        v(s.baseline.high[i]!),
        v(s.scenario.mean[i]!),
        v(s.scenario.low[i]!),
        v(s.scenario.high[i]!),
      ]);
    });
  }
  return { header, rows };
}

/** A file name with the scenario and the date: kaiji-<scenario>-<date>.<ext>. */
export function exportName(title: string, date: string, ext: string): string {
  return `kaiji-${fileSlug(title)}-${date}.${ext}`;
}
