import { buildCalendar, daysBetween, type Calendar } from './calendar.ts';
import { QuantileTable, exponential, logNormal, weibull } from './distributions.ts';
import { arrivals, arrivalsOf, intakePoints, type Arrivals, type IntakePoint } from './intake.ts';
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
  /** The reports as history received them. */
  arrivals: Arrivals;
  product: ProductParameters;
  website: WebsiteParameters;
  productBody: QuantileTable;
  websiteFix: QuantileTable;
  unitExponential: QuantileTable;
  assumptions: Assumption[];
  assumptionIndex: Map<string, number>;
}

const cache = new WeakMap<SimulationModel, ModelRuntime>();

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

export function prepareModel(model: SimulationModel): ModelRuntime {
  const cached = cache.get(model);
  if (cached) return cached;
  checkVocabulary(model);
  const calendar = buildCalendar(model.calendar.intakeStart, model.calendar.asOf);
  const intake = intakePoints(model, calendar);
  const nQ = calendar.quarters.length;
  const v = (key: ParameterKey) => parameterValue(model, key);
  const runtime: ModelRuntime = {
    model,
    calendar,
    intake,
    horizon: calendar.horizon,
    quarters: nQ,
    listStart: daysBetween(model.calendar.intakeStart, model.calendar.unreachableListStart),
    arrivals: arrivalsOf(calendar, arrivals(intake, 'software'), arrivals(intake, 'web')),
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
  cache.set(model, runtime);
  return runtime;
}
