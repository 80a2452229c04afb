import {
  BACKTEST_ORIGINS,
  BACKTEST_TRIALS,
  type BacktestOrigin,
  type BacktestPoint,
  type BacktestResult,
  type BacktestScore,
} from '@kaiji/sim';
import { builder } from '../builder.ts';
import { langArgs, pick } from './lang.ts';

const Point = builder.objectRef<BacktestPoint>('BacktestPoint').implement({
  description: 'One observation the projection had not seen, beside what the projection said for its quarter.',
  fields: (t) => ({
    series: t.exposeString('series', { description: 'The series, as SimulationSeries.name.' }),
    quarter: t.exposeString('quarter', { description: "The quarter, e.g. '2019Q2'." }),
    observed: t.exposeFloat('observed', { description: 'What the knowledge base observed.' }),
    mean: t.exposeFloat('mean', { description: 'The projection’s mean over trials (baseline).' }),
    low: t.exposeFloat('low', { description: 'Its 5th percentile.' }),
    high: t.exposeFloat('high', { description: 'Its 95th percentile.' }),
    inside: t.exposeBoolean('inside', { description: 'Whether the observation lies inside the 90% band.' }),
    absolutePercentageError: t.exposeFloat('absolutePercentageError', {
      description: '|mean − observed| / |observed|.',
    }),
  }),
});

const Score = builder.objectRef<BacktestScore>('BacktestScore').implement({
  description: 'How the projection did on a set of observations it had not seen.',
  fields: (t) => ({
    series: t.string({
      nullable: true,
      description: 'The series scored, or null for all of them.',
      resolve: (s) => s.series,
    }),
    points: t.exposeInt('points', { description: 'Observations scored.' }),
    coverage: t.exposeFloat('coverage', { description: 'Share of them inside the 90% band (0.9 if well calibrated).' }),
    meanAbsolutePercentageError: t.exposeFloat('meanAbsolutePercentageError', {
      description: 'Mean absolute percentage error of the mean, as a share (0.1 for 10%).',
    }),
  }),
});

const Origin = builder.objectRef<BacktestOrigin>('BacktestOrigin').implement({
  description: 'One rolling origin: the model cut at that date, its intake refitted, projected to the data’s end.',
  fields: (t) => ({
    origin: t.exposeString('origin', { description: 'ISO date: the model saw the data up to it.' }),
    intakeFittedTo: t.exposeString('intakeFittedTo', {
      description: 'ISO date of the last observed intake point the refitted intake model saw.',
    }),
    score: t.field({ type: Score, description: 'All its observations.', resolve: (o) => o.score }),
    bySeries: t.field({ type: [Score], description: 'Per series.', resolve: (o) => o.bySeries }),
    points: t.field({ type: [Point], description: 'Every observation scored.', resolve: (o) => o.points }),
  }),
});

const Backtest = builder.objectRef<BacktestResult>('Backtest').implement({
  description:
    'How far to trust a projection: at rolling origins inside the data, the intake model refitted on what was known then and the baseline projected to the data’s end, scored on every later observation that no calibration target uses.',
  fields: (t) => ({
    trials: t.exposeInt('trials', { description: 'Trials of each origin’s projection.' }),
    seed: t.exposeInt('seed', { description: 'The seed: the same seed gives the same backtest.' }),
    dataEndsOn: t.exposeString('dataEndsOn', { description: 'ISO date each projection runs to.' }),
    engineVersion: t.exposeString('engineVersion', { description: 'Version of the engine.' }),
    modelVersion: t.exposeString('modelVersion', { description: 'Hash of the model’s data.' }),
    origins: t.field({ type: [Origin], description: 'Each origin, in date order.', resolve: (r) => r.origins }),
    overall: t.field({ type: Score, description: 'Every origin’s observations together.', resolve: (r) => r.overall }),
    bySeries: t.field({ type: [Score], description: 'Every origin together, per series.', resolve: (r) => r.bySeries }),
    refitted: t.string({
      description: 'What was refitted at each origin.',
      args: langArgs,
      resolve: (r, { lang }) => pick(lang, r.refitted.ja, r.refitted.en),
    }),
    fittedOnce: t.string({
      description: 'What was fitted once, on the data to their end, and which figures are therefore not scored.',
      args: langArgs,
      resolve: (r, { lang }) => pick(lang, r.fittedOnce.ja, r.fittedOnce.en),
    }),
  }),
});

builder.queryField('backtest', (t) =>
  t.field({
    type: Backtest,
    description: `Scores the projection on quarters it had not seen, from the origins ${BACKTEST_ORIGINS.join(', ')}. Deterministic; computed once per model, trials and seed (the first call takes seconds). Expensive: at most one per operation.`,
    args: {
      trials: t.arg.int({
        required: false,
        description: `Trials per origin (default ${BACKTEST_TRIALS}, at most 200).`,
      }),
      seed: t.arg.int({ required: false, description: 'The seed (default: the simulator’s).' }),
    },
    resolve: (_root, { trials, seed }, { simulator }) => simulator.backtest(trials ?? undefined, seed ?? undefined),
  }),
);
