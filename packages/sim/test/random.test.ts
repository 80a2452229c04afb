import { describe, expect, it } from 'vitest';
import { exp, ln, normalCdf, normalQuantile, pow } from '../src/portable-math.ts';
import { caseKey, trialKey, uniform } from '../src/random.ts';

describe('given the counter-based uniforms', () => {
  const n = 200_000;
  const bins = new Float64Array(20);
  let sum = 0;
  let cross = 0;
  for (let i = 0; i < n; i++) {
    const key = caseKey(trialKey(1, i % 100), Math.floor(i / 100));
    const u = uniform(key, 2);
    const v = uniform(key, 4);
    expect(u > 0 && u < 1).toBe(true);
    bins[Math.floor(u * 20)]! += 1;
    sum += u;
    cross += (u - 0.5) * (v - 0.5);
  }
  it('are uniform (chi-square over 20 bins below the 0.1% critical value)', () => {
    const expected = n / 20;
    const chi2 = bins.reduce((s, b) => s + ((b - expected) * (b - expected)) / expected, 0);
    expect(chi2).toBeLessThan(43.8);
    expect(sum / n).toBeCloseTo(0.5, 2);
  });
  it('are uncorrelated between purposes of the same case', () => {
    expect(Math.abs(cross / n) * 12).toBeLessThan(0.01);
  });
});

describe('given the portable math', () => {
  it('agrees with Math to a few ulps', () => {
    for (let i = 0; i < 5000; i++) {
      const x = Math.exp((i / 5000 - 0.5) * 80);
      expect(Math.abs(ln(x) - Math.log(x))).toBeLessThanOrEqual(1e-14 * Math.max(1, Math.abs(Math.log(x))));
      const y = (i / 5000 - 0.5) * 60;
      expect(Math.abs(exp(y) / Math.exp(y) - 1)).toBeLessThan(1e-14);
    }
    expect(pow(2, 10)).toBe(1024);
    expect(ln(1)).toBe(0);
    expect(exp(0)).toBe(1);
  });
  it('inverts the normal distribution', () => {
    for (const p of [1e-9, 0.001, 0.025, 0.3, 0.5, 0.9, 0.975, 0.999999]) {
      expect(normalCdf(normalQuantile(p)) / p).toBeCloseTo(1, 9);
    }
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
  });
});
