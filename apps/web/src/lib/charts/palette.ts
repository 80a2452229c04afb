/**
 * Okabe-Ito colours (safe for the common colour-vision deficiencies), each series also told apart by its dash,
 * so the charts read in greyscale and on a washed-out projector too.
 */
export const SERIES_STYLE = {
  baseline: { stroke: '#000000', dash: '6 4', fill: '#999999', fillOpacity: 0.3 },
  /** The report's own figures (primary), drawn solid against the secondary and simulated lines. */
  report: { stroke: '#000000', dash: null, fill: '#000000', fillOpacity: 0.2 },
  scenario: { stroke: '#D55E00', dash: null, fill: '#D55E00', fillOpacity: 0.2 },
  blue: { stroke: '#0072B2', dash: null, fill: '#0072B2', fillOpacity: 0.2 },
  orange: { stroke: '#E69F00', dash: '2 3', fill: '#E69F00', fillOpacity: 0.2 },
  green: { stroke: '#009E73', dash: '8 3 2 3', fill: '#009E73', fillOpacity: 0.2 },
  purple: { stroke: '#CC79A7', dash: '1 3', fill: '#CC79A7', fillOpacity: 0.2 },
  sky: { stroke: '#56B4E9', dash: '4 2', fill: '#56B4E9', fillOpacity: 0.2 },
  /**
   * The projected quarters' shade: a pale blue, not a grey, so that it never reads as the baseline's grey band
   * (at 1280x720 on a projector the two greys were one); a swatch without a line in the legend.
   */
  projected: { stroke: '#56B4E9', dash: null, fill: '#56B4E9', fillOpacity: 0.13 },
} as const;

export type SeriesStyleKey = keyof typeof SERIES_STYLE;

/** Font size of chart text in pixels: large enough to read from the back of a meeting room. */
export const CHART_FONT_SIZE = 13;
