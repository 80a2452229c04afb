import { barPlot } from '$lib/charts/bar-plot';
import { SERIES_STYLE } from '$lib/charts/palette';
import { formatNumber } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import type { SurveyFigureRow } from '$lib/server/operations/website-operators';

/** A share to a tenth of a percent: the survey prints some (e.g. 3.7%) so. */
export const surveyPercent = (v: number) => formatNumber(v, { style: 'percent', maximumFractionDigits: 1 });

/** The figure as the page says it: exact, about, nearly, at least, or a range. */
export function figureText(f: SurveyFigureRow): string {
  const value =
    f.upTo === null
      ? surveyPercent(f.share)
      : m.operators_range({ low: surveyPercent(f.share), high: surveyPercent(f.upTo) });
  if (f.precision === 'ABOUT') return m.operators_about({ value });
  if (f.precision === 'NEARLY') return m.operators_nearly({ value });
  if (f.precision === 'AT_LEAST') return m.operators_at_least({ value });
  return value;
}

/** The statement, and the respondents it counts where it is a subgroup's. */
export const figureLabel = (f: SurveyFigureRow) => (f.subgroup ? `${f.statement} (${f.subgroup})` : f.statement);

/** The figures as bars, numbered as in the notes under the chart; a printed range lighter past its low end. */
export const figurePlot = (figures: readonly SurveyFigureRow[]) =>
  barPlot(
    figures.map((f, i) => ({
      label: `${i + 1}. ${figureLabel(f)}`,
      value: f.share,
      upTo: f.upTo,
      text: figureText(f),
    })),
    {
      color: SERIES_STYLE.blue.stroke,
      rangeColor: SERIES_STYLE.sky.stroke,
      labels: { max: 360, share: 0.5 },
      rowHeight: 46,
      frame: 40,
      marginRight: 96,
      x: { domain: [0, 1], tickFormat: (d) => surveyPercent(d) },
    },
  );

/** The chart's data table: statement, question, the share and the top of its range, the figure as written. */
export const figureColumns = () => [
  m.operators_col_statement(),
  m.operators_col_question(),
  m.operators_col_share(),
  m.operators_col_up_to(),
  m.operators_col_figure(),
];
export const figureRows = (figures: readonly SurveyFigureRow[]) =>
  figures.map((f) => [figureLabel(f), f.questionLabel, f.share, f.upTo, figureText(f)]);

/** The sources of a chart's figures, each place (title and locator) once. */
export const uniqueSources = (figures: readonly SurveyFigureRow[]) => [
  ...new Map(figures.map((f) => [`${f.source.label}|${f.source.locator}`, f.source])).values(),
];
