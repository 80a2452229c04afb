import PptxGenJS from 'pptxgenjs';
import { m } from '$lib/paraglide/messages';
import type { SimulationReport } from '$lib/server/simulation-report';
import { formatChange, formatDate, formatMetric } from '$lib/simulate/format';
import { safeUrl } from '$lib/safe-url';
import { addSeriesChart, addSourcesSlide, deckParts, distinctSources, quarterAxisLabels } from './parts';
import {
  assumptionName,
  assumptionSourceText,
  confidenceText,
  rangeText,
  seriesTitle,
  valueText,
} from '$lib/server/report-labels';
import { seriesChartData, tornadoChartData } from './series-chart';
import { COLOR, SLIDE } from './theme';

/** The series a meeting looks at first, in this order, where the run has them. */
export const DECK_SERIES = [
  'productInHandling',
  'productPublishedWithin45DaysShare',
  'productPublishedCumulative',
  'websiteFixedCumulative',
  'websiteInHandling',
] as const;

/** Bars of the tornado drawn; the rest move the metric less and are on the assumptions slide. */
const TORNADO_BARS = 8;
/** Rows of the assumptions table per slide: with their sources wrapped, six fill a slide. */
const ASSUMPTIONS_PER_SLIDE = 6;

/**
 * The deck of one scenario: title, key figures, key series, tornado, assumptions and sources, each chart a native
 * PowerPoint chart (editable, restylable), every text in the report's language.
 */
export function buildDeck(report: SimulationReport): PptxGenJS {
  const { locale, result } = report;
  const o = { locale };
  const parts = deckParts(locale, report.title);
  const { pptx, text, font, heading, note, band, cell, headerCell, colon } = parts;
  const W = parts.width;
  const dataEndsOn = result.dataEndsOn;

  // 1. Title.
  const title = pptx.addSlide();
  title.addText(m.deck_title_lead({}, o), {
    ...text,
    x: SLIDE.margin,
    y: 0.8,
    w: W,
    h: 0.5,
    fontSize: 16,
    color: COLOR.muted,
  });
  title.addText(report.title, {
    ...text,
    x: SLIDE.margin,
    y: 1.4,
    w: W,
    h: 1.4,
    fontSize: 32,
    bold: true,
    valign: 'top',
  });
  const startsOn = report.startsOn;
  const facts: [string, string][] = [
    [m.deck_levers({}, o), report.levers],
    [m.deck_starts({}, o), startsOn ? formatDate(startsOn, locale) : m.deck_starts_always({}, o)],
    [m.deck_horizon({}, o), formatDate(result.asOf, locale)],
    [m.deck_made({}, o), formatDate(report.made, locale)],
    [
      m.sim_engine({ version: result.engineVersion, model: result.modelVersion }, o),
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
  ];
  title.addText(
    facts.slice(0, 4).map(([label, value]) => ({ text: `${label}${colon}${value}`, options: { breakLine: true } })),
    { ...text, x: SLIDE.margin, y: 3.0, w: W, h: 1.8, fontSize: 16, valign: 'top' },
  );
  title.addText(facts[4]![1], { ...text, x: SLIDE.margin, y: 4.9, w: W, h: 0.4, fontSize: 12, color: COLOR.muted });
  const link = safeUrl(report.link);
  title.addText(
    [
      { text: `${m.deck_link({}, o)}${colon}`, options: {} },
      { text: report.link, options: link ? { hyperlink: { url: link } } : {} },
    ],
    { ...text, x: SLIDE.margin, y: 5.4, w: W, h: 0.8, fontSize: 12, valign: 'top' },
  );

  // 2. Key figures, baseline vs scenario with 90% bands.
  const kpi = pptx.addSlide();
  heading(kpi, m.deck_kpi_title({ date: formatDate(result.asOf, locale) }, o));
  kpi.addTable(
    [
      [m.deck_kpi_metric({}, o), m.deck_kpi_baseline({}, o), m.deck_kpi_scenario({}, o), m.deck_kpi_change({}, o)].map(
        headerCell,
      ),
      ...result.metrics.map((x) => [
        cell(x.label),
        cell(band(x.baseline, x.baselineLow, x.baselineHigh, x.unit), { align: 'right' }),
        cell(band(x.scenario, x.scenarioLow, x.scenarioHigh, x.unit), { align: 'right' }),
        cell(formatChange(x.baseline, x.scenario, x.unit, locale), { align: 'right' }),
      ]),
    ],
    {
      ...text,
      x: SLIDE.margin,
      y: 1.1,
      w: W,
      colW: [4.9, 2.9, 2.9, 1.633],
      fontSize: 11,
      border: { type: 'solid', pt: 0.5, color: 'BFBFBF' },
      rowH: 0.36,
    },
  );
  if (result.warnings.length)
    note(kpi, `${m.deck_warnings({}, o)}${colon}${result.warnings.map((w) => w.text).join(' ')}`, SLIDE.h - 0.7);

  // 3. Key series, observed history over the bands, the data's end marked by where the projection begins.
  const arm = (a: 'baseline' | 'scenario') => (a === 'baseline' ? m.sim_baseline({}, o) : m.sim_scenario({}, o));
  for (const name of DECK_SERIES) {
    const series = result.series.find((s) => s.name === name);
    if (!series) continue;
    const data = seriesChartData(series, dataEndsOn, {
      mean: (a) => m.deck_series_mean({ arm: arm(a) }, o),
      projected: m.deck_series_projected({ arm: arm('scenario') }, o),
      low: m.deck_series_low({ arm: arm('scenario') }, o),
      high: m.deck_series_high({ arm: arm('scenario') }, o),
      observed: m.deck_series_observed({}, o),
      dataEnd: m.deck_series_data_end({ date: formatDate(dataEndsOn, locale) }, o),
    });
    const slide = pptx.addSlide();
    heading(slide, seriesTitle(name, locale));
    const axisLabels = quarterAxisLabels(data.labels);
    const lines = (list: { name: string; values: (number | null)[] }[]) =>
      list.map((l) => ({ name: l.name, labels: axisLabels, values: l.values as number[] }));
    const groups: PptxGenJS.IChartMulti[] = [
      {
        type: pptx.ChartType.line,
        data: lines(data.means),
        options: {
          lineDataSymbol: 'none',
          lineSize: 2.25,
          chartColors: [COLOR.baseline, COLOR.scenario, COLOR.scenario],
        },
      },
      {
        type: pptx.ChartType.line,
        data: lines(data.band),
        options: {
          lineDataSymbol: 'none',
          lineSize: 1,
          lineDash: 'dash',
          chartColors: [COLOR.scenario, COLOR.scenario],
        },
      },
    ];
    // The data's end: a thin grey column at its quarter, drawn first so that the lines lie over it.
    if (data.dataEnd)
      groups.unshift({
        type: pptx.ChartType.bar,
        data: lines([data.dataEnd]),
        options: { barGapWidthPct: 500, chartColors: [COLOR.dataEnd] },
      });
    if (data.observed)
      groups.push({
        type: pptx.ChartType.line,
        data: lines([data.observed]),
        options: { lineSize: 0, lineDataSymbol: 'circle', lineDataSymbolSize: 6, chartColors: [COLOR.observed] },
      });
    addSeriesChart(parts, slide, groups, name);
    note(
      slide,
      data.dataEndIndex !== null
        ? m.deck_series_note({ dataEnd: data.labels[data.dataEndIndex]! }, o)
        : m.deck_series_note_replay({ dataEnd: formatDate(dataEndsOn, locale) }, o),
    );
  }

  // 4. The tornado of the lead metric.
  const metric = result.metrics.find((x) => x.key === report.tornado.metric);
  const byKey = new Map(result.assumptions.map((a) => [a.key, a]));
  const bars = report.tornado.bars.slice(0, TORNADO_BARS).map((b) => {
    const a = byKey.get(b.assumption);
    return {
      ...b,
      label: a
        ? `${assumptionName(a, 36)}［${rangeText(a, locale)}］`.replace(
            /［(.*)］/,
            locale === 'ja' ? '［$1］' : ' [$1]',
          )
        : b.assumption,
    };
  });
  const tornado = pptx.addSlide();
  heading(tornado, m.deck_tornado_title({ metric: metric?.label ?? report.tornado.metric }, o));
  const t = tornadoChartData(bars, report.tornado.base);
  const unit = metric?.unit ?? '';
  tornado.addChart(
    pptx.ChartType.bar,
    [
      { name: m.deck_tornado_low({}, o), labels: t.labels, values: t.low },
      { name: m.deck_tornado_high({}, o), labels: t.labels, values: t.high },
    ],
    {
      x: SLIDE.margin,
      y: 1.1,
      w: W,
      h: 5.2,
      barDir: 'bar',
      barGrouping: 'clustered',
      barOverlapPct: 100,
      barGapWidthPct: 40,
      // Largest swing at the top: the typings list only 'minMax', PowerPoint and pptxgenjs take both.
      catAxisOrientation: 'maxMin' as 'minMax',
      catAxisLabelPos: 'low',
      chartColors: [COLOR.low, COLOR.high],
      showLegend: true,
      legendPos: 'b',
      legendFontFace: font,
      catAxisLabelFontFace: font,
      valAxisLabelFontFace: font,
      catAxisLabelFontSize: 11,
      valAxisLabelFormatCode: unit === 'share' ? '0%' : '#,##0',
    },
  );
  note(
    tornado,
    m.deck_tornado_note(
      {
        base: formatMetric(report.tornado.base, unit, locale),
        runs: String(report.tornado.runs),
        trials: String(report.tornado.trials),
      },
      o,
    ),
    SLIDE.h - 1.0,
  );

  // 5. Assumptions with ranges and sources, a few to a slide so that wrapped sources never run off it.
  const rows = result.assumptions.map((a) => [
    cell(assumptionName(a, 80)),
    cell(valueText(a.value, a.unit, locale), { align: 'right' }),
    cell(rangeText(a, locale)),
    cell(assumptionSourceText(a, locale)),
    cell(confidenceText(a.confidence, locale)),
  ]);
  const header = [
    m.deck_col_assumption({}, o),
    m.deck_col_value({}, o),
    m.deck_col_range({}, o),
    m.deck_col_source({}, o),
    m.deck_col_confidence({}, o),
  ].map(headerCell);
  for (let i = 0; i < rows.length; i += ASSUMPTIONS_PER_SLIDE) {
    const slide = pptx.addSlide();
    heading(slide, m.deck_assumptions_title({}, o));
    slide.addTable([header, ...rows.slice(i, i + ASSUMPTIONS_PER_SLIDE)], {
      ...text,
      x: SLIDE.margin,
      y: 1.1,
      w: W,
      colW: [4.0, 1.2, 1.7, 4.4, 1.033],
      fontSize: 10,
      border: { type: 'solid', pt: 0.5, color: 'BFBFBF' },
    });
  }

  // 6. Sources: every source the assumptions cite, once, with its URL and the date it was read.
  addSourcesSlide(parts, distinctSources(result.assumptions.map((a) => a.source)), locale);
  return pptx;
}

/** The deck's bytes. */
export async function deckBytes(pptx: PptxGenJS): Promise<Uint8Array<ArrayBuffer>> {
  const out = (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
  return new Uint8Array(out);
}

export const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
