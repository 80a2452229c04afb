import ExcelJS from 'exceljs';
import { m } from '$lib/paraglide/messages';
import type { ComparisonReport } from '$lib/server/comparison-report';
import { quarterOf } from '$lib/server/deck/series-chart';
import { seriesTitle } from '$lib/server/report-labels';
import { unitLabel } from '$lib/units';
import { dateCell } from './cell-value';
import { labelled } from './programs';
import { DATE_FORMAT, writeTable } from './sheet';
import { formatRows, headerRowOf, seriesUnit } from './simulation';

/**
 * The comparison of saved scenarios as a workbook for the minutes: the key figures of every scenario beside its
 * baseline with the 90% bands (one row per metric and scenario, so that differing horizons never share a
 * baseline by mistake), the series by quarter with each scenario's mean beside the baseline's and what was
 * observed, the scenarios themselves, and what the file is. Names are the secretariat's text, written as text.
 */
export function comparisonWorkbook(report: ComparisonReport): ExcelJS.Workbook {
  const { locale, scenarios } = report;
  const o = { locale };
  const first = scenarios[0]!;
  const title = m.deck_compare_title({ count: String(scenarios.length) }, o);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kaiji';
  workbook.title = title;
  workbook.created = new Date(`${report.made}T00:00:00Z`);
  const preamble = [title, labelled(locale, m.deck_compare_link({}, o), report.link)];
  const base = m.sim_baseline({}, o);
  const scen = m.sim_scenario({}, o);
  const band = (arm: string, end: '5' | '95') => m.xlsx_sim_col_band({ arm, end }, o);

  // 1. Key figures: each metric of each scenario with its own baseline.
  const metrics = workbook.addWorksheet(m.xlsx_sim_sheet_metrics({}, o));
  const metricHeader = m.deck_kpi_metric({}, o);
  const rows = first.result.metrics.flatMap((metric, i) =>
    scenarios.map((s) => ({ s, x: s.result.metrics[i]!, unit: metric.unit })),
  );
  writeTable(
    metrics,
    [
      { header: metricHeader, maxWidth: 48 },
      { header: m.xlsx_sim_col_unit({}, o) },
      { header: m.xlsx_sim_about_scenario({}, o), maxWidth: 40 },
      { header: m.deck_horizon({}, o), numFmt: DATE_FORMAT },
      { header: base },
      { header: band(base, '5') },
      { header: band(base, '95') },
      { header: scen },
      { header: band(scen, '5') },
      { header: band(scen, '95') },
      { header: m.xlsx_sim_col_change({}, o) },
      { header: m.xlsx_sim_col_key({}, o) },
    ],
    rows.map(({ s, x }) => [
      x.label,
      unitLabel(x.unit, locale),
      s.name,
      dateCell(s.result.asOf),
      x.baseline,
      x.baselineLow,
      x.baselineHigh,
      x.scenario,
      x.scenarioLow,
      x.scenarioHigh,
      x.scenario - x.baseline,
      x.key,
    ]),
    { preamble, freezeColumns: 1 },
  );
  formatRows(metrics, headerRowOf(metrics, metricHeader), [5, 6, 7, 8, 9, 10, 11], (i) => rows[i]!.unit);

  // 2. Series by quarter over the longest run: what was observed, the baseline's mean, each scenario's mean.
  const series = workbook.addWorksheet(m.xlsx_sim_sheet_series({}, o));
  const seriesHeader = m.xlsx_sim_col_series({}, o);
  const longest = scenarios.reduce((a, b) => (b.result.asOf > a.result.asOf ? b : a));
  const dataEnd = quarterOf(first.result.dataEndsOn);
  const seriesRows = longest.result.series.flatMap((line) =>
    line.quarters.map((q, i) => [
      seriesTitle(line.name, locale),
      q,
      q > dataEnd ? m.xlsx_sim_projected({}, o) : m.xlsx_sim_replayed({}, o),
      line.observed[i] ?? null,
      line.baseline.mean[i],
      ...scenarios.map((s) => {
        const own = s.result.series.find((x) => x.name === line.name);
        const at = own ? own.quarters.indexOf(q) : -1;
        return at >= 0 ? own!.scenario.mean[at] : null;
      }),
      line.name,
    ]),
  );
  const seriesUnits = longest.result.series.flatMap((line) => line.quarters.map(() => seriesUnit(line.name)));
  writeTable(
    series,
    [
      { header: seriesHeader, maxWidth: 44 },
      { header: m.sim_col_quarter({}, o) },
      { header: m.xlsx_sim_col_period({}, o) },
      { header: m.deck_series_observed({}, o) },
      { header: base },
      ...scenarios.map((s) => ({ header: s.name, maxWidth: 30 })),
      { header: m.xlsx_sim_col_key({}, o) },
    ],
    seriesRows,
    { preamble: [...preamble, m.xlsx_sim_series_note({ dataEnd: first.result.dataEndsOn }, o)], freezeColumns: 2 },
  );
  formatRows(
    series,
    headerRowOf(series, seriesHeader),
    [4, 5, ...scenarios.map((_, i) => 6 + i)],
    (i) => seriesUnits[i]!,
  );

  // 3. The scenarios: names, levers, dates, links and runs.
  const list = workbook.addWorksheet(m.xlsx_compare_sheet_scenarios({}, o));
  writeTable(
    list,
    [
      { header: m.xlsx_compare_col_name({}, o), maxWidth: 40 },
      { header: m.xlsx_compare_col_description({}, o), maxWidth: 60 },
      { header: m.deck_levers({}, o), maxWidth: 60 },
      { header: m.deck_starts({}, o), numFmt: DATE_FORMAT },
      { header: m.deck_horizon({}, o), numFmt: DATE_FORMAT },
      { header: m.xlsx_sim_about_run({}, o), maxWidth: 50 },
      { header: m.deck_link({}, o), maxWidth: 60, url: true },
    ],
    scenarios.map((s) => [
      s.name,
      s.description,
      s.levers,
      s.startsOn ? dateCell(s.startsOn) : m.deck_starts_always({}, o),
      dateCell(s.result.asOf),
      m.deck_engine(
        {
          engine: s.result.engineVersion,
          model: s.result.modelVersion,
          trials: String(s.result.trials),
          seed: String(s.result.seed),
        },
        o,
      ),
      s.link,
    ]),
    { preamble, freezeColumns: 1 },
  );

  // 4. What the file is.
  const about = workbook.addWorksheet(m.xlsx_sheet_about({}, o));
  writeTable(
    about,
    [{ header: m.xlsx_col_field({}, o) }, { header: m.xlsx_col_content({}, o), maxWidth: 90 }],
    [
      [m.deck_compare_scenarios({}, o), scenarios.map((s) => s.name).join('\n')],
      [m.deck_made({}, o), dateCell(report.made)],
      [m.xlsx_sim_about_data_end({}, o), dateCell(first.result.dataEndsOn)],
      [m.deck_compare_link({}, o), report.link],
      [m.xlsx_about_app({}, o), 'Kaiji'],
    ],
    { preamble: [title] },
  );
  about.getColumn(2).numFmt = DATE_FORMAT;
  return workbook;
}
