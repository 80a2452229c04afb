/** Exports of charts and their data: self-contained SVG, PNG at twice the size, and CSV that Excel opens as UTF-8. */

export const CHART_FONT =
  "'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Yu Gothic', Meiryo, sans-serif";

// Kaiji writes every CSV, here and in the API, with one writer that defuses formula-leading cells.
export { toCsv, type CsvCell } from '@kaiji/serving/csv';

export interface ExportDecor {
  title: string;
  /** One line under the chart, e.g. the source. */
  footer?: string;
  /** Legend entries drawn under the title, as the page shows them beside the chart. */
  legend?: {
    label: string;
    stroke: string;
    dash: string | null;
    /** A band's or a shade's swatch, as the chart fills it. */
    fill?: string;
    fillOpacity?: number;
    band?: boolean;
    dot?: boolean;
    /** A shaded area only (projected quarters): a swatch, no line. */
    shade?: boolean;
  }[];
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * A standalone SVG document of a rendered chart, ready for a slide or the minutes: white background, the
 * chart's title and legend above it and its source below, fonts that render Japanese.
 */
export function svgDocument(svg: SVGSVGElement, decor: ExportDecor): string {
  const box = svg.viewBox.baseVal;
  const width = box?.width || svg.clientWidth || 640;
  const height = box?.height || svg.clientHeight || 400;
  const top = 36 + (decor.legend?.length ? 26 : 0);
  const bottom = decor.footer ? 28 : 8;
  const out = el('svg', {
    xmlns: SVG_NS,
    width,
    height: height + top + bottom,
    viewBox: `0 0 ${width} ${height + top + bottom}`,
    'font-family': CHART_FONT,
  }) as SVGSVGElement;
  out.append(el('title', {}, decor.title));
  out.append(el('rect', { width: '100%', height: '100%', fill: '#ffffff' }));
  out.append(el('text', { x: 8, y: 24, 'font-size': 18, 'font-weight': 700, fill: '#1a1a1a' }, decor.title));
  let x = 8;
  for (const item of decor.legend ?? []) {
    const g = el('g', { transform: `translate(${x},${44})` });
    if (item.band || item.shade)
      g.append(
        el('rect', {
          x: 0,
          y: 0,
          width: 32,
          height: 12,
          fill: item.fill ?? item.stroke,
          'fill-opacity': item.fillOpacity ?? 0.2,
        }),
      );
    if (item.shade) {
      // The swatch is the whole mark.
    } else if (item.dot) g.append(el('circle', { cx: 16, cy: 6, r: 5, fill: item.stroke }));
    else {
      const line = el('line', { x1: 0, x2: 32, y1: 6, y2: 6, stroke: item.stroke, 'stroke-width': 3 });
      if (item.dash) line.setAttribute('stroke-dasharray', item.dash);
      g.append(line);
    }
    g.append(el('text', { x: 38, y: 11, 'font-size': 12, fill: '#1a1a1a' }, item.label));
    out.append(g);
    x += 56 + [...item.label].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 12 : 6.6), 0);
  }
  const chart = svg.cloneNode(true) as SVGSVGElement;
  chart.removeAttribute('class');
  chart.setAttribute('x', '0');
  chart.setAttribute('y', String(top));
  chart.setAttribute('width', String(width));
  chart.setAttribute('height', String(height));
  out.append(chart);
  if (decor.footer)
    out.append(el('text', { x: 8, y: top + height + 20, 'font-size': 11, fill: '#4a4a4a' }, decor.footer));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(out)}`;
}

/** Width and height of an exported SVG document. */
export function svgSize(svgText: string): { width: number; height: number } {
  const m = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svgText);
  return { width: Number(m?.[1] ?? 640), height: Number(m?.[2] ?? 400) };
}

export function download(content: Blob | string, filename: string, type = 'text/plain;charset=utf-8'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Draws the SVG onto a canvas at `scale` times its size (crisp on a projector or in a document) and returns a PNG. */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2D canvas.');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A file name from a title: keeps letters of any script, digits and dashes. */
export function fileSlug(text: string): string {
  return (
    text
      .normalize('NFKC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'chart'
  );
}
