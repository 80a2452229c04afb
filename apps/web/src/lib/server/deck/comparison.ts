import type PptxGenJS from 'pptxgenjs';
import { formatNumber } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import type { ComparisonReport } from '$lib/server/comparison-report';
import { seriesTitle } from '$lib/server/report-labels';
import { safeUrl } from '$lib/safe-url';
import { formatDate, formatMetric } from '$lib/simulate/format';
import { DECK_SERIES } from './deck';
import { addSeriesChart, addSourcesSlide, deckParts, distinctSources, quarterAxisLabels } from './parts';
import { quarterOf } from './series-chart';
import { COLOR, SLIDE } from './theme';

/** Okabe–Ito colours for up to four scenarios, none the baseline's grey or the observed black. */
const SCENARIO_COLORS = ['D55E00', '0072B2', '009E73', 'CC79A7'] as const;
/** Dashes that tell the scenarios apart in greyscale too (PowerPoint's preset dash names). */
const SCENARIO_DASHES = ['solid', 'dash', 'sysDot', 'lgDashDot'] as const;

/** Whether two runs have the same baseline (same horizon, trials and seed): then one baseline column serves all. */
function sameBaseline(a: ComparisonReport['scenarios'][number], b: ComparisonReport['scenarios'][number]): boolean {
  return a.result.metrics.every((x, i) => {
    const y = b.result.metrics[i];
    return y?.key === x.key && y.baseline === x.baseline && y.baselineLow === x.baselineLow;
  });
}

/**
 * The deck of a comparison of saved scenarios: a title slide naming them, the key figures of every scenario beside
 * the baseline with their 90% bands, the key series with each scenario's mean over the baseline's and what was
 * observed, and the sources; every chart a native PowerPoint chart, every text in the report's language.
 */
export function buildComparisonDeck(report: ComparisonReport): PptxGenJS {
  const { locale, scenarios } = report;
  const o = { locale };
  const first = scenarios[0]!;
  const title = m.deck_compare_title({ count: String(scenarios.length) }, o);
  const parts = deckParts(locale, `${title}: ${scenarios.map((s) => s.name).join(' / ')}`);
  const { pptx, text, heading, note, band, cell, headerCell, colon } = parts;
  const W = parts.width;
  const x = SLIDE.margin;

  // 1. Title: the scenarios by name with their levers, the date, the engine and the link.
  const cover = pptx.addSlide();
  cover.addText(m.deck_compare_lead({}, o), { ...text, x, y: 0.5, w: W, h: 0.5, fontSize: 16, color: COLOR.muted });
  cover.addText(title, { ...text, x, y: 1.0, w: W, h: 0.8, fontSize: 30, bold: true });
  cover.addText(
    scenarios.flatMap((s, i) => [
      {
        text: `${i + 1}. ${s.name}`,
        options: { bold: true, fontSize: 18, color: SCENARIO_COLORS[i], breakLine: true },
      },
      {
        text: `${s.levers}${s.startsOn ? `${locale === 'ja' ? '・' : '; '}${m.deck_starts({}, o)}${colon}${formatDate(s.startsOn, locale)}` : ''}${locale === 'ja' ? '・' : '; '}${m.deck_horizon({}, o)}${colon}${formatDate(s.result.asOf, locale)}`,
        options: { fontSize: 13, color: COLOR.muted, breakLine: true, paraSpaceAfter: 6 },
      },
    ]),
    { ...text, x, y: 1.9, w: W, h: 3.9, valign: 'top', fit: 'shrink' },
  );
  cover.addText(
    [
      { text: `${m.deck_made({}, o)}${colon}${formatDate(report.made, locale)}`, options: { breakLine: true } },
      {
        text: m.deck_compare_engine(
          {
            engine: first.result.engineVersion,
            model: first.result.modelVersion,
            trials: formatNumber(first.result.trials, {}, locale),
            seed: String(first.result.seed),
          },
          o,
        ),
        options: { breakLine: true },
      },
      { text: `${m.deck_compare_link({}, o)}${colon}`, options: {} },
      { text: report.link, options: safeUrl(report.link) ? { hyperlink: { url: safeUrl(report.link)! } } : {} },
    ],
    { ...text, x, y: 5.9, w: W, h: 1.2, fontSize: 12, color: COLOR.muted, valign: 'top' },
  );

  // 2. Key figures: every metric, the baseline and each scenario with its 90% band.
  const shared = scenarios.every((s) => sameBaseline(first, s));
  const kpi = pptx.addSlide();
  heading(
    kpi,
    m.deck_compare_kpi_title(
      {
        date: shared
          ? formatDate(first.result.asOf, locale)
          : scenarios.map((s) => formatDate(s.result.asOf, locale)).join('・'),
      },
      o,
    ),
  );
  const valueW = (W - 3.2) / (scenarios.length + (shared ? 1 : 0));
  kpi.addTable(
    [
      [
        headerCell(m.deck_kpi_metric({}, o)),
        ...(shared ? [headerCell(m.sim_baseline({}, o))] : []),
        ...scenarios.map((s, i) =>
          cell(s.name, { bold: true, fill: { color: COLOR.headerFill }, color: SCENARIO_COLORS[i] }),
        ),
      ],
      ...first.result.metrics.map((metric, row) => [
        cell(metric.label),
        ...(shared
          ? [cell(band(metric.baseline, metric.baselineLow, metric.baselineHigh, metric.unit), { align: 'right' })]
          : []),
        ...scenarios.map((s) => {
          const r = s.result.metrics[row]!;
          const own = shared
            ? ''
            : `\n${m.deck_compare_baseline_of({ value: formatMetric(r.baseline, r.unit, locale) }, o)}`;
          return cell(`${band(r.scenario, r.scenarioLow, r.scenarioHigh, r.unit)}${own}`, { align: 'right' });
        }),
      ]),
    ],
    {
      ...text,
      x,
      y: 1.05,
      w: W,
      colW: [3.2, ...Array<number>(scenarios.length + (shared ? 1 : 0)).fill(valueW)],
      fontSize: shared ? 10 : 9,
      border: { type: 'solid', pt: 0.5, color: 'BFBFBF' },
      rowH: shared ? 0.34 : 0.42,
      valign: 'middle',
    },
  );
  if (!shared) note(kpi, m.deck_compare_kpi_own_baseline({}, o), SLIDE.h - 0.6);

  // 3. Key series: the baseline's mean, each scenario's mean, and what was observed, over the longest run's quarters.
  const longest = scenarios.reduce((a, b) => (b.result.asOf > a.result.asOf ? b : a));
  for (const name of DECK_SERIES) {
    const base = longest.result.series.find((s) => s.name === name);
    if (!base) continue;
    const quarters = base.quarters;
    const labels = quarterAxisLabels(quarters);
    const along = (own: readonly string[], values: readonly (number | null)[]) =>
      quarters.map((q) => {
        const i = own.indexOf(q);
        return i >= 0 ? (values[i] ?? null) : null;
      });
    const lines = scenarios.map((s) => {
      const series = s.result.series.find((x) => x.name === name);
      return {
        name: s.name,
        labels,
        values: (series ? along(series.quarters, series.scenario.mean) : quarters.map(() => null)) as number[],
      };
    });
    const groups: PptxGenJS.IChartMulti[] = [
      {
        type: pptx.ChartType.line,
        data: [
          {
            name: m.deck_series_mean({ arm: m.sim_baseline({}, o) }, o),
            labels,
            values: base.baseline.mean,
          },
        ],
        options: { lineDataSymbol: 'none', lineSize: 2, lineDash: 'dash', chartColors: [COLOR.baseline] },
      },
      ...lines.map((line, i): PptxGenJS.IChartMulti => ({
        type: pptx.ChartType.line,
        data: [line],
        options: {
          lineDataSymbol: 'none',
          lineSize: 2.25,
          lineDash: SCENARIO_DASHES[i] ?? 'solid',
          chartColors: [SCENARIO_COLORS[i]!],
        },
      })),
    ];
    // The data's end: a thin grey column at its quarter under the lines, as in the scenario's deck.
    const end = quarters.indexOf(quarterOf(first.result.dataEndsOn));
    if (end >= 0 && end < labels.length - 1) {
      const top = Math.max(
        ...groups.flatMap((g) => g.data.flatMap((d) => (d.values ?? []).filter((v): v is number => v !== null))),
      );
      groups.unshift({
        type: pptx.ChartType.bar,
        data: [
          {
            name: m.deck_series_data_end({ date: formatDate(first.result.dataEndsOn, locale) }, o),
            labels,
            values: labels.map((_, i) => (i === end ? top : null)) as number[],
          },
        ],
        options: { barGapWidthPct: 500, chartColors: [COLOR.dataEnd] },
      });
    }
    if (base.observed.some((v) => v !== null))
      groups.push({
        type: pptx.ChartType.line,
        data: [
          { name: m.deck_series_observed({}, o), labels, values: base.observed.map((v) => v ?? null) as number[] },
        ],
        options: { lineSize: 0, lineDataSymbol: 'circle', lineDataSymbolSize: 6, chartColors: [COLOR.observed] },
      });
    const slide = pptx.addSlide();
    heading(slide, seriesTitle(name, locale));
    addSeriesChart(parts, slide, groups, name);
    note(slide, m.deck_compare_series_note({ dataEnd: quarterOf(first.result.dataEndsOn) }, o));
  }

  // 4. Sources of every compared run's assumptions.
  addSourcesSlide(parts, distinctSources(scenarios.flatMap((s) => s.result.assumptions.map((a) => a.source))), locale);
  return pptx;
}
