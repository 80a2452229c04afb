import PptxGenJS from 'pptxgenjs';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { safeUrl } from '$lib/safe-url';
import { titleLang } from '$lib/source';
import type { ReportAssumption } from '$lib/server/operations/simulation';
import { formatMetric } from '$lib/simulate/format';
import { COLOR, SLIDE, deckFont, deckLang } from './theme';

type Slide = PptxGenJS.Slide;
type SourceRef = NonNullable<ReportAssumption['source']>;

/** The pieces every deck of Kaiji is built from, in one language: the package, its text style and its slides. */
export interface DeckParts {
  pptx: PptxGenJS;
  /** Font, language and colour of every text run. */
  text: { fontFace: string; lang: string; color: string };
  font: string;
  /** The width inside the margins. */
  width: number;
  colon: string;
  heading(slide: Slide, title: string): void;
  note(slide: Slide, line: string, y?: number): void;
  /** "1,853（1,700–2,000）" in Japanese, "1,853 (1,700–2,000)" in English. */
  band(mean: number, low: number, high: number, unit: string): string;
  cell(value: string, options?: PptxGenJS.TableCellProps): PptxGenJS.TableCell;
  headerCell(value: string): PptxGenJS.TableCell;
}

/** A wide (16:9) deck in the report's language, titled, with the theme fonts that render Japanese. */
export function deckParts(locale: Locale, title: string): DeckParts {
  const font = deckFont(locale);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = title;
  pptx.author = 'Kaiji';
  pptx.company = 'Kaiji';
  pptx.theme = { headFontFace: font, bodyFontFace: font };
  const text = { fontFace: font, lang: deckLang(locale), color: COLOR.text } as const;
  const width = SLIDE.w - 2 * SLIDE.margin;
  const cell = (value: string, options: PptxGenJS.TableCellProps = {}) => ({ text: value, options });
  const [open, close] = locale === 'ja' ? ['（', '）'] : [' (', ')'];
  return {
    pptx,
    text,
    font,
    width,
    colon: locale === 'ja' ? '：' : ': ',
    heading: (slide, title) =>
      slide.addText(title, { ...text, x: SLIDE.margin, y: 0.3, w: width, h: 0.7, fontSize: 24, bold: true }),
    note: (slide, line, y = SLIDE.h - 0.8) =>
      slide.addText(line, { ...text, x: SLIDE.margin, y, w: width, h: 0.5, fontSize: 11, color: COLOR.muted }),
    band: (mean, low, high, unit) =>
      `${formatMetric(mean, unit, locale)}${open}${formatMetric(low, unit, locale)}–${formatMetric(high, unit, locale)}${close}`,
    cell,
    headerCell: (value) => cell(value, { bold: true, fill: { color: COLOR.headerFill } }),
  };
}

/**
 * A combination chart (several line groups, each with its own dash and markers). pptxgenjs documents
 * `addChart(types, options)` for these, but its typings only know the three-argument form.
 */
export function addCombo(slide: Slide, groups: PptxGenJS.IChartMulti[], options: PptxGenJS.IChartOpts): void {
  (slide as unknown as { addChart(g: PptxGenJS.IChartMulti[], o: PptxGenJS.IChartOpts): Slide }).addChart(
    groups,
    options,
  );
}

/**
 * A time axis's category labels: the first quarter of every year or every few years ("2008Q1"), the others
 * blank, so that about a dozen labels fit across a slide. LibreOffice ignores an axis's label skip and would
 * run 100 quarters into one another; the quarters themselves are in the workbook.
 */
export function quarterAxisLabels(quarters: readonly string[]): string[] {
  const years = Math.max(1, Math.round(quarters.length / 52)) * 2;
  return quarters.map((q) => (q.endsWith('Q1') && Number(q.slice(0, 4)) % years === 0 ? q : ''));
}

/** A key series' chart: the slide under its heading, the legend below, the value axis in the series' unit. */
export function addSeriesChart(parts: DeckParts, slide: Slide, groups: PptxGenJS.IChartMulti[], series: string): void {
  addCombo(slide, groups, {
    x: SLIDE.margin,
    y: 1.1,
    w: parts.width,
    h: 5.3,
    showLegend: true,
    legendPos: 'b',
    legendFontFace: parts.font,
    legendFontSize: 11,
    catAxisLabelFontFace: parts.font,
    valAxisLabelFontFace: parts.font,
    catAxisLabelFontSize: 10,
    valAxisLabelFontSize: 10,
    valAxisLabelFormatCode: series.endsWith('Share') ? '0%' : '#,##0',
  });
}

/** Every source once (by title and URL), in the order first cited. */
export function distinctSources(sources: readonly (SourceRef | null | undefined)[]): SourceRef[] {
  return [...new Map(sources.flatMap((s) => (s ? [[`${s.label}|${s.url ?? ''}`, s] as const] : []))).values()];
}

/** The sources slide: each source with its URL (a link) and the date it was read. */
export function addSourcesSlide(parts: DeckParts, sources: readonly SourceRef[], locale: Locale): void {
  const o = { locale };
  const slide = parts.pptx.addSlide();
  parts.heading(slide, m.deck_sources_title({}, o));
  slide.addText(
    sources.map((s) => {
      const url = safeUrl(s.url);
      const [open, close] = locale === 'ja' ? ['（', '）'] : [' (', ')'];
      const read = s.accessed ? `${open}${m.source_accessed({ date: s.accessed }, o)}${close}` : '';
      // A title in the other language (the engine's English-only calibration notes) is marked as such.
      const lang = titleLang(s.label) === locale ? parts.text.lang : deckLang(titleLang(s.label));
      return {
        text: `${s.label}${url ? ` ${url}` : ''}${read}`,
        options: { bullet: true, breakLine: true, lang, ...(url ? { hyperlink: { url } } : {}) },
      };
    }),
    { ...parts.text, x: SLIDE.margin, y: 1.1, w: parts.width, h: SLIDE.h - 1.6, fontSize: 12, valign: 'top' },
  );
}
