import { triangular } from './distributions.ts';
import { quarterOfDate } from './calendar.ts';
import type { IntakeProjection } from './model.ts';
import { INTAKE_KINDS, quarterTime, quarterWeight } from './intake-model.ts';
import { exp, ln, normalQuantile, pow } from './portable-math.ts';
import { INTAKE_CASE_BASE, caseKey, uniform } from './random.ts';
import type { ModelRuntime } from './runtime.ts';

/**
 * One history's intake after the last observed point: its own intake parameters (level and trend drawn from
 * their fitted normal distribution, the trend's damping from its range), then each quarter's count of each kind
 * (a burst multiplier, then Poisson). The draws are keyed by the history, so a history's future is the same in
 * every run on the same seed, and in baseline and scenario alike.
 */

/** A Poisson count of mean λ from one uniform: inversion below 30, the normal approximation above. */
function poisson(lambda: number, u: number): number {
  if (lambda <= 0) return 0;
  if (lambda >= 30) {
    const n = Math.round(lambda + Math.sqrt(lambda) * normalQuantile(u));
    return n > 0 ? n : 0;
  }
  let k = 0;
  let p = exp(-lambda);
  let cdf = p;
  while (u > cdf && k < 1000) {
    k++;
    p *= lambda / k;
    cdf += p;
  }
  return k;
}

/** Years of trend a horizon of τ years carries under damping d per year: ∫₀^τ d^s ds. */
export function dampedHorizon(tau: number, damping: number): number {
  if (damping >= 1) return tau;
  return (1 - pow(damping, tau)) / -ln(damping);
}

export interface FutureIntake {
  /** Arrival days of each kind after the last observed point, ascending. */
  software: Float64Array;
  web: Float64Array;
}

const PURPOSE_LEVEL = 0;
const PURPOSE_TREND = 1;
const PURPOSE_BURST = 2;
const PURPOSE_COUNT = 3;

export function drawFutureIntake(rt: ModelRuntime, projection: IntakeProjection, hk: number): FutureIntake {
  const calendar = rt.calendar;
  const first = rt.intakeEndQuarter + 1;
  // The fit's time runs from its last observed point, which may precede the last arrival of the data (a quarter
  // that only Figure 1-1 gives, in a backtest).
  const endDay = calendar.quarterEnds[calendar.quarters.indexOf(quarterOfDate(projection.fit.fittedTo))]!;
  const d = projection.trendDampingPerYear;
  const damping = triangular(uniform(caseKey(hk, INTAKE_CASE_BASE), PURPOSE_TREND), d.range[0], d.value, d.range[1]);
  const out = {} as FutureIntake;
  INTAKE_KINDS.forEach((kind, k) => {
    const fit = projection.fit.kinds[kind];
    const [va, cab, vb] = fit.covariance;
    // (a, b) from their joint normal, by the Cholesky factor of the covariance.
    const l11 = Math.sqrt(va);
    const l21 = l11 > 0 ? cab / l11 : 0;
    const l22 = Math.sqrt(Math.max(0, vb - l21 * l21));
    const key = caseKey(hk, INTAKE_CASE_BASE + 1 + k);
    const z1 = normalQuantile(uniform(key, PURPOSE_LEVEL));
    const z2 = normalQuantile(uniform(key, PURPOSE_TREND));
    const a = fit.logRate + l11 * z1;
    const b = fit.trend + l21 * z1 + l22 * z2;
    const sigma = Math.sqrt(ln(1 + fit.dispersion));
    const cap = rt.intakeCap[kind];
    // Each quarter's count first, then the days straight into an array of the total's length.
    const counts = new Int32Array(rt.quarters);
    let total = 0;
    for (let q = first; q < rt.quarters; q++) {
      const qk = caseKey(hk, INTAKE_CASE_BASE + 16 + 2 * q + k);
      const tau = quarterTime(calendar, q, endDay);
      const burst = exp(sigma * normalQuantile(uniform(qk, PURPOSE_BURST)) - (sigma * sigma) / 2);
      const rate = exp(a + b * dampedHorizon(tau, damping)) * burst;
      counts[q] = poisson(quarterWeight(calendar, q) * (rate < cap ? rate : cap), uniform(qk, PURPOSE_COUNT));
      total += counts[q]!;
    }
    const days = new Float64Array(total);
    let at = 0;
    for (let q = first; q < rt.quarters; q++) {
      const n = counts[q]!;
      const start = calendar.quarterEnds[q - 1]!;
      const length = calendar.quarterEnds[q]! - start;
      for (let j = 0; j < n; j++) days[at++] = start + ((j + 0.5) * length) / n;
    }
    out[kind] = days;
  });
  return out;
}
