import type { Localized } from '@kaiji/kb/schema';
import { parseSimulationInput, type ScenarioInput } from './input.ts';
import { METRIC_INFO, METRIC_KEYS, type MetricKey } from './metrics.ts';
import type { Confidence, ResolvedSource, SimulationModel } from './model.ts';
import type { HistoryCache } from './history-cache.ts';
import { MEASURES, SERIES, replay, type Measure, type SeriesName } from './replay.ts';
import { prepareModel, type ModelRuntime } from './runtime.ts';
import { intakeAssumptions } from './intake-assumptions.ts';
import { observedSeries } from './observed.ts';
import { band, describe, estimate, historyBand, type Band, type Estimate } from './summary.ts';
import { PREVIEW_WARNING, inputWarnings, staffLoadWarning, type SimulationWarning } from './warnings.ts';
import { ENGINE_VERSION, modelVersion } from './version.ts';

export { ENGINE_VERSION, modelVersion };

/** Trials in preview mode, the few-trial run for redrawing while a slider moves. */
export const PREVIEW_TRIALS = 8;

export interface MetricResult extends Estimate {
  key: MetricKey;
  label: Localized;
  unit: string;
  /** The seed's figure where it measures the same thing, with the calibration tolerance. */
  target?: { value: number; tolerance: number };
}

export interface OutcomeResult extends Estimate {
  kind: 'SOFTWARE_PRODUCT' | 'WEBSITE';
  outcome: string;
}

/** What an entry of a result's assumptions is: an assumption (chosen) or a parameter fitted to the seed's figures. */
export const ASSUMPTION_KINDS = ['assumption', 'fitted'] as const;
export type AssumptionKind = (typeof ASSUMPTION_KINDS)[number];

/** An assumption or fitted parameter as the run used it. */
export interface AssumptionUsed {
  key: string;
  kind: AssumptionKind;
  /** The value used: the override, or the default (the mode of the draw where drawn). */
  value: number;
  /** Mean of the values the trials used (differs from value only where drawn). */
  meanUsed: number;
  range?: [number, number];
  unit: string;
  text: Localized;
  source: ResolvedSource | null;
  basis?: Localized;
  confidence?: Confidence;
  role?: 'structure' | 'response';
  drawn: boolean;
  overridden: boolean;
}

/** A quarterly series of both arms, with what was observed where the data have it. */
export interface SeriesResult {
  baseline: Band;
  scenario: Band;
  observed: (number | null)[];
}

export interface SimulationResult {
  engineVersion: string;
  /** A hash of the model's data: a changed assumption or fit changes it. */
  modelVersion: string;
  mode: 'monteCarlo' | 'preview';
  seed: number;
  trials: number;
  /** ISO date the run ends at: `until`, or the data's end. */
  asOf: string;
  /** ISO date the data end at; quarters after it are projections. */
  dataEndsOn: string;
  input: ScenarioInput;
  metrics: MetricResult[];
  outcomes: OutcomeResult[];
  unreachable: Record<'listed' | 'resumed' | 'completed' | 'stillUnreachable', Estimate>;
  /** Case-days during which a reported vulnerability stayed unfixed up to asOf, while the Partnership tracked it. */
  exposure: Record<'productPrivateDays' | 'productPublicDays' | 'websitePrivateDays', Estimate>;
  forcedPublications: Estimate;
  reports: Record<'received' | 'induced' | 'invalidInduced', Estimate>;
  staffLoad: {
    capacity: { baseline: number; scenario: number };
    peakReportsPerWorkingDay: Estimate;
    quartersOverCapacity: Estimate;
    /** Mean factor by which handling stretched, weighted by reports (1 = as in history). */
    meanDelayFactor: Estimate;
  };
  series: {
    quarters: string[];
    quarterEnds: string[];
  } & Record<SeriesName, SeriesResult>;
  warnings: SimulationWarning[];
  assumptions: AssumptionUsed[];
}

export interface RunOptions {
  /** 'preview': at most PREVIEW_TRIALS trials with assumptions at their values, for slider drags. */
  mode?: 'monteCarlo' | 'preview';
  /** Replay one kind only; the other kind's figures are then zero. For the calibration script. */
  only?: 'products' | 'websites';
  /**
   * Where to keep the drawn histories for the next run on the same model and seed (a worker keeps one); without
   * it every run draws its histories anew. A cache never changes a number, only how long a run takes.
   */
  cache?: HistoryCache;
}

function assumptionsUsed(
  rt: ModelRuntime,
  input: ScenarioInput,
  drawn: boolean,
  values: Float64Array,
  trials: number,
): AssumptionUsed[] {
  const used: AssumptionUsed[] = rt.assumptions.map((a, i) => {
    const override = input.assumptions.find((o) => o.key === a.key);
    let sum = 0;
    for (let t = 0; t < trials; t++) sum += values[i * trials + t]!;
    return {
      key: a.key,
      kind: 'assumption',
      value: override?.value ?? a.value,
      meanUsed: sum / trials,
      range: a.range,
      unit: a.unit,
      text: a.text,
      source: a.source,
      ...(a.basis ? { basis: a.basis } : {}),
      confidence: a.confidence,
      role: a.role,
      drawn: drawn && a.drawn && !override,
      overridden: override !== undefined,
    };
  });
  for (const p of rt.model.parameters) {
    used.push({
      key: p.key,
      kind: 'fitted',
      value: p.value,
      meanUsed: p.value,
      unit: p.unit,
      text: p.text,
      source: {
        label:
          'Fitted by the calibration script (pnpm --filter @kaiji/sim calibrate) to the seed report’s Chapter 1 figures',
        locator: `calibration measures: ${p.identifiedBy.join(', ')}`,
      },
      drawn: false,
      overridden: false,
    });
  }
  return used;
}

/**
 * Replays the Partnership's reports under the input's levers and against the baseline, on common random
 * numbers. Pure and deterministic: the same input, seed and model give byte-identical JSON.
 */
export function runSimulation(rawInput: unknown, model: SimulationModel, options: RunOptions = {}): SimulationResult {
  const parsed = parseSimulationInput(rawInput, model.assumptions, model.calendar.asOf);
  const rt = prepareModel(model, parsed.until ?? model.calendar.asOf);
  const preview = options.mode === 'preview';
  const input: ScenarioInput = preview ? { ...parsed, trials: Math.min(parsed.trials, PREVIEW_TRIALS) } : parsed;
  const out = replay(rt, input, {
    drawAssumptions: !preview,
    ...(options.only ? { only: options.only } : {}),
    ...(options.cache ? { cache: options.cache } : {}),
  });
  const n = out.trials;
  const [base, scen] = out.measures;
  const at = (m: Measure) => MEASURES.indexOf(m) * n;
  const est = (m: Measure) => estimate(base, scen, at(m), n);
  const targets = new Map(model.calibration.targets.map((t) => [t.measure, t]));

  const metrics: MetricResult[] = METRIC_KEYS.map((key) => {
    const target = targets.get(key);
    return {
      key,
      ...METRIC_INFO[key],
      ...est(key),
      ...(target ? { target: { value: target.value, tolerance: target.tolerance } } : {}),
    };
  });
  const outcomes: OutcomeResult[] = MEASURES.filter((m) => m.startsWith('outcome.')).map((m) => {
    const [, kind, outcome] = m.split('.') as [string, 'SOFTWARE_PRODUCT' | 'WEBSITE', string];
    return { kind, outcome, ...est(m) };
  });
  const seriesOut = {
    quarters: rt.calendar.quarters,
    quarterEnds: rt.calendar.quarterEndDates,
  } as SimulationResult['series'];
  const observed = observedSeries(model, rt.calendar);
  SERIES.forEach((name, i) => {
    const baseline = historyBand(out.series[0][i]!, out.histories, n, rt.quarters);
    seriesOut[name] = {
      baseline,
      scenario: band(out.series[1][i]!, n, rt.quarters, out.column, { differs: out.differs[i]!, band: baseline }),
      observed: observed[name] ?? rt.calendar.quarters.map(() => null),
    };
  });

  const capacityIndex = rt.assumptionIndex.get('staff.capacityReportsPerWorkingDay')!;
  const baseCapacity = describe(out.assumptionValues, capacityIndex * n, n)[0];
  const peak = est('staff.peakReportsPerWorkingDay');
  const warnings = inputWarnings(rt, input);
  const beyond = staffLoadWarning(rt, peak.baselineHigh, peak.scenarioHigh);
  if (beyond) warnings.push(beyond);
  if (preview) warnings.push(PREVIEW_WARNING);

  return {
    engineVersion: ENGINE_VERSION,
    modelVersion: modelVersion(model),
    mode: preview ? 'preview' : 'monteCarlo',
    seed: input.seed,
    trials: n,
    asOf: rt.calendar.quarterEndDates.at(-1)!,
    dataEndsOn: model.calendar.asOf,
    input,
    metrics,
    outcomes,
    unreachable: {
      listed: est('unreachable.listed'),
      resumed: est('unreachable.resumed'),
      completed: est('unreachable.completed'),
      stillUnreachable: est('unreachable.stillUnreachable'),
    },
    exposure: {
      productPrivateDays: est('exposure.productPrivateDays'),
      productPublicDays: est('exposure.productPublicDays'),
      websitePrivateDays: est('exposure.websitePrivateDays'),
    },
    forcedPublications: est('forcedPublications'),
    reports: {
      received: est('reports.received'),
      induced: est('reports.induced'),
      invalidInduced: est('reports.invalidInduced'),
    },
    staffLoad: {
      capacity: { baseline: baseCapacity, scenario: input.staffCapacity?.reportsPerWorkingDay ?? baseCapacity },
      peakReportsPerWorkingDay: peak,
      quartersOverCapacity: est('staff.quartersOverCapacity'),
      meanDelayFactor: est('staff.meanDelayFactor'),
    },
    series: seriesOut,
    warnings,
    assumptions: [
      ...assumptionsUsed(rt, input, !preview, out.assumptionValues, n),
      ...(rt.projecting ? intakeAssumptions(model.intake.projection) : []),
    ],
  };
}

/**
 * The baseline means of every calibration measure (MetricKeys, outcome counts, unreachable counts and
 * 'series.<name>.<quarter>' values), for the calibration script and tests.
 */
export function calibrationMeasures(result: SimulationResult): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of result.metrics) m.set(x.key, x.baseline);
  for (const x of result.outcomes) m.set(`outcome.${x.kind}.${x.outcome}`, x.baseline);
  for (const [k, v] of Object.entries(result.unreachable)) m.set(`unreachable.${k}`, v.baseline);
  for (const name of SERIES) {
    result.series.quarters.forEach((q, i) => m.set(`series.${name}.${q}`, result.series[name].baseline.mean[i]!));
  }
  return m;
}
