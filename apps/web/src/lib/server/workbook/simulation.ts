import { localizeLocator } from '@kaiji/kb/locator';
import ExcelJS from 'exceljs';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { assumptionName, confidenceText } from '$lib/server/report-labels';
import { formatMetric } from '$lib/simulate/format';
import type { SimulationReport } from '$lib/server/simulation-report';
import type { ReportAssumption } from '$lib/server/operations/simulation';
import { unitLabel } from '$lib/units';
import { dateCell } from './cell-value';
import { labelled } from './programs';
import { bandColumns, formatRows, headerRowOf, writeMetricsSheet, writeSeriesSheet } from './result-sheets';
import { DATE_FORMAT, writeTable } from './sheet';

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
  writeMetricsSheet(
    workbook,
    locale,
    result.metrics.map((metric) => ({ metric })),
    { preamble: [...preamble, m.deck_kpi_title({ date: result.asOf }, o)] },
  );

  // 2. Series by quarter, observed beside simulated; the quarters after the data's end are marked as projected.
  writeSeriesSheet(workbook, locale, result.series, {
    preamble,
    dataEndsOn: result.dataEndsOn,
    values: bandColumns(locale),
  });

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
