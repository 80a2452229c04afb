import { triangular } from './distributions.ts';
import { daysBetween } from './calendar.ts';
import type { Arrivals } from './intake.ts';
import type { ScenarioInput } from './input.ts';
import { pow } from './portable-math.ts';
import { ASSUMPTION_CASE_BASE, caseKey, uniform } from './random.ts';
import type { AssumptionKey, ModelRuntime } from './runtime.ts';
import type { TrialLevers } from './trial-levers.ts';

/**
 * The levers of one trial as a function of the input, the model and the trial's assumption values: what every
 * report's path then reads (deadlines, compliance, induced report counts, staff factors). Nothing here depends
 * on an earlier trial or run; the result is written into a reused TrialLevers so that trials allocate nothing.
 */

/**
 * The value every assumption takes in the trial with key `tk`: the input's override, else a triangular draw on
 * its range (Monte Carlo, drawn assumptions only), else its value.
 */
export function drawAssumptionValues(
  rt: ModelRuntime,
  overrides: ReadonlyMap<string, number>,
  tk: number,
  drawAssumptions: boolean,
  values: Float64Array,
): void {
  const assumptions = rt.assumptions;
  for (let i = 0; i < assumptions.length; i++) {
    const a = assumptions[i]!;
    const pinned = overrides.get(a.key);
    values[i] =
      pinned !== undefined
        ? pinned
        : drawAssumptions && a.drawn
          ? triangular(uniform(caseKey(tk, ASSUMPTION_CASE_BASE + i), 0), a.range[0], a.value, a.range[1])
          : a.value;
  }
}

/** What the levers read besides the input and the assumptions: the history's arrivals and the replayed kinds. */
export interface LeverContext {
  arrivals: Arrivals;
  /** Reports of each kind replayed (0 for the kind a calibration run leaves out). */
  products: number;
  websites: number;
  workingDays: number;
  totalWeekdays: number;
  /** Day (since intake start) the levers take effect, 0 for always: leverStartDay's, worked out once per run. */
  startDay: number;
}

/** Day (since intake start) the input's levers take effect: 0 for always, or for a date before the intake. */
export function leverStartDay(rt: ModelRuntime, input: ScenarioInput): number {
  const start = input.startsOn === null ? 0 : daysBetween(rt.model.calendar.intakeStart, input.startsOn);
  return start > 0 ? start : 0;
}

/** Index of the first arrival on or after `day` in ascending arrivals (their count if none). */
function firstFrom(arrivals: Float64Array, day: number): number {
  let lo = 0;
  let hi = arrivals.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arrivals[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function resolveLevers(
  lv: TrialLevers,
  rt: ModelRuntime,
  input: ScenarioInput,
  value: (key: AssumptionKey) => number,
  context: LeverContext,
): void {
  const { arrivals, products: nP, websites: nW, workingDays, totalWeekdays } = context;
  const nQ = rt.quarters;
  lv.startDay = context.startDay;
  lv.productFirst = nP > 0 ? firstFrom(arrivals.productArrivals, lv.startDay) : 0;
  lv.websiteFirst = nW > 0 ? firstFrom(arrivals.websiteArrivals, lv.startDay) : 0;
  const fp = input.forcedPublication;
  lv.forcedOn = fp !== null;
  lv.forcedAll = fp?.appliesTo === 'ALL_PRODUCT_REPORTS';
  lv.afterDays = fp?.afterDays ?? 0;
  lv.anticipation = value('forcedPublication.anticipation');
  lv.setHazardRatio(value('forcedPublication.patchHazardRatio'));
  lv.mandateOn = input.legalMandate !== null;
  lv.mandateDays = input.legalMandate?.remediationDays ?? 0;
  lv.compliance = input.legalMandate?.compliance ?? 0;
  const bounty = input.bounty?.amountJpy ?? 0;
  lv.bountyJpy = bounty;
  const reference = value('bounty.referenceRewardJpy');
  // Constant elasticity of supply to the reward, measured from what reporters already get for nothing.
  const bountyMultiplier = bounty > 0 ? pow((reference + bounty) / reference, value('bounty.supplyElasticity')) : 1;
  const ackMultiplier = input.acknowledgement ? 1 + value('acknowledgement.reportUplift') : 1;
  const multiplier = bountyMultiplier * ackMultiplier;
  // A bounty or acknowledgements bring reports from the start date on, in proportion to the intake from then.
  const pOver = nP - lv.productFirst;
  const wOver = nW - lv.websiteFirst;
  lv.productExtra = Math.round(pOver * (multiplier - 1));
  lv.websiteExtra = Math.round(wOver * (multiplier - 1));
  lv.bountyShare = multiplier > 1 ? (bountyMultiplier - 1) / (multiplier - 1) : 0;
  lv.invalidShare = value('bounty.invalidShareOfInduced');

  // Staff capacity: handling stretches by how far the scenario's load exceeds capacity, relative to how far the
  // historical load exceeded today's capacity (the baseline, whose durations already contain that history).
  const baseCapacity = value('staff.capacityReportsPerWorkingDay');
  const capacity = input.staffCapacity?.reportsPerWorkingDay ?? baseCapacity;
  lv.baseCapacity = baseCapacity;
  lv.capacity = capacity;
  lv.extraByQuarter.fill(0);
  for (let j = 0; j < lv.productExtra; j++) {
    const idx = lv.productFirst + Math.floor(((j + 0.5) * pOver) / lv.productExtra);
    lv.extraByQuarter[arrivals.productQuarter[idx]!]! += 1;
  }
  for (let j = 0; j < lv.websiteExtra; j++) {
    const idx = lv.websiteFirst + Math.floor(((j + 0.5) * wOver) / lv.websiteExtra);
    lv.extraByQuarter[arrivals.websiteQuarter[idx]!]! += 1;
  }
  lv.staffActive = lv.productExtra + lv.websiteExtra > 0 || capacity !== baseCapacity;
  const beta = value('staff.overloadDelayElasticity');
  for (let q = 0; q < nQ; q++) {
    // A quarter that ends before the start date receives no report under the levers.
    if (!lv.staffActive || rt.calendar.quarterEnds[q]! <= lv.startDay) {
      lv.staffFactor[q] = 1;
      continue;
    }
    const days = (rt.calendar.weekdays[q]! * workingDays) / totalWeekdays;
    const loadBase = arrivals.receivedByQuarter[q]! / days;
    const loadScenario = (arrivals.receivedByQuarter[q]! + lv.extraByQuarter[q]!) / days;
    const over =
      (loadScenario > capacity ? loadScenario / capacity : 1) / (loadBase > baseCapacity ? loadBase / baseCapacity : 1);
    lv.staffFactor[q] = over === 1 ? 1 : pow(over, beta);
  }
  if (lv.forcedAll) {
    // Quarters with the same staff factor (all of them without a staff change) share one survival.
    let factor = NaN;
    let survival = NaN;
    for (let q = 0; q < nQ; q++) {
      if (lv.staffFactor[q] !== factor) {
        factor = lv.staffFactor[q]!;
        survival = rt.productBody.distribution.survival(lv.afterDays / factor);
      }
      lv.survivalAtDeadline[q] = survival;
    }
  }
}
