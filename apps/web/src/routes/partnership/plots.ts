import * as Plot from '@observablehq/plot';
import { barPlot } from '$lib/charts/bar-plot';
import { CHART_FONT_SIZE, SERIES_STYLE, type SeriesStyleKey } from '$lib/charts/palette';
import { dateTick } from '$lib/charts/time';
import { formatNumber } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';

const style = { fontSize: `${CHART_FONT_SIZE}px` };
const timeAxis = () => ({ type: 'utc' as const, label: null, tickFormat: dateTick(getLocale()) });

/** A share as the page writes it (12%), or a dash where the data has none. */
export const percent = (v: number | undefined) => (v === undefined ? '–' : formatNumber(v, { style: 'percent' }));

/** One line of a time chart: the same list draws the lines and the legend (page and export), so they agree. */
export interface TimeLine {
  label: string;
  style: SeriesStyleKey;
  rows: { date: Date }[];
  y: string;
  dots?: boolean;
  width?: number;
}

/** Cumulative reports over time, one line per series, the first drawn on top. */
export function linesPlot(lines: readonly TimeLine[]) {
  return (width: number) =>
    Plot.plot({
      width,
      height: Math.min(420, Math.max(280, width * 0.45)),
      marginLeft: 64,
      style,
      x: timeAxis(),
      y: { grid: true, label: m.partnership_axis_reports(), tickFormat: (d: number) => formatNumber(d) },
      marks: [
        Plot.ruleY([0]),
        ...lines.toReversed().flatMap((s) => [
          Plot.line(s.rows, {
            x: 'date',
            y: s.y,
            stroke: SERIES_STYLE[s.style].stroke,
            strokeWidth: s.width ?? 2.5,
            strokeDasharray: SERIES_STYLE[s.style].dash ?? undefined,
          }),
          ...(s.dots ? [Plot.dot(s.rows, { x: 'date', y: s.y, fill: SERIES_STYLE[s.style].stroke, r: 3 })] : []),
        ]),
      ],
    });
}

/** Reports per working day, quarter by quarter: it moves between 3.5 and 4.5, so the axis shows that band. */
export function ratePlot(rows: readonly { date: Date; reportsPerWorkingDay: number }[]) {
  return (width: number) =>
    Plot.plot({
      width,
      height: 260,
      marginLeft: 56,
      style,
      x: timeAxis(),
      y: { grid: true, label: m.partnership_col_rate(), domain: [3.5, 4.5] },
      marks: [
        Plot.line(rows, { x: 'date', y: 'reportsPerWorkingDay', stroke: SERIES_STYLE.blue.stroke, strokeWidth: 2.5 }),
        Plot.dot(rows, { x: 'date', y: 'reportsPerWorkingDay', fill: SERIES_STYLE.blue.stroke, r: 3.5 }),
      ],
    });
}

/** Counts as bars, each written at its end. */
export function countBars(rows: readonly { label: string; count: number }[], color: string) {
  return barPlot(
    rows.map((r) => ({ label: r.label, value: r.count, text: formatNumber(r.count) })),
    {
      color,
      labels: { max: 240, share: 0.4 },
      rowHeight: 44,
      marginRight: 64,
      x: { label: m.partnership_col_count(), tickFormat: (d) => formatNumber(d) },
    },
  );
}

/** Shares as bars on a 0-100% axis, each written at its end. */
export function shareBars(rows: readonly { label: string; share: number }[], color: string, rowHeight = 44) {
  return barPlot(
    rows.map((r) => ({ label: r.label, value: r.share, text: percent(r.share) })),
    {
      color,
      labels: { max: 280, share: 0.42 },
      rowHeight,
      marginRight: 56,
      x: { domain: [0, 1], tickFormat: (d) => percent(d) },
    },
  );
}
