import { exp, ln, normalCdf, normalQuantile, pow } from './portable-math.ts';

/** A duration distribution: its exact quantile and survival functions. */
export interface DurationDistribution {
  quantile(u: number): number;
  survival(x: number): number;
}

export function exponential(mean: number): DurationDistribution {
  return {
    quantile: (u) => -mean * ln(1 - u),
    survival: (x) => exp(-x / mean),
  };
}

export function logNormal(median: number, logSd: number): DurationDistribution {
  const mu = ln(median);
  return {
    quantile: (u) => exp(mu + logSd * normalQuantile(u)),
    survival: (x) => (x <= 0 ? 1 : 1 - normalCdf((ln(x) - mu) / logSd)),
  };
}

export function weibull(shape: number, scale: number): DurationDistribution {
  return {
    quantile: (u) => scale * pow(-ln(1 - u), 1 / shape),
    survival: (x) => (x <= 0 ? 1 : exp(-pow(x / scale, shape))),
  };
}

/** The triangular distribution on [min, max] with its mode at `mode`, by inversion of the uniform u. */
export function triangular(u: number, min: number, mode: number, max: number): number {
  if (max <= min) return min;
  const split = (mode - min) / (max - min);
  return u < split
    ? min + Math.sqrt(u * (max - min) * (mode - min))
    : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
}

const SIZE = 8192;
const EDGE = 8 / SIZE;

/**
 * A quantile function tabulated on a grid of 8,192 points and interpolated linearly: the hot loop draws
 * millions of durations and a table lookup is ten times cheaper than a logarithm. The outermost 8 bins of each
 * tail, where heavy-tailed quantiles bend too fast for linear interpolation, use the exact function.
 */
export class QuantileTable {
  private readonly values: Float64Array;

  constructor(readonly distribution: DurationDistribution) {
    this.values = new Float64Array(SIZE + 1);
    for (let i = 1; i < SIZE; i++) this.values[i] = distribution.quantile(i / SIZE);
  }

  quantile(u: number): number {
    // The unary plus tells the optimiser that the exact function returns a number: without it the two returns
    // merged into an untyped value, and every table lookup in the hot loops was boxed (a heap number per draw).
    if (u < EDGE || u > 1 - EDGE) return +this.distribution.quantile(u);
    const x = u * SIZE;
    const i = x | 0;
    const lo = this.values[i]!;
    return lo + (this.values[i + 1]! - lo) * (x - i);
  }
}
