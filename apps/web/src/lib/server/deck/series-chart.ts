import type { ReportSeries } from '$lib/server/operations/simulation';

/** One line of a native chart: a name and a value per category (null where the line has no point). */
export interface ChartLine {
  name: string;
  values: (number | null)[];
}

export interface SeriesChartData {
  labels: string[];
  /** Solid: the baseline mean, the scenario mean up to the data's end, and after it (a line of its own). */
  means: ChartLine[];
  /** Dashed: the scenario's 5th and 95th percentiles. */
  band: ChartLine[];
  /** Markers only: what was observed, where the data have it. */
  observed: ChartLine | null;
  /** Index of the last quarter of data, or null when the run ends with the data. */
  dataEndIndex: number | null;
  /**
   * A column at the last quarter of data as tall as the chart's highest value, nothing elsewhere: a vertical mark
   * of where the data end that stays a native, editable chart series (named in the legend). Null with no projection.
   */
  dataEnd: ChartLine | null;
}

/** "2020-09-30" → "2020Q3", the label the series' quarters use. */
export function quarterOf(isoDate: string): string {
  const month = Number(isoDate.slice(5, 7));
  return `${isoDate.slice(0, 4)}Q${Math.ceil(month / 3)}`;
}

/**
 * The lines of a series chart. The scenario's mean is split at the data's end into a replayed line and a
 * projected one (both hold the last quarter of data, so they join), which marks where the data end in a chart
 * that stays native and editable.
 */
export function seriesChartData(
  series: ReportSeries,
  dataEndsOn: string,
  names: {
    mean: (arm: 'baseline' | 'scenario') => string;
    projected: string;
    low: string;
    high: string;
    observed: string;
    dataEnd: string;
  },
): SeriesChartData {
  const labels = series.quarters;
  const end = labels.indexOf(quarterOf(dataEndsOn));
  const projects = end >= 0 && end < labels.length - 1;
  const scenario = series.scenario.mean;
  const means: ChartLine[] = [
    { name: names.mean('baseline'), values: series.baseline.mean },
    { name: names.mean('scenario'), values: projects ? scenario.map((v, i) => (i <= end ? v : null)) : scenario },
  ];
  if (projects) means.push({ name: names.projected, values: scenario.map((v, i) => (i >= end ? v : null)) });
  const observed = series.observed.some((v) => v !== null)
    ? { name: names.observed, values: series.observed.map((v) => v ?? null) }
    : null;
  const band = [
    { name: names.low, values: series.scenario.low },
    { name: names.high, values: series.scenario.high },
  ];
  const top = Math.max(
    ...[...means, ...band, ...(observed ? [observed] : [])].flatMap((l) => l.values.filter((v) => v !== null)),
  );
  return {
    labels,
    means,
    band,
    observed,
    dataEndIndex: projects ? end : null,
    dataEnd: projects ? { name: names.dataEnd, values: labels.map((_, i) => (i === end ? top : null)) } : null,
  };
}

/** A tornado's bars as two series of differences from the base, in the order given (largest swing first). */
export function tornadoChartData(
  bars: readonly { label: string; atLow: number; atHigh: number }[],
  base: number,
): { labels: string[]; low: number[]; high: number[] } {
  return {
    labels: bars.map((b) => b.label),
    low: bars.map((b) => b.atLow - base),
    high: bars.map((b) => b.atHigh - base),
  };
}
