import type ExcelJS from 'exceljs';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { quarterOf } from '$lib/server/deck/series-chart';
import type { SimulationRun } from '$lib/server/operations/simulation';
import { seriesTitle } from '$lib/server/report-labels';
import { seriesUnit } from '$lib/simulate/results-csv';
import { unitLabel } from '$lib/units';
import type { CellValue } from './cell-value';
import { writeTable, type Column } from './sheet';

type Metric = SimulationRun['metrics'][number];
type Series = SimulationRun['series'][number];

/** Columns a workbook adds to the shared ones: a header and the cell of each row. */
export type ExtraColumn<Row> = Column & { cell: (row: Row) => CellValue | undefined };

/**
 * Excel's number format for a value in a model unit: shares as percent, yen with the yen sign, rates with two
 * decimals, counts and days whole; other units (ratios, elasticities) with up to three decimals.
 */
export function unitFormat(unit: string): string {
  switch (unit) {
    case 'share':
      return '0.0%';
    case 'JPY':
      return '"¥"#,##0';
    case 'reports/working day':
      return '0.00';
    case 'reports':
    case 'days':
    case 'working days':
      return '#,##0';
    default:
      return '#,##0.###';
  }
}

/** Sets the number format of the given columns of a sheet's data rows (after the header at `headerRow`). */
export function formatRows(
  sheet: ExcelJS.Worksheet,
  headerRow: number,
  columns: number[],
  unitOfRow: (i: number) => string,
) {
  for (let n = headerRow + 1; n <= sheet.rowCount; n++) {
    const numFmt = unitFormat(unitOfRow(n - headerRow - 1));
    for (const c of columns) {
      const cell = sheet.getRow(n).getCell(c);
      if (typeof cell.value === 'number') cell.numFmt = numFmt;
    }
  }
}

/** The row of a sheet's header: the first row whose first cell is the given text. */
export function headerRowOf(sheet: ExcelJS.Worksheet, header: string): number {
  for (let n = 1; n <= sheet.rowCount; n++) if (sheet.getRow(n).getCell(1).value === header) return n;
  throw new Error(`no header ${header} on ${sheet.name}`);
}

const numberColumns = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
const band = (arm: string, end: '5' | '95', locale: Locale) => m.xlsx_sim_col_band({ arm, end }, { locale });

/**
 * The key-figures sheet: one row per metric (of one run, or per metric and scenario in a comparison) with its
 * unit, the baseline and the scenario with their 90% bands, the change and the metric's key; `extra` columns
 * (the scenario, its horizon) stand between the unit and the numbers.
 */
export function writeMetricsSheet<Row extends { metric: Metric }>(
  workbook: ExcelJS.Workbook,
  locale: Locale,
  rows: readonly Row[],
  options: { preamble: readonly string[]; extra?: readonly ExtraColumn<Row>[] },
): ExcelJS.Worksheet {
  const o = { locale };
  const extra = options.extra ?? [];
  const sheet = workbook.addWorksheet(m.xlsx_sim_sheet_metrics({}, o));
  const header = m.deck_kpi_metric({}, o);
  const base = m.sim_baseline({}, o);
  const scen = m.sim_scenario({}, o);
  writeTable(
    sheet,
    [
      { header, maxWidth: 48 },
      { header: m.xlsx_sim_col_unit({}, o) },
      ...extra,
      { header: base },
      { header: band(base, '5', locale) },
      { header: band(base, '95', locale) },
      { header: scen },
      { header: band(scen, '5', locale) },
      { header: band(scen, '95', locale) },
      { header: m.xlsx_sim_col_change({}, o) },
      { header: m.xlsx_sim_col_key({}, o) },
    ],
    rows.map((row) => {
      const x = row.metric;
      return [
        x.label,
        unitLabel(x.unit, locale),
        ...extra.map((c) => c.cell(row)),
        x.baseline,
        x.baselineLow,
        x.baselineHigh,
        x.scenario,
        x.scenarioLow,
        x.scenarioHigh,
        x.scenario - x.baseline,
        x.key,
      ];
    }),
    { preamble: options.preamble, freezeColumns: 1 },
  );
  formatRows(sheet, headerRowOf(sheet, header), numberColumns(3 + extra.length, 7), (i) => rows[i]!.metric.unit);
  return sheet;
}

/** A quarter of one series, as a value column reads it: the series, the quarter's index in it, the quarter. */
export interface SeriesPoint {
  line: Series;
  index: number;
  quarter: string;
}

/**
 * The series sheet: a row per series and quarter with its title, the quarter, whether it was replayed or
 * projected (after the data's end), what was observed, the `values` columns (each run's means and bands) and the
 * series' key. Numbers take the format of the series' unit.
 */
export function writeSeriesSheet(
  workbook: ExcelJS.Workbook,
  locale: Locale,
  lines: readonly Series[],
  options: { preamble: readonly string[]; dataEndsOn: string; values: readonly ExtraColumn<SeriesPoint>[] },
): ExcelJS.Worksheet {
  const o = { locale };
  const sheet = workbook.addWorksheet(m.xlsx_sim_sheet_series({}, o));
  const header = m.xlsx_sim_col_series({}, o);
  const dataEnd = quarterOf(options.dataEndsOn);
  const points = lines.flatMap((line) => line.quarters.map((quarter, index) => ({ line, index, quarter })));
  writeTable(
    sheet,
    [
      { header, maxWidth: 44 },
      { header: m.sim_col_quarter({}, o) },
      { header: m.xlsx_sim_col_period({}, o) },
      { header: m.deck_series_observed({}, o) },
      ...options.values,
      { header: m.xlsx_sim_col_key({}, o) },
    ],
    points.map((p) => [
      seriesTitle(p.line.name, locale),
      p.quarter,
      p.quarter > dataEnd ? m.xlsx_sim_projected({}, o) : m.xlsx_sim_replayed({}, o),
      p.line.observed[p.index] ?? null,
      ...options.values.map((c) => c.cell(p)),
      p.line.name,
    ]),
    {
      preamble: [...options.preamble, m.xlsx_sim_series_note({ dataEnd: options.dataEndsOn }, o)],
      freezeColumns: 2,
    },
  );
  formatRows(sheet, headerRowOf(sheet, header), numberColumns(4, 1 + options.values.length), (i) =>
    seriesUnit(points[i]!.line.name),
  );
  return sheet;
}

/** The baseline's and the scenario's mean with their 90% bands: the value columns of one run's series. */
export function bandColumns(locale: Locale): ExtraColumn<SeriesPoint>[] {
  const o = { locale };
  const base = m.sim_baseline({}, o);
  const scen = m.sim_scenario({}, o);
  return [
    { header: base, cell: (p) => p.line.baseline.mean[p.index] },
    { header: band(base, '5', locale), cell: (p) => p.line.baseline.low[p.index] },
    { header: band(base, '95', locale), cell: (p) => p.line.baseline.high[p.index] },
    { header: scen, cell: (p) => p.line.scenario.mean[p.index] },
    { header: band(scen, '5', locale), cell: (p) => p.line.scenario.low[p.index] },
    { header: band(scen, '95', locale), cell: (p) => p.line.scenario.high[p.index] },
  ];
}
