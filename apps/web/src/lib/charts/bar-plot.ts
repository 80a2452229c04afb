import * as Plot from '@observablehq/plot';
import { CHART_FONT_SIZE } from './palette';
import { wrapText } from './wrap';

/** One labelled bar: its value, the top of a printed range where there is one, and the text written beside it. */
export interface Bar {
  label: string;
  value: number;
  /** The high end of a range (約25〜30%): drawn lighter from `value` to here, so the low end stays the bar. */
  upTo?: number | null;
  text: string;
}

export interface BarPlotOptions {
  color: string;
  /** The colour of a range's rest (see `Bar.upTo`). */
  rangeColor?: string;
  /** The labels' column: at most `max` px and `share` of the chart's width; labels wrap between words in it. */
  labels: { max: number; share: number };
  /** Height per bar, and above and below them all (axis and margins). */
  rowHeight: number;
  frame?: number;
  /** Room right of the longest bar for its text. */
  marginRight: number;
  x: { domain?: [number, number]; label?: string | null; tickFormat: (d: number) => string };
}

/**
 * Horizontal bars with their labels on the left and their values written at their ends: the shape of every count
 * and share chart of Chapters 1-2 (Partnership outcomes and figures, the operators' survey). Returns the builder
 * Chart.svelte calls with its width.
 */
export function barPlot(bars: readonly Bar[], o: BarPlotOptions): (width: number) => SVGSVGElement | HTMLElement {
  const ranges = bars.filter((b) => b.upTo != null);
  return (width) => {
    const left = Math.min(o.labels.max, width * o.labels.share);
    return Plot.plot({
      width,
      height: (o.frame ?? 48) + bars.length * o.rowHeight,
      marginLeft: left,
      marginRight: o.marginRight,
      style: { fontSize: `${CHART_FONT_SIZE}px` },
      x: { grid: true, label: null, ...o.x },
      y: { label: null, domain: bars.map((b) => b.label) },
      marks: [
        Plot.axisY({ tickFormat: (d: string) => wrapText(d, left / CHART_FONT_SIZE - 1), tickSize: 0, label: null }),
        Plot.barX(bars, { x: 'value', y: 'label', fill: o.color }),
        ...(ranges.length ? [Plot.barX(ranges, { x1: 'value', x2: 'upTo', y: 'label', fill: o.rangeColor })] : []),
        Plot.text(bars, {
          x: (b: Bar) => b.upTo ?? b.value,
          y: 'label',
          text: 'text',
          dx: 6,
          textAnchor: 'start',
          fill: '#1a1a1a',
        }),
        Plot.ruleX([0]),
      ],
    });
  };
}
