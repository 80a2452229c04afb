import { METRIC_KEYS } from './metrics.ts';
import type { ModelRuntime } from './runtime.ts';
import { C, medianPublicationDays, type Tally } from './tally.ts';
import type { TrialLevers } from './trial-levers.ts';

/** Everything measured per trial and arm, in the order of the per-trial vectors. */
export const MEASURES = [
  ...METRIC_KEYS,
  'outcome.SOFTWARE_PRODUCT.NOT_ACCEPTED',
  'outcome.SOFTWARE_PRODUCT.PUBLISHED',
  'outcome.SOFTWARE_PRODUCT.HANDLED_INDIVIDUALLY',
  'outcome.SOFTWARE_PRODUCT.NOT_VULNERABLE',
  'outcome.SOFTWARE_PRODUCT.IN_HANDLING',
  'outcome.WEBSITE.NOT_ACCEPTED',
  'outcome.WEBSITE.FIXED',
  'outcome.WEBSITE.CLOSED_AFTER_ALERT',
  'outcome.WEBSITE.NOT_VULNERABLE',
  'outcome.WEBSITE.IN_HANDLING',
  'outcome.WEBSITE.OPERATOR_UNREACHABLE',
  'unreachable.listed',
  'unreachable.resumed',
  'unreachable.completed',
  'unreachable.stillUnreachable',
  'exposure.productPrivateDays',
  'exposure.productPublicDays',
  'exposure.websitePrivateDays',
  'forcedPublications',
  'reports.received',
  'reports.induced',
  'reports.invalidInduced',
  'staff.peakReportsPerWorkingDay',
  'staff.quartersOverCapacity',
  'staff.meanDelayFactor',
] as const;
export type Measure = (typeof MEASURES)[number];
const M = Object.fromEntries(MEASURES.map((m, i) => [m, i])) as Record<Measure, number>;

export const SERIES = [
  'productInHandling',
  'websiteInHandling',
  'productPublishedCumulative',
  'websiteFixedCumulative',
  'reportsPerWorkingDay',
  'websiteOpenOver90Days',
  'productReportsCumulative',
  'websiteReportsCumulative',
  'reportsCumulative',
  'productPublishedWithin45DaysShare',
] as const;
export type SeriesName = (typeof SERIES)[number];
const LOAD = SERIES.indexOf('reportsPerWorkingDay');

/**
 * Where one trial of one arm writes: [measure * trials + trial], and [series][column * quarters + quarter]: the
 * baseline's column is its history (every trial on a history has the same baseline series), the scenario's the
 * trial's place in the order the replay runs them (grouped by history, see ReplayOutput). A trial's quarters lie
 * side by side, and consecutive trials write next to each other.
 */
export interface ArmOutput {
  measures: Float64Array;
  series: Float64Array[];
}

export interface MeasureContext {
  rt: ModelRuntime;
  lv: TrialLevers;
  trials: number;
  workingDays: number;
  totalWeekdays: number;
  /** Working days from the first report to the end of the run. */
  runWorkingDays: number;
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/**
 * Reads one trial's tally of one arm (the baseline, or the scenario with the levers `lv`) into the per-trial
 * vectors: every measure at the end of the run, and every series at each quarter end.
 */
export function measureTrial(
  m: MeasureContext,
  t: Tally,
  scenario: boolean,
  trial: number,
  column: number,
  out: ArmOutput,
  days: Tally = t,
): void {
  const { rt, lv, trials, workingDays, totalWeekdays, runWorkingDays } = m;
  const c = t.c;
  const v = out.measures;
  const set = (key: Measure, value: number) => {
    v[M[key] * trials + trial] = value;
  };
  set('REPORTS_PER_WORKING_DAY', (c[C.pReceived]! + c[C.wReceived]!) / runWorkingDays);
  set('PRODUCT_PUBLISHED', c[C.pPublished]!);
  set('PRODUCT_IN_HANDLING', c[C.pInHandling]!);
  set('PRODUCT_PUBLISHED_WITHIN_45_DAYS_SHARE', share(c[C.pWithin45]!, c[C.pPublished]!));
  set('PRODUCT_MEDIAN_DAYS_TO_PUBLICATION', medianPublicationDays(days, c[C.pPublished]!));
  set('PRODUCT_PUBLISHED_WITHOUT_FIX', c[C.pWithoutFix]!);
  set('PRODUCT_UNREACHABLE_OPEN', c[C.unreachableOpen]!);
  set('WEBSITE_FIXED', c[C.wFixed]!);
  set('WEBSITE_IN_HANDLING', c[C.wInHandling]!);
  set('WEBSITE_FIXED_WITHIN_30_DAYS_SHARE', share(c[C.wWithin30]!, c[C.wFixed]!));
  set('WEBSITE_FIXED_WITHIN_90_DAYS_SHARE', share(c[C.wWithin90]!, c[C.wFixed]!));
  set('WEBSITE_OPEN_OVER_90_DAYS', c[C.wOpen90]!);
  // Paid for the reports accepted that arrived once the bounty was in force.
  set('BOUNTY_COST_JPY', scenario ? lv.bountyJpy * (c[C.accepted]! - lv.acceptedBeforeStart) : 0);
  set('outcome.SOFTWARE_PRODUCT.NOT_ACCEPTED', c[C.pNotAccepted]!);
  set('outcome.SOFTWARE_PRODUCT.PUBLISHED', c[C.pPublished]!);
  set('outcome.SOFTWARE_PRODUCT.HANDLED_INDIVIDUALLY', c[C.pIndividually]!);
  set('outcome.SOFTWARE_PRODUCT.NOT_VULNERABLE', c[C.pNotVulnerable]!);
  set('outcome.SOFTWARE_PRODUCT.IN_HANDLING', c[C.pInHandling]!);
  set('outcome.WEBSITE.NOT_ACCEPTED', c[C.wNotAccepted]!);
  set('outcome.WEBSITE.FIXED', c[C.wFixed]!);
  set('outcome.WEBSITE.CLOSED_AFTER_ALERT', c[C.wAlert]!);
  set('outcome.WEBSITE.NOT_VULNERABLE', c[C.wNotVulnerable]!);
  set('outcome.WEBSITE.IN_HANDLING', c[C.wInHandling]!);
  set('outcome.WEBSITE.OPERATOR_UNREACHABLE', c[C.wUnreachable]!);
  set('unreachable.listed', c[C.listed]!);
  set('unreachable.resumed', c[C.resumed]!);
  set('unreachable.completed', c[C.completed]!);
  set('unreachable.stillUnreachable', c[C.unreachableOpen]!);
  set('exposure.productPrivateDays', c[C.pPrivate]!);
  set('exposure.productPublicDays', c[C.pPublic]!);
  set('exposure.websitePrivateDays', c[C.wPrivate]!);
  set('forcedPublications', c[C.forced]!);
  set('reports.received', c[C.pReceived]! + c[C.wReceived]!);
  set('reports.induced', c[C.induced]!);
  set('reports.invalidInduced', c[C.invalidInduced]!);

  const s = out.series;
  const nQ = rt.quarters;
  const capacity = scenario ? lv.capacity : lv.baseCapacity;
  let productOpen = 0;
  let websiteOpen = 0;
  let websiteOpen90 = 0;
  let published = 0;
  let fixed = 0;
  let productReports = 0;
  let reports = 0;
  let peak = 0;
  let over = 0;
  let delay = 0;
  for (let q = 0; q < nQ; q++) {
    productOpen += t.productOpen[q]!;
    websiteOpen += t.websiteOpen[q]!;
    websiteOpen90 += t.websiteOpen90[q]!;
    published += t.productPublished[q]!;
    fixed += t.websiteFixed[q]!;
    productReports += t.productReceived[q]!;
    reports += t.received[q]!;
    const load = t.received[q]! / ((rt.calendar.weekdays[q]! * workingDays) / totalWeekdays);
    const at = column * nQ + q;
    s[0]![at] = productOpen;
    s[1]![at] = websiteOpen;
    s[2]![at] = published;
    s[3]![at] = fixed;
    s[4]![at] = load;
    s[5]![at] = websiteOpen90;
    s[6]![at] = productReports;
    s[7]![at] = reports - productReports;
    s[8]![at] = reports;
    s[9]![at] = share(t.productWithin45[q]!, t.productPublished[q]!);
    if (load > peak) peak = load;
    if (overCapacity(load, capacity)) over += 1;
    delay += scenario ? lv.staffFactor[q]! * t.received[q]! : t.received[q]!;
  }
  set('staff.peakReportsPerWorkingDay', peak);
  set('staff.quartersOverCapacity', over);
  set('staff.meanDelayFactor', delay / (c[C.pReceived]! + c[C.wReceived]!));
}

/** Whether a quarter's load (reports per working day) is over a capacity: one rule for both ways of measuring. */
function overCapacity(load: number, capacity: number): boolean {
  return load > capacity;
}

/**
 * The baseline of a trial that shares its history, and so its baseline tally, with the earlier trial `from`:
 * every measure is that trial's, copied rather than read from the tally again, except the quarters over
 * capacity, which count against this trial's own draw of the capacity (on the history's series, at `history`).
 */
export function copyBaselineTrial(
  m: MeasureContext,
  from: number,
  trial: number,
  history: number,
  out: ArmOutput,
): void {
  const { rt, lv, trials } = m;
  const v = out.measures;
  for (let k = 0; k < MEASURES.length; k++) v[k * trials + trial] = v[k * trials + from]!;
  const nQ = rt.quarters;
  const load = out.series[LOAD]!;
  const capacity = lv.baseCapacity;
  let over = 0;
  for (let at = history * nQ; at < (history + 1) * nQ; at++) if (overCapacity(load[at]!, capacity)) over += 1;
  v[M['staff.quartersOverCapacity'] * trials + trial] = over;
}

/**
 * Marks in differs[series][quarter] the quarters where the scenario of the trial at `column` differs from its
 * history's baseline: the scenario's band of a quarter no trial changed is the baseline's, not worked out again.
 */
export function markDiffering(
  quarters: number,
  baseline: Float64Array[],
  history: number,
  scenario: Float64Array[],
  column: number,
  differs: Uint8Array[],
): void {
  for (let i = 0; i < scenario.length; i++) {
    const b = baseline[i]!;
    const s = scenario[i]!;
    const d = differs[i]!;
    const bAt = history * quarters;
    const sAt = column * quarters;
    for (let q = 0; q < quarters; q++) if (s[sAt + q] !== b[bAt + q]) d[q] = 1;
  }
}
