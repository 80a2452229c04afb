import { buildCalendar, daysBetween, quarterOfDate, type Calendar } from './calendar.ts';
import { QuantileTable, exponential, logNormal, weibull } from './distributions.ts';
import { arrivals, arrivalsOf, intakePoints, type Arrivals, type IntakePoint } from './intake.ts';
import { INTAKE_KINDS, intakeIntervals, quarterWeight, type IntakeKind } from './intake-model.ts';
import type { Assumption, SimulationModel } from './model.ts';

/** The fitted parameters the engine reads, by key. The keys are the engine's vocabulary; their values are data. */
export const PARAMETER_KEYS = [
  'product.notAcceptedShare',
  'product.unreachableShare',
  'product.stalledShare',
  'product.resolutionMedianDays',
  'product.resolutionLogSd',
  'product.handledIndividuallyShare',
  'product.notVulnerableShare',
  'product.resumeMeanDays',
  'product.committeePublicationMeanDays',
  'product.completionMeanDays',
  'website.notAcceptedShare',
  'website.unreachableShare',
  'website.unreachableExitMeanDays',
  'website.alertClosedShare',
  'website.notVulnerableShare',
  'website.fixWeibullShape',
  'website.fixWeibullScaleDays',
  'website.fixStalledShare',
  'website.fixStalledMeanDays',
] as const;
export type ParameterKey = (typeof PARAMETER_KEYS)[number];

/** The assumptions the engine reads, by key. */
export const ASSUMPTION_KEYS = [
  'calendar.workingDays',
  'intake.triageMeanDays',
  'product.unreachableListingDelayMeanDays',
  'forcedPublication.anticipation',
  'forcedPublication.patchHazardRatio',
  'bounty.supplyElasticity',
  'bounty.referenceRewardJpy',
  'bounty.invalidShareOfInduced',
  'acknowledgement.reportUplift',
  'staff.capacityReportsPerWorkingDay',
  'staff.overloadDelayElasticity',
] as const;
export type AssumptionKey = (typeof ASSUMPTION_KEYS)[number];

export interface ProductParameters {
  notAccepted: number;
  unreachable: number;
  stalled: number;
  individually: number;
  notVulnerable: number;
  resumeMean: number;
  committeeMean: number;
  completionMean: number;
  /**
   * Cumulative probabilities of a report's class, for drawing it from one uniform: not accepted, unreachable,
   * stalled, handled individually, not a vulnerability (published is the rest).
   */
  classUpTo: Float64Array;
}

export interface WebsiteParameters {
  notAccepted: number;
  unreachable: number;
  unreachableExitMean: number;
  alertClosed: number;
  notVulnerable: number;
  fixStalled: number;
  fixStalledMean: number;
  /**
   * Cumulative probabilities: not accepted, unreachable, closed after alert, notified and not a vulnerability
   * (stalled, then body), notified and fixed after a stall (body fixes are the rest).
   */
  classUpTo: Float64Array;
}

/** Everything the replay needs that depends on the model only, computed once per model object. */
export interface ModelRuntime {
  model: SimulationModel;
  calendar: Calendar;
  intake: IntakePoint[];
  horizon: number;
  quarters: number;
  listStart: number;
  /** The reports as history received them, up to the last observed point. */
  arrivals: Arrivals;
  /** Calendar index of the quarter of the last observed intake point; later quarters draw their intake. */
  intakeEndQuarter: number;
  /** Calendar index of the quarter of the data's end (model.calendar.asOf). */
  dataEndQuarter: number;
  /** Whether the run goes past the last observed intake point. */
  projecting: boolean;
  /** The engine's bound on a projected quarter's mean rate, per kind (reports per quarter). */
  intakeCap: Record<IntakeKind, number>;
  product: ProductParameters;
  website: WebsiteParameters;
  productBody: QuantileTable;
  websiteFix: QuantileTable;
  unitExponential: QuantileTable;
  assumptions: Assumption[];
  assumptionIndex: Map<string, number>;
}

/** Runtimes by model object and run end: building one costs milliseconds, a model is loaded once. */
const cache = new WeakMap<SimulationModel, Map<string, ModelRuntime>>();

export function parameterValue(model: SimulationModel, key: ParameterKey): number {
  const p = model.parameters.find((x) => x.key === key);
  if (!p) throw new Error(`the model has no fitted parameter '${key}'`);
  return p.value;
}

function checkVocabulary(model: SimulationModel): void {
  const missing = [
    ...PARAMETER_KEYS.filter((k) => !model.parameters.some((p) => p.key === k)),
    ...ASSUMPTION_KEYS.filter((k) => !model.assumptions.some((a) => a.key === k)),
  ];
  if (missing.length > 0) throw new Error(`the model lacks ${missing.join(', ')}`);
}

function cumulative(shares: number[]): Float64Array {
  let sum = 0;
  return Float64Array.from(shares, (p) => (sum += p));
}

function productClasses(v: (key: ParameterKey) => number): Float64Array {
  const accepted = 1 - v('product.notAcceptedShare');
  const reachable = accepted * (1 - v('product.unreachableShare'));
  const resolves = reachable * (1 - v('product.stalledShare'));
  return cumulative([
    1 - accepted,
    accepted - reachable,
    reachable - resolves,
    resolves * v('product.handledIndividuallyShare'),
    resolves * v('product.notVulnerableShare'),
  ]);
}

function websiteClasses(v: (key: ParameterKey) => number): Float64Array {
  const accepted = 1 - v('website.notAcceptedShare');
  const reachable = accepted * (1 - v('website.unreachableShare'));
  const notified = reachable * (1 - v('website.alertClosedShare'));
  const notVulnerable = notified * v('website.notVulnerableShare');
  const stalled = v('website.fixStalledShare');
  return cumulative([
    1 - accepted,
    accepted - reachable,
    reachable - notified,
    notVulnerable * stalled,
    notVulnerable * (1 - stalled),
    (notified - notVulnerable) * stalled,
  ]);
}

/**
 * The runtime of a model for a run that ends at `until` (a quarter end; the data's end by default). Quarters
 * after the last observed intake point draw their intake (future-intake.ts).
 */
export function prepareModel(model: SimulationModel, until: string = model.calendar.asOf): ModelRuntime {
  let byEnd = cache.get(model);
  if (!byEnd) cache.set(model, (byEnd = new Map<string, ModelRuntime>()));
  const cached = byEnd.get(until);
  if (cached) return cached;
  checkVocabulary(model);
  const calendar = buildCalendar(model.calendar.intakeStart, until);
  const intake = intakePoints(model, calendar);
  const nQ = calendar.quarters.length;
  const intakeEndQuarter = calendar.quarters.indexOf(intake.at(-1)!.quarter);
  const intakeCap = {} as Record<IntakeKind, number>;
  for (const kind of INTAKE_KINDS) {
    let busiest = 0;
    for (const iv of intakeIntervals(intake, calendar, kind)) {
      let quarters = 0;
      for (let q = iv.from; q <= iv.to; q++) quarters += quarterWeight(calendar, q);
      busiest = Math.max(busiest, iv.count / quarters);
    }
    intakeCap[kind] = busiest * model.intake.projection.maxRateOverHistory;
  }
  const v = (key: ParameterKey) => parameterValue(model, key);
  const runtime: ModelRuntime = {
    model,
    calendar,
    intake,
    horizon: calendar.horizon,
    quarters: nQ,
    listStart: daysBetween(model.calendar.intakeStart, model.calendar.unreachableListStart),
    arrivals: arrivalsOf(calendar, arrivals(intake, 'software'), arrivals(intake, 'web')),
    intakeEndQuarter,
    dataEndQuarter: calendar.quarters.indexOf(quarterOfDate(model.calendar.asOf)),
    projecting: intakeEndQuarter < nQ - 1,
    intakeCap,
    product: {
      notAccepted: v('product.notAcceptedShare'),
      unreachable: v('product.unreachableShare'),
      stalled: v('product.stalledShare'),
      individually: v('product.handledIndividuallyShare'),
      notVulnerable: v('product.notVulnerableShare'),
      resumeMean: v('product.resumeMeanDays'),
      committeeMean: v('product.committeePublicationMeanDays'),
      completionMean: v('product.completionMeanDays'),
      classUpTo: productClasses(v),
    },
    website: {
      notAccepted: v('website.notAcceptedShare'),
      unreachable: v('website.unreachableShare'),
      unreachableExitMean: v('website.unreachableExitMeanDays'),
      alertClosed: v('website.alertClosedShare'),
      notVulnerable: v('website.notVulnerableShare'),
      fixStalled: v('website.fixStalledShare'),
      fixStalledMean: v('website.fixStalledMeanDays'),
      classUpTo: websiteClasses(v),
    },
    productBody: new QuantileTable(logNormal(v('product.resolutionMedianDays'), v('product.resolutionLogSd'))),
    websiteFix: new QuantileTable(weibull(v('website.fixWeibullShape'), v('website.fixWeibullScaleDays'))),
    unitExponential: new QuantileTable(exponential(1)),
    assumptions: model.assumptions,
    assumptionIndex: new Map(model.assumptions.map((a, i) => [a.key, i])),
  };
  byEnd.set(until, runtime);
  return runtime;
}
