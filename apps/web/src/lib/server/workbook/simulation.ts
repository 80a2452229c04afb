import { localizeLocator } from '@kaiji/kb/locator';
import ExcelJS from 'exceljs';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { quarterOf } from '$lib/server/deck/series-chart';
import { assumptionName, confidenceText, seriesTitle } from '$lib/server/report-labels';
import { formatMetric } from '$lib/simulate/format';
import type { SimulationReport } from '$lib/server/simulation-report';
import type { ReportAssumption } from '$lib/server/operations/simulation';
import { unitLabel } from '$lib/units';
import { dateCell } from './cell-value';
import { labelled } from './programs';
import { DATE_FORMAT, writeTable } from './sheet';

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

/**
 * One scenario's numbers as a workbook for the minutes: the key figures (baseline and scenario with their 90%
 * bands), every series by quarter with what was observed, the assumptions with ranges and sources, the tornado,
 * and what the file is. Numbers are numbers with formats; every text is a value, never a formula.
 */
export function simulationWorkbook(report: SimulationReport): ExcelJS.Workbook {
  const { locale, result } = report;
  const o = { locale };
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kaiji';
  workbook.title = report.title;
  workbook.created = new Date(`${report.made}T00:00:00Z`);
  const preamble = [report.title, labelled(locale, m.deck_link({}, o), report.link)];

  // 1. Key figures at the run's date.
  const metrics = workbook.addWorksheet(m.xlsx_sim_sheet_metrics({}, o));
  const metricHeader = m.deck_kpi_metric({}, o);
  const band = (arm: string, end: '5' | '95') => m.xlsx_sim_col_band({ arm, end }, o);
  const base = m.sim_baseline({}, o);
  const scen = m.sim_scenario({}, o);
  writeTable(
    metrics,
    [
      { header: metricHeader, maxWidth: 48 },
      { header: m.xlsx_sim_col_unit({}, o) },
      { header: base },
      { header: band(base, '5') },
      { header: band(base, '95') },
      { header: scen },
      { header: band(scen, '5') },
      { header: band(scen, '95') },
      { header: m.xlsx_sim_col_change({}, o) },
      { header: m.xlsx_sim_col_key({}, o) },
    ],
    result.metrics.map((x) => [
      x.label,
      unitLabel(x.unit, locale),
      x.baseline,
      x.baselineLow,
      x.baselineHigh,
      x.scenario,
      x.scenarioLow,
      x.scenarioHigh,
      x.scenario - x.baseline,
      x.key,
    ]),
    { preamble: [...preamble, m.deck_kpi_title({ date: result.asOf }, o)], freezeColumns: 1 },
  );
  formatRows(metrics, headerRowOf(metrics, metricHeader), [3, 4, 5, 6, 7, 8, 9], (i) => result.metrics[i]!.unit);

  // 2. Series by quarter, observed beside simulated; the quarters after the data's end are marked as projected.
  const series = workbook.addWorksheet(m.xlsx_sim_sheet_series({}, o));
  const seriesHeader = m.xlsx_sim_col_series({}, o);
  const dataEnd = quarterOf(result.dataEndsOn);
  const seriesRows = result.series.flatMap((s) =>
    s.quarters.map((q, i) => [
      seriesTitle(s.name, locale),
      q,
      q > dataEnd ? m.xlsx_sim_projected({}, o) : m.xlsx_sim_replayed({}, o),
      s.observed[i] ?? null,
      s.baseline.mean[i],
      s.baseline.low[i],
      s.baseline.high[i],
      s.scenario.mean[i],
      s.scenario.low[i],
      s.scenario.high[i],
      s.name,
    ]),
  );
  const seriesUnits = result.series.flatMap((s) => s.quarters.map(() => seriesUnit(s.name)));
  writeTable(
    series,
    [
      { header: seriesHeader, maxWidth: 44 },
      { header: m.sim_col_quarter({}, o) },
      { header: m.xlsx_sim_col_period({}, o) },
      { header: m.deck_series_observed({}, o) },
      { header: base },
      { header: band(base, '5') },
      { header: band(base, '95') },
      { header: scen },
      { header: band(scen, '5') },
      { header: band(scen, '95') },
      { header: m.xlsx_sim_col_key({}, o) },
    ],
    seriesRows,
    { preamble: [...preamble, m.xlsx_sim_series_note({ dataEnd: result.dataEndsOn }, o)], freezeColumns: 2 },
  );
  formatRows(series, headerRowOf(series, seriesHeader), [4, 5, 6, 7, 8, 9, 10], (i) => seriesUnits[i]!);

  // 3. Assumptions with their ranges and sources.
  const assumptions = workbook.addWorksheet(m.xlsx_sim_sheet_assumptions({}, o));
  const assumptionHeader = m.deck_col_assumption({}, o);
  writeTable(
    assumptions,
    [
      { header: assumptionHeader, maxWidth: 60 },
      { header: m.deck_col_value({}, o) },
      { header: m.xlsx_sim_col_low({}, o) },
      { header: m.xlsx_sim_col_high({}, o) },
      { header: m.xlsx_sim_col_unit({}, o) },
      { header: m.deck_col_confidence({}, o) },
      { header: m.xlsx_sim_col_drawn({}, o) },
      { header: m.xlsx_sim_col_overridden({}, o) },
      { header: m.deck_col_source({}, o), maxWidth: 48 },
      { header: m.xlsx_col_url({}, o), maxWidth: 48, url: true },
      { header: m.xlsx_col_accessed({}, o), numFmt: DATE_FORMAT },
      { header: m.xlsx_col_basis({}, o), maxWidth: 60 },
      { header: m.xlsx_sim_col_key({}, o) },
    ],
    result.assumptions.map((a) => [
      a.text,
      a.value,
      a.rangeLow,
      a.rangeHigh,
      unitLabel(a.unit, locale),
      confidenceText(a.confidence, locale),
      yesNo(a.drawn, locale),
      yesNo(a.overridden, locale),
      sourceCell(a, locale),
      a.source?.url ?? null,
      dateCell(a.source?.accessed),
      a.basis,
      a.key,
    ]),
    { preamble, freezeColumns: 1 },
  );
  formatRows(assumptions, headerRowOf(assumptions, assumptionHeader), [2, 3, 4], (i) => result.assumptions[i]!.unit);

  // 4. The tornado of the lead metric (or the one the link names).
  const tornado = workbook.addWorksheet(m.xlsx_sim_sheet_tornado({}, o));
  const metric = result.metrics.find((x) => x.key === report.tornado.metric);
  const byKey = new Map(result.assumptions.map((a) => [a.key, a]));
  const rankHeader = m.xlsx_sim_col_rank({}, o);
  const bars = report.tornado.bars;
  writeTable(
    tornado,
    [
      { header: rankHeader },
      { header: assumptionHeader, maxWidth: 60 },
      { header: m.xlsx_sim_col_low({}, o) },
      { header: m.xlsx_sim_col_high({}, o) },
      { header: m.xlsx_sim_col_at_low({}, o) },
      { header: m.xlsx_sim_col_at_high({}, o) },
      { header: m.sim_tornado_swing({}, o) },
      { header: m.deck_col_source({}, o), maxWidth: 48 },
      { header: m.deck_col_confidence({}, o) },
      { header: m.xlsx_sim_col_key({}, o) },
    ],
    bars.map((b, i) => {
      const a = byKey.get(b.assumption);
      return [
        i + 1,
        a ? assumptionName(a, 90) : b.assumption,
        b.low,
        b.high,
        b.atLow,
        b.atHigh,
        Math.abs(b.atHigh - b.atLow),
        a ? sourceCell(a, locale) : null,
        a ? confidenceText(a.confidence, locale) : null,
        b.assumption,
      ];
    }),
    {
      preamble: [
        ...preamble,
        m.deck_tornado_title({ metric: metric?.label ?? report.tornado.metric }, o),
        m.deck_tornado_note(
          {
            base: formatMetric(report.tornado.base, metric?.unit ?? '', locale),
            runs: String(report.tornado.runs),
            trials: String(report.tornado.trials),
          },
          o,
        ),
      ],
      freezeColumns: 2,
    },
  );
  const tornadoAt = headerRowOf(tornado, rankHeader);
  formatRows(tornado, tornadoAt, [3, 4], (i) => byKey.get(bars[i]!.assumption)?.unit ?? '');
  formatRows(tornado, tornadoAt, [5, 6, 7], () => metric?.unit ?? '');

  // 5. What the file is.
  const about = workbook.addWorksheet(m.xlsx_sheet_about({}, o));
  writeTable(
    about,
    [{ header: m.xlsx_col_field({}, o) }, { header: m.xlsx_col_content({}, o), maxWidth: 90 }],
    [
      [m.xlsx_sim_about_scenario({}, o), report.title],
      [m.deck_levers({}, o), report.levers],
      [m.deck_starts({}, o), report.startsOn ?? m.deck_starts_always({}, o)],
      [m.deck_horizon({}, o), dateCell(result.asOf)],
      [m.deck_made({}, o), dateCell(report.made)],
      [
        m.xlsx_sim_about_run({}, o),
        m.deck_engine(
          {
            engine: result.engineVersion,
            model: result.modelVersion,
            trials: String(result.trials),
            seed: String(result.seed),
          },
          o,
        ),
      ],
      [m.xlsx_sim_about_data_end({}, o), dateCell(result.dataEndsOn)],
      [m.deck_link({}, o), report.link],
      [m.xlsx_about_app({}, o), 'Kaiji'],
    ],
    { preamble: [report.title] },
  );
  about.getColumn(2).numFmt = DATE_FORMAT;
  return workbook;
}

/**
 * An assumption's source for the minutes: its title and locator where it has one (a fitted parameter's too, the
 * calibration's own source), else that it was fitted, else that no published estimate exists (the basis is in
 * its own column).
 */
function sourceCell(a: ReportAssumption, locale: Locale): string {
  if (a.source)
    return [a.source.label, a.source.locator && localizeLocator(a.source.locator, locale)]
      .filter(Boolean)
      .join(locale === 'ja' ? '、' : ', ');
  if (a.kind === 'fitted') return m.deck_fitted({}, { locale });
  return m.sim_assumption_no_source({}, { locale });
}

function yesNo(value: boolean, locale: Locale): string {
  return value ? m.filter_yes({}, { locale }) : m.filter_no({}, { locale });
}

/** The unit of an engine series: the daily rate is a rate, the 45-day share a share, the rest count reports. */
export function seriesUnit(name: string): string {
  if (name === 'reportsPerWorkingDay') return 'reports/working day';
  if (name.endsWith('Share')) return 'share';
  return 'reports';
}
