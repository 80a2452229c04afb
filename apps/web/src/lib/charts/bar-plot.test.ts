// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { barPlot, type Bar } from './bar-plot';

const bars: Bar[] = [
  { label: '公表済み', value: 120, text: '120' },
  { label: '取扱い中', value: 30, text: '30' },
  { label: '約25〜30%', value: 0.25, upTo: 0.3, text: '約25〜30%' },
];
const options = {
  color: '#0072B2',
  rangeColor: '#56B4E9',
  labels: { max: 240, share: 0.4 },
  rowHeight: 44,
  marginRight: 64,
  x: { tickFormat: (d: number) => String(d) },
};
const svgOf = (node: SVGSVGElement | HTMLElement) =>
  node instanceof SVGSVGElement ? node : node.querySelector('svg')!;

describe('barPlot', () => {
  it('draws one bar per row, a lighter bar for each range, and the text at the end of each', () => {
    const svg = svgOf(barPlot(bars, options)(800));
    const rects = [...svg.querySelectorAll('rect')].map(
      (r) => r.getAttribute('fill') ?? r.parentElement?.getAttribute('fill'),
    );
    expect(rects.filter((f) => f === '#0072B2')).toHaveLength(3);
    expect(rects.filter((f) => f === '#56B4E9')).toHaveLength(1);
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    for (const b of bars) expect(texts).toContain(b.text);
  });

  it('is as tall as its rows and its frame', () => {
    const svg = svgOf(barPlot(bars, options)(400));
    expect(svg.getAttribute('height')).toBe(String(48 + 3 * 44));
    const narrow = svgOf(barPlot(bars.slice(0, 1), { ...options, frame: 40 })(300));
    expect(narrow.getAttribute('height')).toBe(String(40 + 44));
  });
});
