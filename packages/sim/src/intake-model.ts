import type { Calendar } from './calendar.ts';
import type { IntakePoint } from './intake.ts';
import { exp, ln } from './portable-math.ts';

/**
 * The model of intake after the data end: quarterly report counts of each kind, fitted to the history (MODEL.md
 * §1b). For quarter q, with τ years from the end of the data to its middle,
 *
 *   count ~ Poisson(w_q · exp(a + b · D(τ)) · G_q),   G_q = exp(σ z − σ²/2), σ² = ln(1 + φ),
 *
 * where a is the log rate per quarter at the data end, b the trend per year, D(τ) the damped trend's horizon
 * ((1 − d^τ) / −ln d for a damping d per year below 1, τ at 1), w_q the quarter's length in quarters, and G_q a
 * mean-one burst multiplier whose variance φ carries the bursts the history shows (2008's web surge, 2016's
 * product wave, 2019Q2's web wave). a, b and φ are fitted by quasi-likelihood to the intervals between the
 * observed cumulative counts; (a, b) are drawn per history from their estimated normal distribution.
 */

export type IntakeKind = 'software' | 'web';
export const INTAKE_KINDS: readonly IntakeKind[] = ['software', 'web'];

/** The fit of one kind. */
export interface IntakeKindFit {
  /** Intervals between observed points that the fit used. */
  intervals: number;
  /** a: log of the mean reports per quarter at the data end. */
  logRate: number;
  /** b: trend of the log rate per year. */
  trend: number;
  /** Covariance of (a, b): [var a, cov, var b]. */
  covariance: [number, number, number];
  /** φ: variance of the burst multiplier (its mean is 1). */
  dispersion: number;
}

export interface IntakeFit {
  /** ISO date of the last observed point, where the projection starts. */
  fittedTo: string;
  windowYears: number;
  kinds: Record<IntakeKind, IntakeKindFit>;
}

/** A run of whole quarters [from, to] (calendar indices) with the reports of one kind received in it. */
export interface IntakeInterval {
  from: number;
  to: number;
  count: number;
}

const QUARTER_DAYS = 365.25 / 4;

/** Length of quarter q in quarters (the first quarter of the Partnership was cut short by its start). */
export function quarterWeight(calendar: Calendar, q: number): number {
  const start = q > 0 ? calendar.quarterEnds[q - 1]! : 0;
  return (calendar.quarterEnds[q]! - start) / QUARTER_DAYS;
}

/** Years from `endDay` to the middle of quarter q (negative before it). */
export function quarterTime(calendar: Calendar, q: number, endDay: number): number {
  const start = q > 0 ? calendar.quarterEnds[q - 1]! : 0;
  return ((start + calendar.quarterEnds[q]!) / 2 - endDay) / 365.25;
}

/**
 * The intervals between the points where a kind's cumulative count is observed: the news points, with the web
 * count at a quarter that the seed's Figure 1-1 also gives taken as its total minus the news' software count.
 * Interpolated points are Kaiji's reading, not observations, and are left out.
 */
export function intakeIntervals(
  points: readonly IntakePoint[],
  calendar: Calendar,
  kind: IntakeKind,
): IntakeInterval[] {
  const out: IntakeInterval[] = [];
  let from = 0;
  let before = 0;
  for (const p of points) {
    if (p.basis === 'seed+interpolated') continue;
    const to = calendar.quarters.indexOf(p.quarter);
    out.push({ from, to, count: p[kind] - before });
    from = to + 1;
    before = p[kind];
  }
  return out;
}

interface Row {
  count: number;
  mean: number;
  /** Sum of the squared quarterly means: the burst part of the variance is φ times this. */
  squares: number;
  g0: number;
  g1: number;
}

function rowsAt(intervals: readonly IntakeInterval[], calendar: Calendar, endDay: number, a: number, b: number): Row[] {
  return intervals.map((iv) => {
    let mean = 0;
    let squares = 0;
    let g1 = 0;
    for (let q = iv.from; q <= iv.to; q++) {
      const t = quarterTime(calendar, q, endDay);
      const mu = quarterWeight(calendar, q) * exp(a + b * t);
      mean += mu;
      squares += mu * mu;
      g1 += mu * t;
    }
    return { count: iv.count, mean, squares, g0: mean, g1 };
  });
}

/** φ such that the Pearson statistic equals its degrees of freedom (0 if even Poisson variance is too much). */
function pearsonDispersion(rows: readonly Row[], freedom: number): number {
  const pearson = (phi: number) =>
    rows.reduce((s, r) => s + ((r.count - r.mean) * (r.count - r.mean)) / (r.mean + phi * r.squares), 0);
  if (freedom <= 0 || pearson(0) <= freedom) return 0;
  let lo = 0;
  let hi = 1;
  while (pearson(hi) > freedom && hi < 1e6) hi *= 2;
  for (let k = 0; k < 80; k++) {
    const mid = (lo + hi) / 2;
    if (pearson(mid) > freedom) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Fits one kind: Fisher scoring of the quasi-likelihood with variance mean + φ · Σ(quarterly mean²), φ by the
 * Pearson statistic at each step, on the intervals that end within `windowYears` of the last observed point.
 */
export function fitIntakeKind(
  intervals: readonly IntakeInterval[],
  calendar: Calendar,
  windowYears: number,
): IntakeKindFit {
  const last = intervals.at(-1);
  if (!last) throw new Error('the intake history has no observed point to fit to');
  const endDay = calendar.quarterEnds[last.to]!;
  const used = intervals.filter((iv) => calendar.quarterEnds[iv.to]! > endDay - windowYears * 365.25);
  if (used.length < 3) throw new Error(`the intake fit needs at least 3 intervals in its window (has ${used.length})`);
  let quarters = 0;
  let reports = 0;
  for (const iv of used) {
    reports += iv.count;
    for (let q = iv.from; q <= iv.to; q++) quarters += quarterWeight(calendar, q);
  }
  let a = ln(reports / quarters);
  let b = 0;
  let phi = 0;
  let covariance: [number, number, number] = [0, 0, 0];
  for (let step = 0; step < 200; step++) {
    const rows = rowsAt(used, calendar, endDay, a, b);
    phi = pearsonDispersion(rows, rows.length - 2);
    let i00 = 0;
    let i01 = 0;
    let i11 = 0;
    let s0 = 0;
    let s1 = 0;
    for (const r of rows) {
      const v = r.mean + phi * r.squares;
      i00 += (r.g0 * r.g0) / v;
      i01 += (r.g0 * r.g1) / v;
      i11 += (r.g1 * r.g1) / v;
      s0 += (r.g0 * (r.count - r.mean)) / v;
      s1 += (r.g1 * (r.count - r.mean)) / v;
    }
    const det = i00 * i11 - i01 * i01;
    const da = (i11 * s0 - i01 * s1) / det;
    const db = (i00 * s1 - i01 * s0) / det;
    a += da;
    b += db;
    covariance = [i11 / det, -i01 / det, i00 / det];
    if (Math.abs(da) + Math.abs(db) < 1e-12) break;
  }
  return { intervals: used.length, logRate: a, trend: b, covariance, dispersion: phi };
}

/** Six significant digits, as the fitted files keep them. */
const round = (v: number) => Number(v.toPrecision(6));

/** Fits both kinds to the intake points (all of them: truncate the points first for a fit at an earlier date). */
export function fitIntake(points: readonly IntakePoint[], calendar: Calendar, windowYears: number): IntakeFit {
  const observed = points.filter((p) => p.basis !== 'seed+interpolated');
  const lastQuarter = observed.at(-1)?.quarter;
  if (!lastQuarter) throw new Error('the intake history has no observed point to fit to');
  const kinds = {} as Record<IntakeKind, IntakeKindFit>;
  for (const kind of INTAKE_KINDS) {
    const f = fitIntakeKind(intakeIntervals(points, calendar, kind), calendar, windowYears);
    kinds[kind] = {
      intervals: f.intervals,
      logRate: round(f.logRate),
      trend: round(f.trend),
      covariance: [round(f.covariance[0]), round(f.covariance[1]), round(f.covariance[2])],
      dispersion: round(f.dispersion),
    };
  }
  return { fittedTo: calendar.quarterEndDates[calendar.quarters.indexOf(lastQuarter)]!, windowYears, kinds };
}
