import {
  ASSUMPTION_KINDS,
  Confidence,
  METRIC_KEYS,
  SERIES,
  type AssumptionUsed,
  type Estimate,
  type MetricResult,
  type OutcomeResult,
  type SimulationResult,
  type SimulationWarning,
} from '@kaiji/sim';
import { builder } from '../builder.ts';
import { langArgs, pick } from './lang.ts';
import { SimulationInputRef, SimulationModeEnum } from './simulation-input.ts';
import { ReportKindEnum, ReportOutcomeEnum } from './partnership.ts';
import { SourceRef, type Citation } from './source.ts';

export const MetricKeyEnum = builder.enumType('MetricKey', {
  description:
    'Outcomes of a replay at asOf (2020-09-30). Where the seed measures the same thing, the baseline must reproduce it.',
  values: METRIC_KEYS,
});

/** The model's own kinds and confidence levels (@kaiji/sim), served as enums with the same strings as before. */
export const AssumptionKindEnum = builder.enumType('AssumptionKind', {
  description:
    'What an entry of a run’s assumptions is: `assumption` (chosen) or `fitted` (calibrated to the seed’s figures).',
  values: ASSUMPTION_KINDS,
});

export const ConfidenceEnum = builder.enumType('Confidence', {
  description: 'How well the evidence pins an assumption down: H (high), M (medium) or L (low).',
  values: Confidence.options,
});

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** The six figures of an Estimate, as both Estimate and Metric (whose figures are the contract's) serve them. */
function estimateFields<Shape extends Estimate>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, Shape>) {
  const figure = (key: keyof Estimate, description: string) => t.float({ description, resolve: (e) => e[key] });
  return {
    baseline: figure('baseline', 'Mean over trials without any lever.'),
    baselineLow: figure('baselineLow', '5th percentile without any lever.'),
    baselineHigh: figure('baselineHigh', '95th percentile without any lever.'),
    scenario: figure('scenario', 'Mean over trials with the scenario’s levers.'),
    scenarioLow: figure('scenarioLow', '5th percentile of the scenario over trials.'),
    scenarioHigh: figure('scenarioHigh', '95th percentile of the scenario over trials.'),
  };
}

const EstimateRef = builder.objectRef<Estimate>('Estimate').implement({
  description: 'A quantity of the replay: mean and 5th / 95th percentiles over trials, without and with the levers.',
  fields: (t) => estimateFields(t),
});

const MetricTarget = builder.objectRef<{ value: number; tolerance: number }>('MetricTarget').implement({
  description: 'The seed report’s figure for a metric, which the baseline must reproduce within the tolerance.',
  fields: (t) => ({
    value: t.exposeFloat('value', { description: 'The seed’s figure.' }),
    tolerance: t.exposeFloat('tolerance', { description: 'How far the baseline may be from it.' }),
  }),
});

const Metric = builder.objectRef<MetricResult>('Metric').implement({
  description: 'One outcome of the replay, without and with the scenario’s levers.',
  fields: (t) => ({
    key: t.field({ type: MetricKeyEnum, description: 'Which metric.', resolve: (m) => m.key }),
    label: t.string({
      description: 'What it measures.',
      args: langArgs,
      resolve: (m, { lang }) => pick(lang, m.label.ja, m.label.en),
    }),
    unit: t.exposeString('unit', { description: 'Its unit, e.g. reports, share, days, JPY.' }),
    ...estimateFields(t),
    target: t.field({
      type: MetricTarget,
      nullable: true,
      description: 'The seed’s figure where it measures the same thing.',
      resolve: (m) => m.target ?? null,
    }),
  }),
});

const OutcomeEstimate = builder.objectRef<OutcomeResult>('OutcomeEstimate').implement({
  description: 'Reports of one kind in one outcome state at asOf, as the replay counts them.',
  fields: (t) => ({
    kind: t.field({ type: ReportKindEnum, description: 'Product or website reports.', resolve: (o) => o.kind }),
    outcome: t.field({
      type: ReportOutcomeEnum,
      description: 'The outcome state.',
      resolve: (o) => o.outcome as never,
    }),
    estimate: t.field({ type: EstimateRef, description: 'How many.', resolve: (o) => o }),
  }),
});

const Assumption = builder.objectRef<AssumptionUsed>('Assumption').implement({
  description: 'An assumption or fitted parameter of the model, as the run used it.',
  fields: (t) => ({
    key: t.exposeString('key', { description: "Dotted key, e.g. 'bounty.supplyElasticity'." }),
    value: t.exposeFloat('value', {
      description: 'The value used: the override, or the default (the mode where drawn).',
    }),
    text: t.string({
      description: 'What it is.',
      args: langArgs,
      resolve: (a, { lang }) => pick(lang, a.text.ja, a.text.en),
    }),
    source: t.field({
      type: SourceRef,
      nullable: true,
      description: 'Where the value comes from; null where no published estimate exists (see basis).',
      resolve: (a): Citation | null =>
        a.source
          ? {
              entry: null,
              labelJa: a.source.labelJa ?? a.source.label,
              labelEn: a.source.label,
              locator: a.source.locator ?? null,
              url: a.source.url ?? null,
              accessed: a.source.accessed ?? null,
            }
          : null,
    }),
    basis: t.string({
      nullable: true,
      description: 'Why the value was chosen, where no source gives it.',
      args: langArgs,
      resolve: (a, { lang }) => (a.basis ? pick(lang, a.basis.ja, a.basis.en) : null),
    }),
    kind: t.field({
      type: AssumptionKindEnum,
      description: '`assumption` (chosen) or `fitted` (calibrated to the seed’s figures).',
      resolve: (a) => a.kind,
    }),
    unit: t.exposeString('unit', { description: 'Its unit.' }),
    rangeLow: t.float({
      nullable: true,
      description: 'Lower end of its plausible range.',
      resolve: (a) => a.range?.[0] ?? null,
    }),
    rangeHigh: t.float({
      nullable: true,
      description: 'Upper end of its plausible range.',
      resolve: (a) => a.range?.[1] ?? null,
    }),
    meanUsed: t.exposeFloat('meanUsed', {
      description: 'Mean of the values the trials used (differs from value only where drawn).',
    }),
    drawn: t.exposeBoolean('drawn', { description: 'Whether each trial drew it from its range.' }),
    overridden: t.exposeBoolean('overridden', { description: 'Whether the input pinned it.' }),
    confidence: t.field({
      type: ConfidenceEnum,
      nullable: true,
      description: 'H, M or L: how well the evidence pins it down.',
      resolve: (a) => a.confidence ?? null,
    }),
  }),
});

const Warning = builder.objectRef<SimulationWarning>('SimulationWarning').implement({
  description: 'Something the reader of a result should know, e.g. a lever set beyond the evidence.',
  fields: (t) => ({
    code: t.exposeString('code', {
      description: 'LEVER_OUTSIDE_EVIDENCE, BASELINE_UNCALIBRATED, STAFF_LOAD_BEYOND_HISTORY or PREVIEW.',
    }),
    field: t.string({
      nullable: true,
      description: 'The input field concerned, e.g. bounty.amountJpy.',
      resolve: (w) => w.field ?? null,
    }),
    label: t.string({
      nullable: true,
      description:
        'The name of the lever or assumption concerned (as the text names it), for a page to say the warning its own way; null for a warning about none.',
      args: langArgs,
      resolve: (w, { lang }) => (w.label ? pick(lang, w.label.ja, w.label.en) : null),
    }),
    value: t.float({
      nullable: true,
      description:
        'The value the run used for it (for STAFF_LOAD_BEYOND_HISTORY, the scenario’s busiest quarter over the baseline’s).',
      resolve: (w) => w.value ?? null,
    }),
    range: t.floatList({
      nullable: true,
      description:
        'The range the evidence covers, [low, high]: for a lever, the values the evidence supports; for an assumption, its range.',
      resolve: (w) => w.range ?? null,
    }),
    text: t.string({
      description: 'The warning.',
      args: langArgs,
      resolve: (w, { lang }) => pick(lang, w.text.ja, w.text.en),
    }),
  }),
});

interface SeriesShape {
  name: string;
  quarters: string[];
  baseline: { mean: number[]; low: number[]; high: number[] };
  scenario: { mean: number[]; low: number[]; high: number[] };
  observed: (number | null)[];
}

const Band = builder.objectRef<SeriesShape['baseline']>('Band').implement({
  description: 'Per quarter: the mean over trials and its 5th and 95th percentiles.',
  fields: (t) => ({
    low: t.floatList({ description: '5th percentile at each quarter end.', resolve: (b) => b.low }),
    mean: t.floatList({ description: 'Mean at each quarter end.', resolve: (b) => b.mean }),
    high: t.floatList({ description: '95th percentile at each quarter end.', resolve: (b) => b.high }),
  }),
});

const Series = builder.objectRef<SeriesShape>('SimulationSeries').implement({
  description: 'A quarterly series of a run, baseline and scenario, beside what was observed where the data have it.',
  fields: (t) => ({
    name: t.exposeString('name', {
      description: `One of ${SERIES.join(', ')}. productPublishedWithin45DaysShare is the share of that quarter’s product publications made within 45 days of acceptance; the ...Cumulative series count from 2004-07-08.`,
    }),
    quarters: t.exposeStringList('quarters', {
      description: "Quarter labels, e.g. '2020Q3', from the first quarter of data to the run's end.",
    }),
    baseline: t.field({ type: Band, description: 'Without any lever.', resolve: (s) => s.baseline }),
    scenario: t.field({ type: Band, description: 'With the scenario’s levers.', resolve: (s) => s.scenario }),
    observed: t.field({
      type: ['Float'],
      nullable: { list: false, items: true },
      description: 'What the knowledge base observed for each quarter, else null.',
      resolve: (s) => s.observed,
    }),
  }),
});

type ResultShape = SimulationResult & { calibrated: boolean };

const SimulationResultRef = builder.objectRef<ResultShape>('SimulationResult').implement({
  description: 'Outcomes of a replay of the Partnership’s reports under a scenario, with the assumptions it used.',
  fields: (t) => ({
    seed: t.exposeInt('seed', { description: 'The seed used: the same seed and input give the same result.' }),
    trials: t.exposeInt('trials', { description: 'Monte Carlo trials run.' }),
    metrics: t.field({
      type: [Metric],
      description: 'The contract’s metrics, in MetricKey order.',
      resolve: (r) => r.metrics,
    }),
    assumptions: t.field({
      type: [Assumption],
      description: 'Every assumption and fitted parameter, as used.',
      resolve: (r) => r.assumptions,
    }),
    asOf: t.exposeString('asOf', { description: 'ISO date the run ends at: `until`, or the data’s last quarter.' }),
    dataEndsOn: t.exposeString('dataEndsOn', {
      description: 'ISO date the data end at; quarters after it are projections.',
    }),
    engineVersion: t.exposeString('engineVersion', {
      description: 'Version of the engine; a change to it can change numbers.',
    }),
    modelVersion: t.exposeString('modelVersion', { description: 'Hash of the model’s data (assumptions, fit).' }),
    mode: t.field({ type: SimulationModeEnum, description: 'How the run was made.', resolve: (r) => r.mode }),
    calibrated: t.exposeBoolean('calibrated', {
      description: 'false when the fitted parameters are missing and the calibration’s start values stood in.',
    }),
    warnings: t.field({
      type: [Warning],
      description: 'What the reader should know about this result.',
      resolve: (r) => r.warnings,
    }),
    outcomes: t.field({
      type: [OutcomeEstimate],
      description: 'Reports by kind and outcome at asOf.',
      resolve: (r) => r.outcomes,
    }),
    forcedPublications: t.field({
      type: EstimateRef,
      description: 'Product cases published by force.',
      resolve: (r) => r.forcedPublications,
    }),
    reportsReceived: t.field({
      type: EstimateRef,
      description: 'All reports received.',
      resolve: (r) => r.reports.received,
    }),
    reportsInduced: t.field({
      type: EstimateRef,
      description: 'Reports that the levers brought in.',
      resolve: (r) => r.reports.induced,
    }),
    series: t.field({
      type: [Series],
      description: 'Quarterly series for charts.',
      resolve: (r) =>
        (Object.keys(r.series) as (keyof SimulationResult['series'])[])
          .filter((k) => k !== 'quarters' && k !== 'quarterEnds')
          .map((name) => {
            const bands = r.series[name] as unknown as Omit<SeriesShape, 'name' | 'quarters'>;
            return {
              name,
              quarters: r.series.quarters,
              baseline: bands.baseline,
              scenario: bands.scenario,
              observed: bands.observed,
            };
          }),
    }),
  }),
});

builder.queryField('simulate', (t) =>
  t.field({
    type: SimulationResultRef,
    description:
      'Replays the Partnership’s reports to 2020-09-30 under a policy scenario, or projects them to `until` (Monte Carlo). Expensive: at most one per operation; a wrong input is refused naming its field.',
    args: {
      input: t.arg({ type: SimulationInputRef, required: true, description: 'The scenario.' }),
      mode: t.arg({
        type: SimulationModeEnum,
        defaultValue: 'monteCarlo',
        description: 'Full run (default) or a quick preview.',
      }),
    },
    resolve: async (_root, { input, mode }, { simulator }) => {
      const result = await simulator.run(input, mode ?? 'monteCarlo');
      return { ...result, calibrated: simulator.model.calibrated };
    },
  }),
);
