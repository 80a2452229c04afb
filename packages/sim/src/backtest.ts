import type { Localized } from '@kaiji/kb/schema';
import { buildCalendar, quarterOfDate } from './calendar.ts';
import { DEFAULT_SEED } from './input.ts';
import { intakePoints } from './intake.ts';
import { fitIntake, type IntakeFit } from './intake-model.ts';
import type { SeriesName } from './measure.ts';
import type { SimulationModel } from './model.ts';
import { observedSeries } from './observed.ts';
import { ENGINE_VERSION, modelVersion, runSimulation } from './simulation.ts';

/**
 * The backtest: how the projection did on quarters it had not seen. For each origin, the model is cut at the
 * origin (the intake history and Figure 1-1 up to it), the intake model is refitted on what is left, and the
 * baseline is projected to the data's end; every observation after the origin that no calibration target uses
 * is scored against the projection's 90% band (coverage) and its mean (absolute percentage error).
 */

/**
 * Origins a year or more apart at which the intake history changes: 2014-12-31 would see what 2012-12-31 sees (no
 * news point falls between 2011Q2 and 2015Q4), so the second origin is 2015-12-31.
 */
export const BACKTEST_ORIGINS = ['2012-12-31', '2015-12-31', '2016-12-31', '2018-12-31'] as const;
/**
 * Trials of each origin's projection. The backtest runs the baseline only, whose band comes from the 40 histories
 * (MODEL.md §6): more trials would repeat them, not add to them.
 */
export const BACKTEST_TRIALS = 40;

/** The series the backtest scores: those whose observations no calibration target uses. */
export const BACKTEST_SERIES = [
  'reportsCumulative',
  'productReportsCumulative',
  'websiteReportsCumulative',
  'productPublishedWithin45DaysShare',
] as const satisfies readonly SeriesName[];
export type BacktestSeries = (typeof BACKTEST_SERIES)[number];

export interface BacktestPoint {
  series: BacktestSeries;
  quarter: string;
  observed: number;
  mean: number;
  low: number;
  high: number;
  inside: boolean;
  /** |mean − observed| / |observed|. */
  absolutePercentageError: number;
}

export interface BacktestScore {
  /** The series scored, or null for all of them. */
  series: BacktestSeries | null;
  points: number;
  /** Share of the observations inside the 90% band. */
  coverage: number;
  /** Mean absolute percentage error of the mean. */
  meanAbsolutePercentageError: number;
}

export interface BacktestOrigin {
  /** The origin: the model saw the data up to this date. */
  origin: string;
  /** The last observed intake point the refitted intake model saw (the news come at intervals). */
  intakeFittedTo: string;
  intakeFit: IntakeFit;
  score: BacktestScore;
  bySeries: BacktestScore[];
  points: BacktestPoint[];
}

export interface BacktestResult {
  engineVersion: string;
  modelVersion: string;
  trials: number;
  seed: number;
  dataEndsOn: string;
  origins: BacktestOrigin[];
  overall: BacktestScore;
  bySeries: BacktestScore[];
  /** What was refitted at each origin, and what was fitted once on the whole data. */
  refitted: Localized;
  fittedOnce: Localized;
}

export const BACKTEST_METHOD: Pick<BacktestResult, 'refitted' | 'fittedOnce'> = {
  refitted: {
    ja: '各起点で、起点までの届出履歴（報道の四半期値と図 1-1）だけから届出モデル（水準、傾向、バースト）を当てはめ直した。',
    en: 'At each origin, the intake model (level, trend, bursts) was refitted on the intake history up to the origin only (the news quarters and Figure 1-1).',
  },
  fittedOnce: {
    ja: '届出 1 件ごとの経路のパラメータ（受理、公表・修正までの時間、連絡不能など）は 2020年9月30日時点の第1章の数値に一度だけ当てはめたもの。それらが使う数値（2020年第3四半期の件数）は採点に使わない。',
    en: 'The parameters of each report’s path (acceptance, times to publication and fix, unreachable parties) were fitted once, to Chapter 1’s figures at 2020-09-30; the figures they were fitted to (the 2020Q3 counts) are not scored.',
  },
};

/** The model as it stood at `origin`: intake observed up to it, the intake model refitted on that. */
export function modelAt(model: SimulationModel, origin: string): SimulationModel {
  const quarter = quarterOfDate(origin);
  const history = model.intake.history.filter((p) => p.quarter <= quarter);
  const seedQuarterly = model.intake.seedQuarterly.filter((p) => p.quarter <= quarter);
  const cut = {
    ...model,
    calendar: { ...model.calendar, asOf: origin },
    intake: { ...model.intake, history, seedQuarterly },
  };
  const calendar = buildCalendar(model.calendar.intakeStart, origin);
  const fit = fitIntake(intakePoints(cut, calendar), calendar, model.intake.projection.fit.windowYears);
  return { ...cut, intake: { ...cut.intake, projection: { ...model.intake.projection, fit } } };
}

function score(points: readonly BacktestPoint[], series: BacktestSeries | null): BacktestScore {
  const n = points.length;
  return {
    series,
    points: n,
    coverage: n > 0 ? points.filter((p) => p.inside).length / n : 0,
    meanAbsolutePercentageError: n > 0 ? points.reduce((s, p) => s + p.absolutePercentageError, 0) / n : 0,
  };
}

function bySeries(points: readonly BacktestPoint[]): BacktestScore[] {
  return BACKTEST_SERIES.map((name) =>
    score(
      points.filter((p) => p.series === name),
      name,
    ),
  ).filter((s) => s.points > 0);
}

export interface BacktestOptions {
  trials?: number;
  seed?: number;
  origins?: readonly string[];
}

export function runBacktest(model: SimulationModel, options: BacktestOptions = {}): BacktestResult {
  const trials = options.trials ?? BACKTEST_TRIALS;
  const seed = options.seed ?? DEFAULT_SEED;
  const until = model.calendar.asOf;
  const origins = (options.origins ?? BACKTEST_ORIGINS).map((origin): BacktestOrigin => {
    const cut = modelAt(model, origin);
    const run = runSimulation({ trials, seed, until }, cut);
    const observed = observedSeries(model, buildCalendar(model.calendar.intakeStart, until));
    const originQuarter = quarterOfDate(origin);
    const points: BacktestPoint[] = [];
    for (const name of BACKTEST_SERIES) {
      const band = run.series[name].baseline;
      run.series.quarters.forEach((quarter, i) => {
        const value = observed[name]?.[i];
        if (value === null || value === undefined || quarter <= originQuarter) return;
        const mean = band.mean[i]!;
        points.push({
          series: name,
          quarter,
          observed: value,
          mean,
          low: band.low[i]!,
          high: band.high[i]!,
          inside: band.low[i]! <= value && value <= band.high[i]!,
          absolutePercentageError: Math.abs(mean - value) / Math.abs(value),
        });
      });
    }
    return {
      origin,
      intakeFittedTo: cut.intake.projection.fit.fittedTo,
      intakeFit: cut.intake.projection.fit,
      score: score(points, null),
      bySeries: bySeries(points),
      points,
    };
  });
  const all = origins.flatMap((o) => o.points);
  return {
    engineVersion: ENGINE_VERSION,
    modelVersion: modelVersion(model),
    trials,
    seed,
    dataEndsOn: until,
    origins,
    overall: score(all, null),
    bySeries: bySeries(all),
    ...BACKTEST_METHOD,
  };
}
