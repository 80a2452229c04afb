import { IntakeHistory, IsoDate, Localized, Quarter } from '@kaiji/kb/schema';
import { z } from 'zod';

/**
 * The simulation model as one JSON-serialisable object: the Partnership's intake, every assumption with its
 * source, the fitted parameters and the calibration targets. `loadSimulationModel` in `@kaiji/sim/node` builds
 * it from data/; a browser fetches it once and runs the engine on it with the same numbers as the server.
 */

export const Confidence = z.enum(['H', 'M', 'L']);
export type Confidence = z.infer<typeof Confidence>;

/** A source as the GraphQL contract's `Source` type has it, resolved from data/sources.yaml or a citation. */
export const ResolvedSource = z
  .object({
    label: z.string().min(1),
    /** The Japanese title, where the registry has one. */
    labelJa: z.string().min(1).optional(),
    locator: z.string().min(1).optional(),
    url: z.string().optional(),
    accessed: z.string().optional(),
  })
  .strict();
export type ResolvedSource = z.infer<typeof ResolvedSource>;

/**
 * What an assumption is for. `structure` shapes the baseline: the fit is conditional on its value, so it is never
 * drawn and overriding it un-calibrates the baseline. `response` only says how the Partnership would react to a
 * lever, so the baseline does not depend on it and it may be drawn from its range in each trial.
 */
export const AssumptionRole = z.enum(['structure', 'response']);
export type AssumptionRole = z.infer<typeof AssumptionRole>;

export const Assumption = z
  .object({
    key: z
      .string()
      .regex(/^[a-z][a-zA-Z]*(?:\.[a-z][a-zA-Z0-9]*)+$/, "a key is dotted camelCase, e.g. 'bounty.supplyElasticity'"),
    value: z.number().finite(),
    range: z.tuple([z.number().finite(), z.number().finite()]),
    unit: z.string().min(1),
    role: AssumptionRole,
    /** Drawn per trial from a triangular distribution on the range with its mode at value. */
    drawn: z.boolean(),
    confidence: Confidence,
    /** A short name, for where the key would otherwise show (a warning, a list). */
    label: Localized,
    text: Localized,
    /** null where no published estimate exists; `basis` then says why the value was chosen. */
    source: ResolvedSource.nullable(),
    basis: Localized.optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    const [min, max] = a.range;
    if (!(min <= a.value && a.value <= max)) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `value ${a.value} is outside its range [${min}, ${max}]`,
      });
    }
    if (a.drawn && a.role === 'structure') {
      ctx.addIssue({
        code: 'custom',
        path: ['drawn'],
        message: 'a structure assumption cannot be drawn: the fit is conditional on it',
      });
    }
    if (a.source === null && !a.basis) {
      ctx.addIssue({
        code: 'custom',
        path: ['basis'],
        message: 'an assumption without a source must say on what basis its value was chosen',
      });
    }
  });
export type Assumption = z.infer<typeof Assumption>;

/** How a fitted parameter is searched: shares on the logit scale, durations on the log scale. */
export const ParameterScale = z.enum(['share', 'positive']);

export const FittedParameter = z
  .object({
    key: z.string().regex(/^(?:product|website)\.[a-z][a-zA-Z0-9]*$/),
    scale: ParameterScale,
    unit: z.string().min(1),
    text: Localized,
    /** The calibration measures that pin this parameter down, for the reader of the model. */
    identifiedBy: z.array(z.string()).min(1),
    /** The fitted value from data/simulation/fitted.yaml. */
    value: z.number().finite(),
  })
  .strict()
  .refine((p) => (p.scale === 'share' ? p.value > 0 && p.value < 1 : p.value > 0), {
    message: 'a share must be in (0, 1) and a duration positive',
    path: ['value'],
  });
export type FittedParameter = z.infer<typeof FittedParameter>;

export const CalibrationTarget = z
  .object({
    /** A MetricKey, 'outcome.<KIND>.<OUTCOME>', 'unreachable.<listed|resumed|completed|stillUnreachable>' or 'series.<name>.<quarter>'. */
    measure: z.string().min(1),
    value: z.number().finite(),
    tolerance: z.number().positive(),
    label: Localized,
    source: ResolvedSource,
  })
  .strict();
export type CalibrationTarget = z.infer<typeof CalibrationTarget>;

const RunSettings = z.object({ trials: z.number().int().min(1).max(2000), seed: z.number().int() }).strict();

/** Where a lever stays within the evidence the model's response assumptions come from. */
export const LeverRange = z
  .object({
    field: z.string().min(1),
    /** The lever's short name, for a warning in the reader's language rather than the field's code name. */
    label: Localized,
    range: z.tuple([z.number(), z.number()]),
    text: Localized,
    source: ResolvedSource.nullable(),
  })
  .strict();
export type LeverRange = z.infer<typeof LeverRange>;

/** The fitted intake of one kind (intake-model.ts): log rate and trend at the data end, their covariance, φ. */
const IntakeKindFit = z
  .object({
    intervals: z.number().int().positive(),
    logRate: z.number().finite(),
    trend: z.number().finite(),
    covariance: z.tuple([z.number().nonnegative(), z.number().finite(), z.number().nonnegative()]),
    dispersion: z.number().nonnegative(),
  })
  .strict();

export const IntakeFitSchema = z
  .object({
    fittedTo: IsoDate,
    windowYears: z.number().positive(),
    kinds: z.object({ software: IntakeKindFit, web: IntakeKindFit }).strict(),
  })
  .strict();

/** How a parameter of the intake model is explained to a reader: unit, confidence, what it is and why. */
const IntakeText = z
  .object({ unit: z.string().min(1), confidence: Confidence, text: Localized, basis: Localized })
  .strict();

/** How the intake is drawn after the last observed point (data/simulation/intake.yaml and intake-fitted.yaml). */
export const IntakeProjection = z
  .object({
    fit: IntakeFitSchema,
    /** The trend's damping per year, drawn per history (triangular on the range, mode at value). */
    trendDampingPerYear: z
      .object({
        value: z.number().min(0).max(1),
        range: z.tuple([z.number().positive(), z.number().max(1)]),
        confidence: Confidence,
        text: Localized,
        source: ResolvedSource.nullable(),
        basis: Localized,
      })
      .strict(),
    /** An engine bound: a quarter's mean rate is at most this multiple of the busiest observed interval's. */
    maxRateOverHistory: z.number().positive(),
    texts: z.object({ ratePerQuarter: IntakeText, trendPerYear: IntakeText, burstVariance: IntakeText }).strict(),
  })
  .strict();
export type IntakeProjection = z.infer<typeof IntakeProjection>;

/** A dated observation of a series that no calibration target uses (for the chart and the backtest). */
export const SeriesObservation = z
  .object({
    series: z.string().min(1),
    quarter: Quarter,
    value: z.number().finite(),
    text: Localized,
    source: ResolvedSource,
  })
  .strict();
export type SeriesObservation = z.infer<typeof SeriesObservation>;

export const SimulationModel = z
  .object({
    calendar: z
      .object({
        intakeStart: IsoDate,
        asOf: IsoDate,
        /** The unreachable-developer list began on this day; developers found unreachable earlier wait for it. */
        unreachableListStart: IsoDate,
        /** Where each date comes from. */
        sources: z.record(z.string(), ResolvedSource),
      })
      .strict(),
    intake: z
      .object({
        /** Cumulative software / web reports at quarter ends (data/partnership/intake-history.yaml). */
        history: IntakeHistory.shape.points,
        /** The seed's Figure 1-1: cumulative totals only, which win over the news where both exist. */
        seedQuarterly: z.array(
          z.object({ quarter: Quarter, cumulativeReports: z.number().int().nonnegative() }).strict(),
        ),
        projection: IntakeProjection,
      })
      .strict(),
    observations: z.array(SeriesObservation),
    assumptions: z.array(Assumption).min(1),
    parameters: z.array(FittedParameter).min(1),
    calibration: z
      .object({ check: RunSettings, fit: RunSettings, targets: z.array(CalibrationTarget).min(1) })
      .strict(),
    leverRanges: z.array(LeverRange),
  })
  .strict();
export type SimulationModel = z.infer<typeof SimulationModel>;
