import ExcelJS from 'exceljs';
import { m } from '$lib/paraglide/messages';
import type { ComparisonReport } from '$lib/server/comparison-report';
import { dateCell } from './cell-value';
import { labelled } from './programs';
import { DATE_FORMAT, writeTable } from './sheet';
import { writeMetricsSheet, writeSeriesSheet, type SeriesPoint } from './result-sheets';

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

  // 1. Key figures: each metric of each scenario with its own baseline.
  writeMetricsSheet(
    workbook,
    locale,
    first.result.metrics.flatMap((_, i) => scenarios.map((s) => ({ s, metric: s.result.metrics[i]! }))),
    {
      preamble,
      extra: [
        { header: m.xlsx_sim_about_scenario({}, o), maxWidth: 40, cell: (row) => row.s.name },
        { header: m.deck_horizon({}, o), numFmt: DATE_FORMAT, cell: (row) => dateCell(row.s.result.asOf) },
      ],
    },
  );

  // 2. Series by quarter over the longest run: what was observed, the baseline's mean, each scenario's mean.
  const longest = scenarios.reduce((a, b) => (b.result.asOf > a.result.asOf ? b : a));
  writeSeriesSheet(workbook, locale, longest.result.series, {
    preamble,
    dataEndsOn: first.result.dataEndsOn,
    values: [
      { header: m.sim_baseline({}, o), cell: (p) => p.line.baseline.mean[p.index] },
      ...scenarios.map((s) => ({
        header: s.name,
        maxWidth: 30,
        cell: (p: SeriesPoint) => {
          const own = s.result.series.find((x) => x.name === p.line.name);
          const at = own ? own.quarters.indexOf(p.quarter) : -1;
          return at >= 0 ? own!.scenario.mean[at] : null;
        },
      })),
    ],
  });

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
