import type { ScenarioInput } from './input.ts';
import { METRIC_KEYS } from './metrics.ts';
import { pow } from './portable-math.ts';
import { ASSUMPTION_CASE_BASE, Draw, caseKey, trialKey, uniform } from './random.ts';
import type { AssumptionKey, ModelRuntime } from './runtime.ts';

/**
 * The Monte Carlo replay. A trial is one history of the Partnership's reports (every report's draws, see
 * Histories) with the baseline it gives, plus the scenario: the same history with the levers applied, on the
 * same random numbers, recomputing only the reports a lever can change. State lives in typed arrays and reused
 * objects allocated once per run; the loops over reports allocate nothing.
 */

export const Outcome = {
  NOT_ACCEPTED: 0,
  PUBLISHED: 1,
  HANDLED_INDIVIDUALLY: 2,
  NOT_VULNERABLE: 3,
  IN_HANDLING: 4,
  FIXED: 5,
  CLOSED_AFTER_ALERT: 6,
  OPERATOR_UNREACHABLE: 7,
} as const;

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
] as const;
export type SeriesName = (typeof SERIES)[number];

// Counter slots of a tally.
const C = {
  pReceived: 0,
  pNotAccepted: 1,
  pPublished: 2,
  pIndividually: 3,
  pNotVulnerable: 4,
  pInHandling: 5,
  pWithin45: 6,
  pWithoutFix: 7,
  listed: 8,
  resumed: 9,
  completed: 10,
  unreachableOpen: 11,
  forced: 12,
  accepted: 13,
  pPrivate: 14,
  pPublic: 15,
  wReceived: 16,
  wNotAccepted: 17,
  wFixed: 18,
  wAlert: 19,
  wNotVulnerable: 20,
  wInHandling: 21,
  wUnreachable: 22,
  wWithin30: 23,
  wWithin90: 24,
  wOpen90: 25,
  wPrivate: 26,
  induced: 27,
  invalidInduced: 28,
  size: 29,
} as const;

function addInto(a: Float64Array, b: Float64Array): void {
  for (let i = 0; i < a.length; i++) a[i]! += b[i]!;
}

/**
 * A list of changes to a tally (offset, value), grouped by report: what a lever does to one report, worked out
 * once per history and then applied by every trial in which the report's draw says the lever acts.
 */
class ChangeLog {
  offsets = new Int32Array(4096);
  values = new Float64Array(4096);
  length = 0;
  /** For report j of `reports`: its changes are entries starts[j] to starts[j + 1]. */
  readonly reports: number[] = [];
  readonly starts: number[] = [0];

  clear(): void {
    this.length = 0;
    this.reports.length = 0;
    this.starts.length = 1;
  }

  push(at: number, value: number): void {
    if (this.length === this.offsets.length) {
      const offsets = new Int32Array(this.length * 2);
      const values = new Float64Array(this.length * 2);
      offsets.set(this.offsets);
      values.set(this.values);
      this.offsets = offsets;
      this.values = values;
    }
    this.offsets[this.length] = at;
    this.values[this.length] = value;
    this.length++;
  }

  /** Closes the entries of one report, merging those at the same offset and dropping the ones that cancel. */
  endReport(report: number): void {
    const from = this.starts[this.starts.length - 1]!;
    let end = from;
    for (let e = from; e < this.length; e++) {
      const at = this.offsets[e]!;
      let k = from;
      while (k < end && this.offsets[k] !== at) k++;
      if (k < end) {
        this.values[k]! += this.values[e]!;
      } else {
        this.offsets[end] = at;
        this.values[end] = this.values[e]!;
        end++;
      }
    }
    let kept = from;
    for (let k = from; k < end; k++) {
      if (this.values[k] === 0) continue;
      this.offsets[kept] = this.offsets[k]!;
      this.values[kept] = this.values[k]!;
      kept++;
    }
    this.length = kept;
    this.reports.push(report);
    this.starts.push(this.length);
  }

  /** The reports and their starts as typed arrays, for the loop that applies them. */
  reportIds = new Int32Array(0);
  startIds = new Int32Array(1);

  seal(): void {
    this.reportIds = Int32Array.from(this.reports);
    this.startIds = Int32Array.from(this.starts);
  }
}

/**
 * Running counts of one arm within one trial, in one buffer: the counters, then each quarterly array, then the
 * days to publication. The baseline tally starts each trial from the arrivals (the same in every trial); the
 * scenario is kept as a delta from the baseline that only the reports a lever changes touch.
 */
class Tally {
  readonly all: Float64Array;
  readonly c: Float64Array;
  /** Open cases: +1 at the arrival quarter, -1 at the closing quarter; summed, the stock at each quarter end. */
  readonly productOpen: Float64Array;
  readonly websiteOpen: Float64Array;
  readonly websiteOpen90: Float64Array;
  readonly productPublished: Float64Array;
  readonly websiteFixed: Float64Array;
  readonly received: Float64Array;
  /** Days from acceptance to publication, by whole day. */
  readonly publicationDays: Float64Array;
  readonly productOpenAt: number;
  readonly websiteOpenAt: number;
  readonly websiteOpen90At: number;
  readonly productPublishedAt: number;
  readonly websiteFixedAt: number;
  readonly receivedAt: number;
  readonly publicationDaysAt: number;
  /** Where record functions write instead of the buffer, when the tally only logs changes. */
  log: ChangeLog | null = null;

  constructor(quarters: number, horizon: number) {
    const q = quarters + 1;
    this.productOpenAt = C.size;
    this.websiteOpenAt = this.productOpenAt + q;
    this.websiteOpen90At = this.websiteOpenAt + q;
    this.productPublishedAt = this.websiteOpen90At + q;
    this.websiteFixedAt = this.productPublishedAt + q;
    this.receivedAt = this.websiteFixedAt + q;
    this.publicationDaysAt = this.receivedAt + q;
    this.all = new Float64Array(this.publicationDaysAt + horizon + 1);
    this.c = this.all.subarray(0, C.size);
    this.productOpen = this.all.subarray(this.productOpenAt, this.productOpenAt + q);
    this.websiteOpen = this.all.subarray(this.websiteOpenAt, this.websiteOpenAt + q);
    this.websiteOpen90 = this.all.subarray(this.websiteOpen90At, this.websiteOpen90At + q);
    this.productPublished = this.all.subarray(this.productPublishedAt, this.productPublishedAt + q);
    this.websiteFixed = this.all.subarray(this.websiteFixedAt, this.websiteFixedAt + q);
    this.received = this.all.subarray(this.receivedAt, this.receivedAt + q);
    this.publicationDays = this.all.subarray(this.publicationDaysAt);
  }

  reset(): void {
    this.all.fill(0);
  }

  copyFrom(other: Tally): void {
    this.all.set(other.all);
  }

  add(other: Tally): void {
    addInto(this.all, other.all);
  }
}

/** Adds v at one place of a tally, or logs it when the tally is logging. */
function bump(t: Tally, at: number, v: number): void {
  const log = t.log;
  if (log === null) t.all[at]! += v;
  else log.push(at, v);
}

const PRODUCT_NOT_ACCEPTED = 0;
const PRODUCT_UNREACHABLE = 1;
const PRODUCT_STALLED = 2;
const PRODUCT_RESOLVES = 3;

/** The random draws of one product report in one trial, made once and shared by both arms. */
class ProductDraws {
  key = 0;
  triage = 0;
  path = 0;
  outcome = 0;
  /** Uniform behind the resolution time, and the unscaled resolution time itself. */
  w = 0;
  resolution = 0;
  found = 0;
  resumeHazard = 0;
  committee = 0;
  completion = 0;
}

function drawProduct(d: ProductDraws, rt: ModelRuntime, key: number, invalid: boolean): void {
  const P = rt.product;
  const E = rt.unitExponential;
  d.key = key;
  d.triage = E.quantile(uniform(key, Draw.triage));
  // One uniform picks the whole class (acceptance, reachability, stall, outcome) against cumulative shares.
  const u = invalid ? 0 : uniform(key, Draw.path);
  const k = P.classUpTo;
  if (u < k[0]!) {
    d.path = PRODUCT_NOT_ACCEPTED;
  } else if (u < k[1]!) {
    d.path = PRODUCT_UNREACHABLE;
    d.found = E.quantile(uniform(key, Draw.unreachableDelay));
    d.resumeHazard = E.quantile(uniform(key, Draw.resume));
    d.committee = E.quantile(uniform(key, Draw.committee));
    d.completion = E.quantile(uniform(key, Draw.completion));
  } else if (u < k[2]!) {
    d.path = PRODUCT_STALLED;
  } else {
    d.path = PRODUCT_RESOLVES;
    d.outcome = u < k[3]! ? Outcome.HANDLED_INDIVIDUALLY : u < k[4]! ? Outcome.NOT_VULNERABLE : Outcome.PUBLISHED;
    d.w = uniform(key, Draw.duration);
    d.resolution = rt.productBody.quantile(d.w);
  }
}

/** One product report's path. Reused for every case: fields are overwritten, never reallocated. */
class ProductPath {
  tAccept = 0;
  close = Infinity;
  outcome = 0;
  tPublish = Infinity;
  withFix = false;
  tFix = Infinity;
  tList = Infinity;
  tResume = Infinity;
  tDone = Infinity;
  forced = false;
  vulnerable = true;

  clear(): void {
    this.close = Infinity;
    this.outcome = Outcome.IN_HANDLING;
    this.tPublish = Infinity;
    this.withFix = false;
    this.tFix = Infinity;
    this.tList = Infinity;
    this.tResume = Infinity;
    this.tDone = Infinity;
    this.forced = false;
    this.vulnerable = true;
  }

  sameAs(o: ProductPath): boolean {
    return (
      this.tAccept === o.tAccept &&
      this.close === o.close &&
      this.outcome === o.outcome &&
      this.tPublish === o.tPublish &&
      this.withFix === o.withFix &&
      this.tFix === o.tFix &&
      this.tList === o.tList &&
      this.tResume === o.tResume &&
      this.tDone === o.tDone &&
      this.forced === o.forced
    );
  }
}

const WEBSITE_NOT_ACCEPTED = 0;
const WEBSITE_UNREACHABLE = 1;
const WEBSITE_ALERT = 2;
const WEBSITE_NOTIFIED = 3;

class WebsiteDraws {
  key = 0;
  triage = 0;
  path = 0;
  /** Days before an unreachable operator's case is closed, or from notification to the end. */
  duration = 0;
  notVulnerable = false;
}

function drawWebsite(d: WebsiteDraws, rt: ModelRuntime, key: number, invalid: boolean): void {
  const W = rt.website;
  const E = rt.unitExponential;
  d.key = key;
  d.triage = E.quantile(uniform(key, Draw.triage));
  const u = invalid ? 0 : uniform(key, Draw.path);
  const k = W.classUpTo;
  if (u < k[0]!) {
    d.path = WEBSITE_NOT_ACCEPTED;
  } else if (u < k[1]!) {
    // Before notification: IPA cannot reach the operator; the case waits, and is eventually closed as unreachable.
    d.path = WEBSITE_UNREACHABLE;
    d.duration = E.quantile(uniform(key, Draw.duration)) * W.unreachableExitMean;
  } else if (u < k[2]!) {
    d.path = WEBSITE_ALERT;
  } else {
    // Notified: not a vulnerability or fixed, each after a body (Weibull) or stalled (long exponential) time.
    d.path = WEBSITE_NOTIFIED;
    d.notVulnerable = u < k[4]!;
    const stalled = u < k[3]! || (u >= k[4]! && u < k[5]!);
    const w = uniform(key, Draw.duration);
    d.duration = stalled ? E.quantile(w) * W.fixStalledMean : rt.websiteFix.quantile(w);
  }
}

class WebsitePath {
  tAccept = 0;
  close = Infinity;
  outcome = 0;
  tNotify = Infinity;
  vulnerable = true;

  sameAs(o: WebsitePath): boolean {
    return this.tAccept === o.tAccept && this.close === o.close && this.outcome === o.outcome;
  }
}

const POWER_TABLE = 4096;

/** The scenario's levers resolved for one trial (assumptions drawn, derived quantities precomputed). */
class TrialLevers {
  /** Structure assumptions, kept here so that the hot functions take no double arguments (V8 would box them). */
  triageMean = 0;
  listingDelayMean = 0;
  forcedOn = false;
  forcedAll = false;
  afterDays = 0;
  anticipation = 0;
  hazardRatio = 1;
  mandateOn = false;
  mandateDays = 0;
  compliance = 0;
  productExtra = 0;
  websiteExtra = 0;
  /** Share of the induced reports that the bounty (rather than acknowledgements) brought. */
  bountyShare = 0;
  invalidShare = 0;
  staffActive = false;
  readonly staffFactor: Float64Array;
  /** Survival of the product resolution time at the deadline, per arrival quarter (its staff factor). */
  readonly survivalAtDeadline: Float64Array;
  readonly extraByQuarter: Float64Array;
  /** x^(1 / hazardRatio) tabulated on [0, 1]: the proportional-hazards step runs for thousands of cases a trial. */
  readonly hazardPower = new Float64Array(POWER_TABLE + 1);
  private hazardPowerOf = NaN;

  /** Tabulates x^(1 / ratio) unless the table already holds that ratio. */
  setHazardRatio(ratio: number): void {
    this.hazardRatio = ratio;
    if (ratio === this.hazardPowerOf) return;
    for (let i = 0; i <= POWER_TABLE; i++) this.hazardPower[i] = pow(i / POWER_TABLE, 1 / ratio);
    this.hazardPowerOf = ratio;
  }

  /** x^(1 / hazardRatio) for x in [0, 1]; exact near 0, where the power bends too fast to interpolate. */
  hazardPowerAt(x: number): number {
    const at = x * POWER_TABLE;
    if (at < 16) return pow(x, 1 / this.hazardRatio);
    const i = at | 0;
    if (i >= POWER_TABLE) return 1;
    const lo = this.hazardPower[i]!;
    return lo + (this.hazardPower[i + 1]! - lo) * (at - i);
  }

  constructor(quarters: number) {
    this.staffFactor = new Float64Array(quarters).fill(1);
    this.survivalAtDeadline = new Float64Array(quarters);
    this.extraByQuarter = new Float64Array(quarters);
  }
}

function quarterIndex(rt: ModelRuntime, t: number): number {
  return t < rt.horizon ? rt.calendar.quarterOfDay[t | 0]! : rt.quarters;
}

function triangular(u: number, min: number, mode: number, max: number): number {
  if (max <= min) return min;
  const split = (mode - min) / (max - min);
  return u < split ? min + Math.sqrt(u * (max - min) * (mode - min)) : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
}

/** The path of product report `i` (an index into the arrivals), with the levers applied or not. */
function productPath(o: ProductPath, d: ProductDraws, rt: ModelRuntime, levers: TrialLevers, i: number, applyLevers: boolean): void {
  const P = rt.product;
  const quarter = rt.productArrivalQuarter[i]!;
  const staff = applyLevers ? levers.staffFactor[quarter]! : 1;
  const lv = applyLevers ? levers : null;
  o.clear();
  const tAccept = rt.productArrivals[i]! + staff * levers.triageMean * d.triage;
  o.tAccept = tAccept;
  if (d.path === PRODUCT_NOT_ACCEPTED) {
    o.close = tAccept;
    o.outcome = Outcome.NOT_ACCEPTED;
    o.vulnerable = false;
    return;
  }
  const forced = lv !== null && lv.forcedOn;
  const deadline = forced ? tAccept + lv.afterDays : Infinity;

  if (d.path === PRODUCT_UNREACHABLE) {
    // Listed once found unreachable (and not before the list began); then coordination resumes or the
    // publication committee publishes, whichever comes first.
    const tFound = tAccept + levers.listingDelayMean * d.found;
    const tList = tFound > rt.listStart ? tFound : rt.listStart;
    const tResume = tList + d.resumeHazard * P.resumeMean;
    const tCommittee = tList + d.committee * P.committeeMean;
    o.outcome = Outcome.PUBLISHED;
    if (forced && deadline < tResume && deadline < tCommittee) {
      // Published without a fix at the deadline; from then on the developer's hazard of coming back (and of
      // completing a fix) is multiplied by the post-publication ratio.
      o.forced = true;
      o.tPublish = deadline;
      o.close = deadline;
      const spent = deadline > tList ? (deadline - tList) / P.resumeMean : 0;
      o.tResume = deadline + ((d.resumeHazard - spent) * P.resumeMean) / lv.hazardRatio;
      o.tDone = o.tResume + (d.completion * P.completionMean) / lv.hazardRatio;
      o.tFix = o.tDone;
      o.tList = tList < deadline ? tList : Infinity;
      return;
    }
    o.tList = tList;
    if (tCommittee < tResume) {
      o.tPublish = tCommittee;
      o.close = tCommittee;
    } else {
      o.tResume = tResume;
      o.tDone = tResume + d.completion * P.completionMean;
      o.tPublish = o.tDone;
      o.tFix = o.tDone;
      o.close = o.tDone;
      o.withFix = true;
    }
    return;
  }

  if (d.path === PRODUCT_STALLED) {
    // The developer is reachable but the case never completes in the voluntary process.
    if (forced && lv.forcedAll) {
      o.tPublish = deadline;
      o.close = deadline;
      o.outcome = Outcome.PUBLISHED;
      if (uniform(d.key, Draw.anticipation) < lv.anticipation) {
        o.withFix = true;
        o.tFix = deadline;
      } else {
        o.forced = true;
      }
    }
    return;
  }

  const duration = staff * d.resolution;
  o.outcome = d.outcome;
  if (d.outcome === Outcome.PUBLISHED && forced && lv.forcedAll && duration > lv.afterDays) {
    o.tPublish = deadline;
    o.close = deadline;
    if (uniform(d.key, Draw.anticipation) < lv.anticipation) {
      o.withFix = true;
      o.tFix = deadline;
      return;
    }
    // Proportional hazards after publication: S(t' | deadline) = S(t | deadline)^(1 / ratio), on the same draw.
    o.forced = true;
    const sD = lv.survivalAtDeadline[quarter]!;
    const ratio = sD > 0 ? (1 - d.w) / sD : 1;
    const u2 = 1 - sD * lv.hazardPowerAt(ratio < 1 ? ratio : 1);
    o.tFix = tAccept + staff * rt.productBody.quantile(u2 < 1 ? u2 : 1 - 1e-12);
    return;
  }
  o.close = tAccept + duration;
  if (d.outcome === Outcome.PUBLISHED) {
    o.tPublish = o.close;
    o.tFix = o.close;
    o.withFix = true;
  } else if (d.outcome === Outcome.HANDLED_INDIVIDUALLY) {
    o.tFix = o.close;
  } else {
    o.vulnerable = false;
  }
}

/** Adds (sign +1) or removes (sign -1) one product path's contribution, its arrival excepted. */
function recordProduct(t: Tally, rt: ModelRuntime, o: ProductPath, i: number, sign: number): void {
  const arrival = rt.productArrivals[i]!;
  const H = rt.horizon;
  bump(t, t.productOpenAt + quarterIndex(rt, o.close), -sign);
  if (o.close <= H) {
    if (o.outcome === Outcome.NOT_ACCEPTED) bump(t, C.pNotAccepted, sign);
    else if (o.outcome === Outcome.PUBLISHED) bump(t, C.pPublished, sign);
    else if (o.outcome === Outcome.HANDLED_INDIVIDUALLY) bump(t, C.pIndividually, sign);
    else bump(t, C.pNotVulnerable, sign);
  } else {
    bump(t, C.pInHandling, sign);
  }
  if (o.outcome !== Outcome.NOT_ACCEPTED && o.tAccept <= H) bump(t, C.accepted, sign);
  if (o.tPublish <= H) {
    const days = o.tPublish - o.tAccept;
    bump(t, t.publicationDaysAt + (days | 0), sign);
    if (days <= 45) bump(t, C.pWithin45, sign);
    if (!o.withFix) bump(t, C.pWithoutFix, sign);
    if (o.forced) bump(t, C.forced, sign);
    bump(t, t.productPublishedAt + quarterIndex(rt, o.tPublish), sign);
  }
  if (o.tList <= H) {
    bump(t, C.listed, sign);
    if (o.tResume <= H) bump(t, C.resumed, sign);
    if (o.tDone <= H) bump(t, C.completed, sign);
    if (o.close > H && o.tResume > H) bump(t, C.unreachableOpen, sign);
  }
  if (o.vulnerable) {
    const fixed = o.tFix < H ? o.tFix : H;
    const privateEnd = o.tPublish < fixed ? o.tPublish : fixed;
    if (privateEnd > arrival) bump(t, C.pPrivate, sign * (privateEnd - arrival));
    if (o.tPublish < fixed) bump(t, C.pPublic, sign * (fixed - o.tPublish));
  }
}

/** The path of website report `i` (an index into the arrivals), with the levers applied or not. */
function websitePath(o: WebsitePath, d: WebsiteDraws, rt: ModelRuntime, levers: TrialLevers, i: number, applyLevers: boolean): void {
  const staff = applyLevers ? levers.staffFactor[rt.websiteArrivalQuarter[i]!]! : 1;
  const lv = applyLevers ? levers : null;
  const tAccept = rt.websiteArrivals[i]! + staff * levers.triageMean * d.triage;
  o.tAccept = tAccept;
  o.tNotify = Infinity;
  o.vulnerable = true;
  switch (d.path) {
    case WEBSITE_NOT_ACCEPTED:
      o.close = tAccept;
      o.outcome = Outcome.NOT_ACCEPTED;
      o.vulnerable = false;
      return;
    case WEBSITE_UNREACHABLE:
      o.close = tAccept + d.duration;
      o.outcome = Outcome.OPERATOR_UNREACHABLE;
      return;
    case WEBSITE_ALERT:
      o.close = tAccept;
      o.outcome = Outcome.CLOSED_AFTER_ALERT;
      return;
  }
  o.tNotify = tAccept;
  let duration = d.duration;
  if (!d.notVulnerable && lv !== null && lv.mandateOn && duration > lv.mandateDays && uniform(d.key, Draw.compliance) < lv.compliance) {
    // A complying operator fixes by the deadline; the others keep their baseline time.
    duration = lv.mandateDays;
  }
  o.close = tAccept + duration;
  o.outcome = d.notVulnerable ? Outcome.NOT_VULNERABLE : Outcome.FIXED;
  o.vulnerable = !d.notVulnerable;
}

/** Adds (sign +1) or removes (sign -1) one website path's contribution, its arrival excepted. */
function recordWebsite(t: Tally, rt: ModelRuntime, o: WebsitePath, i: number, sign: number): void {
  const arrival = rt.websiteArrivals[i]!;
  const H = rt.horizon;
  const qc = quarterIndex(rt, o.close);
  bump(t, t.websiteOpenAt + qc, -sign);
  if (o.close <= H) {
    switch (o.outcome) {
      case Outcome.NOT_ACCEPTED:
        bump(t, C.wNotAccepted, sign);
        break;
      case Outcome.FIXED: {
        bump(t, C.wFixed, sign);
        const days = o.close - o.tNotify;
        if (days <= 30) bump(t, C.wWithin30, sign);
        if (days <= 90) bump(t, C.wWithin90, sign);
        bump(t, t.websiteFixedAt + qc, sign);
        break;
      }
      case Outcome.CLOSED_AFTER_ALERT:
        bump(t, C.wAlert, sign);
        break;
      case Outcome.NOT_VULNERABLE:
        bump(t, C.wNotVulnerable, sign);
        break;
      default:
        bump(t, C.wUnreachable, sign);
    }
  } else {
    bump(t, C.wInHandling, sign);
    if (o.tNotify <= H - 90) bump(t, C.wOpen90, sign);
  }
  if (o.outcome !== Outcome.NOT_ACCEPTED && o.tAccept <= H) bump(t, C.accepted, sign);
  if (o.tNotify + 90 < o.close) {
    // Open 90 days or more after notification at every quarter end from notify + 90 until closure.
    const q90 = quarterIndex(rt, o.tNotify + 90);
    if (q90 < qc) {
      bump(t, t.websiteOpen90At + q90, sign);
      bump(t, t.websiteOpen90At + qc, -sign);
    }
  }
  if (o.vulnerable) {
    const end = o.close < H ? o.close : H;
    if (end > arrival) bump(t, C.wPrivate, sign * (end - arrival));
  }
}

function medianPublicationDays(t: Tally, n: number): number {
  if (n === 0) return 0;
  // The median of whole days: the mean of the two middle order statistics when n is even.
  const lowRank = Math.floor((n - 1) / 2);
  const highRank = Math.floor(n / 2);
  let seen = 0;
  let low = -1;
  const h = t.publicationDays;
  for (let d = 0; d < h.length; d++) {
    seen += h[d]!;
    if (low < 0 && seen > lowRank) low = d;
    if (seen > highRank) return (low + d) / 2;
  }
  return low;
}

/** The historical arrivals as a tally: the part of every baseline trial that no draw changes. */
function arrivalTally(rt: ModelRuntime): Tally {
  const t = new Tally(rt.quarters, rt.horizon);
  for (const q of rt.productArrivalQuarter) {
    t.productOpen[q]! += 1;
    t.received[q]! += 1;
  }
  for (const q of rt.websiteArrivalQuarter) {
    t.websiteOpen[q]! += 1;
    t.received[q]! += 1;
  }
  t.c[C.pReceived] = rt.productArrivals.length;
  t.c[C.wReceived] = rt.websiteArrivals.length;
  return t;
}

export interface ReplayOutput {
  trials: number;
  /** [arm][measure * trials + trial]; arm 0 is the baseline, 1 the scenario. */
  measures: [Float64Array, Float64Array];
  /** [arm][series][trial * quarters + quarter]. */
  series: [Float64Array[], Float64Array[]];
  /** The value each assumption took in each trial: [assumption * trials + trial]. */
  assumptionValues: Float64Array;
}

export interface ReplayOptions {
  /** Draw the response assumptions from their ranges (Monte Carlo) or hold them at their values (preview). */
  drawAssumptions: boolean;
  /** Replay one kind of report only (the calibration fits each kind on its own); both by default. */
  only?: 'products' | 'websites';
  /** Replay every report in every trial instead of only those a lever can reach (a test oracle). */
  exhaustive?: boolean;
}

/**
 * The case-level draws of a few whole histories of the Partnership, stored so that every trial can reuse one.
 *
 * A trial is one history (the draws of every report: class, triage, durations) plus one draw of the response
 * assumptions and of the lever-specific draws (anticipation, compliance). Drawing 15,923 reports costs far more
 * than applying a lever to them, so the run draws at most HISTORIES histories and trial t reuses history
 * t mod HISTORIES, with its own assumption and lever draws. The baseline is then computed once per history, and
 * each trial only recomputes the reports its levers can change. Means stay unbiased; the baseline's band reflects
 * the case-level noise of those histories, the scenario's band adds the uncertainty of the assumptions.
 */
export const HISTORIES = 40;

/** The histories of the last run, reused by the next run with the same model, seed and structure. */
let lastHistories: { runtime: ModelRuntime; key: string; histories: Histories; baselines: Tally[] } | undefined;

class Histories {
  readonly pClass: Uint8Array;
  readonly pTriage: Float64Array;
  /** Resolution time (resolving) or delay until found unreachable. */
  readonly pA: Float64Array;
  /** Uniform behind the resolution time (resolving) or the resume hazard (unreachable). */
  readonly pB: Float64Array;
  readonly pC: Float64Array;
  readonly pD: Float64Array;
  readonly wClass: Uint8Array;
  readonly wTriage: Float64Array;
  readonly wDuration: Float64Array;

  constructor(
    histories: number,
    readonly products: number,
    readonly websites: number,
  ) {
    const np = histories * products;
    const nw = histories * websites;
    this.pClass = new Uint8Array(np);
    this.pTriage = new Float64Array(np);
    this.pA = new Float64Array(np);
    this.pB = new Float64Array(np);
    this.pC = new Float64Array(np);
    this.pD = new Float64Array(np);
    this.wClass = new Uint8Array(nw);
    this.wTriage = new Float64Array(nw);
    this.wDuration = new Float64Array(nw);
  }

  storeProduct(at: number, d: ProductDraws): void {
    this.pClass[at] = d.path === PRODUCT_RESOLVES ? 3 + d.outcome : d.path;
    this.pTriage[at] = d.triage;
    if (d.path === PRODUCT_UNREACHABLE) {
      this.pA[at] = d.found;
      this.pB[at] = d.resumeHazard;
      this.pC[at] = d.committee;
      this.pD[at] = d.completion;
    } else {
      this.pA[at] = d.resolution;
      this.pB[at] = d.w;
    }
  }

  loadProduct(at: number, d: ProductDraws): void {
    const k = this.pClass[at]!;
    d.triage = this.pTriage[at]!;
    if (k >= 3) {
      d.path = PRODUCT_RESOLVES;
      d.outcome = k - 3;
      d.resolution = this.pA[at]!;
      d.w = this.pB[at]!;
    } else {
      d.path = k;
      if (k === PRODUCT_UNREACHABLE) {
        d.found = this.pA[at]!;
        d.resumeHazard = this.pB[at]!;
        d.committee = this.pC[at]!;
        d.completion = this.pD[at]!;
      }
    }
  }

  storeWebsite(at: number, d: WebsiteDraws): void {
    this.wClass[at] = d.path === WEBSITE_NOTIFIED ? (d.notVulnerable ? 3 : 4) : d.path;
    this.wTriage[at] = d.triage;
    this.wDuration[at] = d.duration;
  }

  loadWebsite(at: number, d: WebsiteDraws): void {
    const k = this.wClass[at]!;
    d.triage = this.wTriage[at]!;
    d.duration = this.wDuration[at]!;
    d.path = k >= 3 ? WEBSITE_NOTIFIED : k;
    d.notVulnerable = k === 3;
  }
}

/** The scratch objects of a run, passed as one argument so that the hot functions take no doubles. */
interface Workspace {
  rt: ModelRuntime;
  lv: TrialLevers;
  histories: Histories;
  scenario: Tally;
  pd: ProductDraws;
  wd: WebsiteDraws;
  pb: ProductPath;
  ps: ProductPath;
  wb: WebsitePath;
  ws: WebsitePath;
  products: number;
  websites: number;
  cache: LeverCache;
  induced: InducedDraws;
}

/**
 * The draws of the reports a bounty or acknowledgements add, for the history in use: report j of the induced is
 * drawn once per history, like the historical reports, and the trials that share the history differ only in how
 * many there are (their arrivals spread accordingly) and which are invalid.
 */
class InducedDraws {
  history = -1;
  products = new Histories(1, 0, 0);
  productsDrawn = 0;
  websites = new Histories(1, 0, 0);
  websitesDrawn = 0;

  forHistory(h: number): void {
    if (this.history === h) return;
    this.history = h;
    this.productsDrawn = 0;
    this.websitesDrawn = 0;
  }
}

function growHistories(old: Histories, products: number, websites: number): Histories {
  const grown = new Histories(1, products, websites);
  grown.pClass.set(old.pClass);
  grown.pTriage.set(old.pTriage);
  grown.pA.set(old.pA);
  grown.pB.set(old.pB);
  grown.pC.set(old.pC);
  grown.pD.set(old.pD);
  grown.wClass.set(old.wClass);
  grown.wTriage.set(old.wTriage);
  grown.wDuration.set(old.wDuration);
  return grown;
}

/**
 * What forced publication and a mandate do to one history, worked out once per run: with no staff change, which
 * reports a deadline reaches depends on the history alone, and the trials that share the history differ only in
 * their anticipation and compliance draws. Trials run grouped by history, so one cache serves them all in turn.
 */
interface LeverCache {
  /** The history this cache holds, or -1. */
  history: number;
  /** Every reachable report forced without anticipation, as a change to the baseline. */
  forced: Tally;
  /** Per report whose developer could anticipate the deadline: anticipating minus not. */
  anticipation: ChangeLog;
  /** Per notified website report fixed later than the mandate's deadline: complying minus not. */
  mandate: ChangeLog;
  /** A tally that logs instead of counting. */
  logger: Tally;
  /**
   * Whether the change logs are worked out. Working them out costs about two trials, so a history reused by only
   * one or two trials (a preview) keeps just the lists of reports and recomputes the few that act.
   */
  logged: boolean;
  anticipators: number[];
  mandated: number[];
}

const WEBSITE_ID_BASE = 1 << 24;

function emptyLeverCache(quarters: number, horizon: number): LeverCache {
  return {
    history: -1,
    forced: new Tally(quarters, horizon),
    anticipation: new ChangeLog(),
    mandate: new ChangeLog(),
    logger: new Tally(quarters, horizon),
    logged: false,
    anticipators: [],
    mandated: [],
  };
}

/** productPath with the anticipation decided (0: nobody anticipates, 1: everybody does) rather than drawn. */
function productPathAnticipating(w: Workspace, o: ProductPath, i: number, anticipation: 0 | 1): void {
  const drawn = w.lv.anticipation;
  w.lv.anticipation = anticipation;
  productPath(o, w.pd, w.rt, w.lv, i, true);
  w.lv.anticipation = drawn;
}

/** Works out the lever cache for history h (see LeverCache). */
function prepareLevers(w: Workspace, h: number, logged: boolean): void {
  const { rt, lv, histories, pd, wd, pb, ps, wb, ws } = w;
  const cache = w.cache;
  cache.history = h;
  cache.logged = logged;
  cache.forced.reset();
  cache.anticipation.clear();
  cache.mandate.clear();
  cache.anticipators.length = 0;
  cache.mandated.length = 0;
  const logger = cache.logger;
  if (lv.forcedOn) {
    const n = w.products;
    const resolvesPublished = 3 + Outcome.PUBLISHED;
    for (let i = 0; i < n; i++) {
      const k = histories.pClass[h * n + i]!;
      const reachable = k === PRODUCT_STALLED || (k === resolvesPublished && histories.pA[h * n + i]! > lv.afterDays);
      if (k !== PRODUCT_UNREACHABLE && !(lv.forcedAll && reachable)) continue;
      histories.loadProduct(h * n + i, pd);
      productPath(pb, pd, rt, lv, i, false);
      productPathAnticipating(w, ps, i, 0);
      if (!ps.sameAs(pb)) {
        recordProduct(cache.forced, rt, ps, i, 1);
        recordProduct(cache.forced, rt, pb, i, -1);
      }
      if (lv.forcedAll && reachable && !logged) cache.anticipators.push(i);
      if (lv.forcedAll && reachable && logged) {
        // pb becomes the anticipating path: the change from forced (ps) to anticipating.
        productPathAnticipating(w, pb, i, 1);
        logger.log = cache.anticipation;
        recordProduct(logger, rt, pb, i, 1);
        recordProduct(logger, rt, ps, i, -1);
        cache.anticipation.endReport(i);
      }
    }
  }
  if (lv.mandateOn) {
    const n = w.websites;
    const compliance = lv.compliance;
    lv.compliance = 1;
    for (let i = 0; i < n; i++) {
      if (histories.wClass[h * n + i] !== 4 || !(histories.wDuration[h * n + i]! > lv.mandateDays)) continue;
      if (!logged) {
        cache.mandated.push(i);
        continue;
      }
      histories.loadWebsite(h * n + i, wd);
      websitePath(wb, wd, rt, lv, i, false);
      websitePath(ws, wd, rt, lv, i, true);
      logger.log = cache.mandate;
      recordWebsite(logger, rt, ws, i, 1);
      recordWebsite(logger, rt, wb, i, -1);
      cache.mandate.endReport(i);
    }
    lv.compliance = compliance;
  }
  logger.log = null;
  cache.anticipation.seal();
  cache.mandate.seal();
}

/** The trial's anticipating developers and complying operators, applied to the scenario. */
function applyLevers(w: Workspace, h: number, tk: number): void {
  const { lv, scenario, cache } = w;
  if (!cache.logged) {
    recomputeLevers(w, h, tk);
    return;
  }
  if (lv.forcedAll && lv.anticipation > 0) applyLog(cache.anticipation, scenario.all, tk, 0, Draw.anticipation, lv.anticipation);
  if (lv.mandateOn && lv.compliance > 0) applyLog(cache.mandate, scenario.all, tk, WEBSITE_ID_BASE, Draw.compliance, lv.compliance);
}

/** Applies the logged change of each report whose draw (of `purpose`) falls below `share`. */
function applyLog(log: ChangeLog, all: Float64Array, tk: number, idBase: number, purpose: number, share: number): void {
  const reports = log.reportIds;
  const starts = log.startIds;
  const offsets = log.offsets;
  const values = log.values;
  for (let j = 0; j < reports.length; j++) {
    if (!(uniform(caseKey(tk, idBase + reports[j]!), purpose) < share)) continue;
    const end = starts[j + 1]!;
    for (let e = starts[j]!; e < end; e++) all[offsets[e]!]! += values[e]!;
  }
}

/** applyLevers for a history without change logs: recomputes the reports whose draw says the lever acts. */
function recomputeLevers(w: Workspace, h: number, tk: number): void {
  const { rt, lv, histories, scenario, pd, wd, pb, ps, wb, ws, cache } = w;
  if (lv.forcedAll && lv.anticipation > 0) {
    for (const i of cache.anticipators) {
      if (!(uniform(caseKey(tk, i), Draw.anticipation) < lv.anticipation)) continue;
      histories.loadProduct(h * w.products + i, pd);
      productPathAnticipating(w, ps, i, 0);
      productPathAnticipating(w, pb, i, 1);
      recordProduct(scenario, rt, pb, i, 1);
      recordProduct(scenario, rt, ps, i, -1);
    }
  }
  if (lv.mandateOn && lv.compliance > 0) {
    for (const i of cache.mandated) {
      const key = caseKey(tk, WEBSITE_ID_BASE + i);
      if (!(uniform(key, Draw.compliance) < lv.compliance)) continue;
      histories.loadWebsite(h * w.websites + i, wd);
      wd.key = key;
      websitePath(wb, wd, rt, lv, i, false);
      websitePath(ws, wd, rt, lv, i, true);
      recordWebsite(scenario, rt, ws, i, 1);
      recordWebsite(scenario, rt, wb, i, -1);
    }
  }
}

/**
 * Records, for history h, what the levers change in every product report (scenario minus baseline): the general
 * path, needed when a staff change moves every report's times.
 */
function changeProducts(w: Workspace, h: number, tk: number, exhaustive: boolean): void {
  const { rt, lv, histories, scenario, pd, pb, ps } = w;
  const n = w.products;
  for (let i = 0; i < n; i++) {
    const at = h * n + i;
    if (!exhaustive && !lv.forcedOn) {
      if (lv.staffFactor[rt.productArrivalQuarter[i]!] === 1) continue;
      const k = histories.pClass[at]!;
      if (k === PRODUCT_NOT_ACCEPTED || k === PRODUCT_STALLED) {
        // Only the acceptance time moves, and nothing at a quarter end or at asOf changes unless it crosses one.
        const arrival = rt.productArrivals[i]!;
        const triage = lv.triageMean * histories.pTriage[at]!;
        const stretched = arrival + lv.staffFactor[rt.productArrivalQuarter[i]!]! * triage;
        if (quarterIndex(rt, arrival + triage) === quarterIndex(rt, stretched)) continue;
      }
    }
    histories.loadProduct(at, pd);
    if (lv.forcedOn) pd.key = caseKey(tk, i);
    productPath(pb, pd, rt, lv, i, false);
    productPath(ps, pd, rt, lv, i, true);
    if (!ps.sameAs(pb)) {
      recordProduct(scenario, rt, ps, i, 1);
      recordProduct(scenario, rt, pb, i, -1);
    }
  }
}

/** The same for every website report. */
function changeWebsites(w: Workspace, h: number, tk: number, exhaustive: boolean): void {
  const { rt, lv, histories, scenario, wd, wb, ws } = w;
  const n = w.websites;
  const H = rt.horizon;
  for (let i = 0; i < n; i++) {
    const at = h * n + i;
    // A website report's own times are the operator's; a staff change only moves its triage, and not at all in a
    // quarter whose load stays within capacity.
    if (!exhaustive && !lv.mandateOn) {
      const staff = lv.staffFactor[rt.websiteArrivalQuarter[i]!]!;
      if (staff === 1) continue;
      // The same times as websitePath's, straight from the stored draws: most reports only shift, and then only
      // their exposure changes (the same additions as recordWebsite's, in the same order).
      const k = histories.wClass[at]!;
      const arrival = rt.websiteArrivals[i]!;
      const accept0 = arrival + 1 * lv.triageMean * histories.wTriage[at]!;
      const accept1 = arrival + staff * lv.triageMean * histories.wTriage[at]!;
      const duration = k === WEBSITE_NOT_ACCEPTED || k === WEBSITE_ALERT ? 0 : histories.wDuration[at]!;
      const close0 = accept0 + duration;
      const close1 = accept1 + duration;
      const notified = k >= 3;
      if (
        close1 - accept1 === close0 - accept0 &&
        quarterIndex(rt, close1) === quarterIndex(rt, close0) &&
        quarterIndex(rt, accept1) === quarterIndex(rt, accept0) &&
        (!notified ||
          ((accept1 <= H - 90) === (accept0 <= H - 90) && quarterIndex(rt, accept1 + 90) === quarterIndex(rt, accept0 + 90)))
      ) {
        if (k !== WEBSITE_NOT_ACCEPTED && k !== 3) {
          const end1 = close1 < H ? close1 : H;
          const end0 = close0 < H ? close0 : H;
          if (end1 > arrival) scenario.all[C.wPrivate]! += end1 - arrival;
          if (end0 > arrival) scenario.all[C.wPrivate]! += -1 * (end0 - arrival);
        }
        continue;
      }
    }
    histories.loadWebsite(at, wd);
    if (lv.mandateOn) wd.key = caseKey(tk, WEBSITE_ID_BASE + i);
    websitePath(wb, wd, rt, lv, i, false);
    websitePath(ws, wd, rt, lv, i, true);
    if (ws.sameAs(wb)) continue;
    if (
      !exhaustive &&
      ws.outcome === wb.outcome &&
      ws.close - ws.tAccept === wb.close - wb.tAccept &&
      quarterIndex(rt, ws.close) === quarterIndex(rt, wb.close) &&
      quarterIndex(rt, ws.tAccept) === quarterIndex(rt, wb.tAccept) &&
      (ws.tNotify === Infinity ||
        ((ws.tNotify <= H - 90) === (wb.tNotify <= H - 90) &&
          quarterIndex(rt, ws.tNotify + 90) === quarterIndex(rt, wb.tNotify + 90)))
    ) {
      // Only the report's times shifted (a staff change moved its triage) and no count at a quarter end or at asOf
      // changes: only the exposure does. The same additions as recordWebsite's, in the same order.
      if (ws.vulnerable) {
        const arrival = rt.websiteArrivals[i]!;
        const end1 = ws.close < H ? ws.close : H;
        const end0 = wb.close < H ? wb.close : H;
        if (end1 > arrival) scenario.all[C.wPrivate]! += end1 - arrival;
        if (end0 > arrival) scenario.all[C.wPrivate]! += -1 * (end0 - arrival);
      }
      continue;
    }
    recordWebsite(scenario, rt, ws, i, 1);
    recordWebsite(scenario, rt, wb, i, -1);
  }
}

/** Adds the product reports a bounty or acknowledgements bring, spread like the historical intake. */
function addInducedProducts(w: Workspace, h: number, hk: number, tk: number): void {
  const { rt, lv, scenario, pd, ps } = w;
  const store = w.induced;
  const n = w.products;
  const count = lv.productExtra;
  store.forHistory(h);
  if (count > store.productsDrawn) {
    if (count > store.products.products) store.products = growHistories(store.products, Math.max(count, 2 * store.products.products), store.products.websites);
    for (let j = store.productsDrawn; j < count; j++) {
      drawProduct(pd, rt, caseKey(hk, n + j), false);
      store.products.storeProduct(j, pd);
    }
    store.productsDrawn = count;
  }
  for (let j = 0; j < count; j++) {
    const idx = Math.floor(((j + 0.5) * n) / count);
    const key = caseKey(tk, n + j);
    const qa = rt.productArrivalQuarter[idx]!;
    const induced = uniform(key, Draw.extraOrigin) < lv.bountyShare;
    const invalid = induced && uniform(key, Draw.extraValidity) < lv.invalidShare;
    scenario.c[C.induced]! += 1;
    if (invalid) scenario.c[C.invalidInduced]! += 1;
    scenario.c[C.pReceived]! += 1;
    scenario.received[qa]! += 1;
    scenario.productOpen[qa]! += 1;
    store.products.loadProduct(j, pd);
    if (invalid) pd.path = PRODUCT_NOT_ACCEPTED;
    pd.key = key;
    productPath(ps, pd, rt, lv, idx, true);
    recordProduct(scenario, rt, ps, idx, 1);
  }
}

function addInducedWebsites(w: Workspace, h: number, hk: number, tk: number): void {
  const { rt, lv, scenario, wd, ws } = w;
  const store = w.induced;
  const n = w.websites;
  const count = lv.websiteExtra;
  store.forHistory(h);
  if (count > store.websitesDrawn) {
    if (count > store.websites.websites) store.websites = growHistories(store.websites, store.websites.products, Math.max(count, 2 * store.websites.websites));
    for (let j = store.websitesDrawn; j < count; j++) {
      drawWebsite(wd, rt, caseKey(hk, WEBSITE_ID_BASE + n + j), false);
      store.websites.storeWebsite(j, wd);
    }
    store.websitesDrawn = count;
  }
  for (let j = 0; j < count; j++) {
    const idx = Math.floor(((j + 0.5) * n) / count);
    const key = caseKey(tk, WEBSITE_ID_BASE + n + j);
    const qa = rt.websiteArrivalQuarter[idx]!;
    const induced = uniform(key, Draw.extraOrigin) < lv.bountyShare;
    const invalid = induced && uniform(key, Draw.extraValidity) < lv.invalidShare;
    scenario.c[C.induced]! += 1;
    if (invalid) scenario.c[C.invalidInduced]! += 1;
    scenario.c[C.wReceived]! += 1;
    scenario.received[qa]! += 1;
    scenario.websiteOpen[qa]! += 1;
    store.websites.loadWebsite(j, wd);
    if (invalid) wd.path = WEBSITE_NOT_ACCEPTED;
    wd.key = key;
    websitePath(ws, wd, rt, lv, idx, true);
    recordWebsite(scenario, rt, ws, idx, 1);
  }
}

/** Draws one history: every report's draws, stored, and the baseline they give. */
function drawHistory(w: Workspace, h: number, tk: number, base: Tally): void {
  const { rt, lv, histories, pd, wd, pb, wb } = w;
  for (let i = 0; i < w.products; i++) {
    drawProduct(pd, rt, caseKey(tk, i), false);
    histories.storeProduct(h * w.products + i, pd);
    productPath(pb, pd, rt, lv, i, false);
    recordProduct(base, rt, pb, i, 1);
  }
  for (let i = 0; i < w.websites; i++) {
    drawWebsite(wd, rt, caseKey(tk, WEBSITE_ID_BASE + i), false);
    histories.storeWebsite(h * w.websites + i, wd);
    websitePath(wb, wd, rt, lv, i, false);
    recordWebsite(base, rt, wb, i, 1);
  }
}

export function replay(rt: ModelRuntime, input: ScenarioInput, options: ReplayOptions): ReplayOutput {
  const trials = input.trials;
  const nQ = rt.quarters;
  const H = rt.horizon;
  const assumptions = rt.assumptions;
  const nA = assumptions.length;
  const assumptionValues = new Float64Array(nA * trials);
  const overrides = new Map(input.assumptions.map((o) => [o.key, o.value]));
  const values = new Float64Array(nA);
  const value = (key: AssumptionKey) => values[rt.assumptionIndex.get(key)!]!;
  const fixedValue = (key: AssumptionKey) => overrides.get(key) ?? rt.assumptions[rt.assumptionIndex.get(key)!]!.value;

  const nMeasures = MEASURES.length;
  const measures: [Float64Array, Float64Array] = [new Float64Array(nMeasures * trials), new Float64Array(nMeasures * trials)];
  const series: [Float64Array[], Float64Array[]] = [
    SERIES.map(() => new Float64Array(trials * nQ)),
    SERIES.map(() => new Float64Array(trials * nQ)),
  ];
  const arrivalsOnly = arrivalTally(rt);
  const scenario = new Tally(nQ, H);
  const pd = new ProductDraws();
  const wd = new WebsiteDraws();
  const pb = new ProductPath();
  const ps = new ProductPath();
  const wb = new WebsitePath();
  const ws = new WebsitePath();
  const lv = new TrialLevers(nQ);
  const totalWeekdays = rt.calendar.weekdays.reduce((a, b) => a + b, 0);
  const nP = options.only === 'websites' ? 0 : rt.productArrivals.length;
  const nW = options.only === 'products' ? 0 : rt.websiteArrivals.length;
  // Structure assumptions never vary between trials (they are never drawn), so the histories can use them.
  const workingDays = fixedValue('calendar.workingDays');
  const triageMean = fixedValue('intake.triageMeanDays');
  const listingDelayMean = fixedValue('product.unreachableListingDelayMeanDays');

  lv.triageMean = triageMean;
  lv.listingDelayMean = listingDelayMean;
  // The histories and their baselines: drawn once per seed (and kept for the next run with the same seed, which is
  // what a slider drag or a series of scenarios against one baseline asks for).
  const nH = Math.min(trials, HISTORIES);
  const cacheKey = `${input.seed}|${nH}|${options.only ?? 'both'}|${triageMean}|${listingDelayMean}`;
  let drawn = lastHistories?.runtime === rt && lastHistories.key === cacheKey ? lastHistories : undefined;
  if (!drawn) {
    drawn = { runtime: rt, key: cacheKey, histories: new Histories(nH, nP, nW), baselines: [] };
    const drawing: Workspace = {
      rt, lv, histories: drawn.histories, scenario, pd, wd, pb, ps, wb, ws, products: nP, websites: nW,
      cache: emptyLeverCache(nQ, H),
      induced: new InducedDraws(),
    };
    for (let h = 0; h < nH; h++) {
      const base = new Tally(nQ, H);
      base.copyFrom(arrivalsOnly);
      drawHistory(drawing, h, trialKey(input.seed, h), base);
      drawn.baselines.push(base);
    }
    lastHistories = drawn;
  }
  const { histories, baselines } = drawn;
  const work: Workspace = {
    rt, lv, histories, scenario, pd, wd, pb, ps, wb, ws, products: nP, websites: nW,
    cache: emptyLeverCache(nQ, H),
    induced: new InducedDraws(),
  };

  // Trials grouped by the history they reuse, so that one lever cache serves the group.
  for (let h = 0; h < nH; h++) for (let trial = h; trial < trials; trial += nH) {
    const tk = trialKey(input.seed, trial);
    const base = baselines[h]!;
    for (let i = 0; i < nA; i++) {
      const a = assumptions[i]!;
      const pinned = overrides.get(a.key);
      values[i] =
        pinned !== undefined
          ? pinned
          : options.drawAssumptions && a.drawn
            ? triangular(uniform(caseKey(tk, ASSUMPTION_CASE_BASE + i), 0), a.range[0], a.value, a.range[1])
            : a.value;
      assumptionValues[i * trials + trial] = values[i]!;
    }
    // Levers for this trial.
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
    const reference = value('bounty.referenceRewardJpy');
    // Constant elasticity of supply to the reward, measured from what reporters already get for nothing.
    const bountyMultiplier = bounty > 0 ? pow((reference + bounty) / reference, value('bounty.supplyElasticity')) : 1;
    const ackMultiplier = input.acknowledgement ? 1 + value('acknowledgement.reportUplift') : 1;
    const multiplier = bountyMultiplier * ackMultiplier;
    lv.productExtra = Math.round(nP * (multiplier - 1));
    lv.websiteExtra = Math.round(nW * (multiplier - 1));
    lv.bountyShare = multiplier > 1 ? (bountyMultiplier - 1) / (multiplier - 1) : 0;
    lv.invalidShare = value('bounty.invalidShareOfInduced');

    // Staff capacity: handling stretches by how far the scenario's load exceeds capacity, relative to how far the
    // historical load exceeded today's capacity (the baseline, whose durations already contain that history).
    const baseCapacity = value('staff.capacityReportsPerWorkingDay');
    const capacity = input.staffCapacity?.reportsPerWorkingDay ?? baseCapacity;
    lv.extraByQuarter.fill(0);
    for (let j = 0; j < lv.productExtra; j++) {
      lv.extraByQuarter[rt.productArrivalQuarter[Math.floor(((j + 0.5) * nP) / lv.productExtra)]!]! += 1;
    }
    for (let j = 0; j < lv.websiteExtra; j++) {
      lv.extraByQuarter[rt.websiteArrivalQuarter[Math.floor(((j + 0.5) * nW) / lv.websiteExtra)]!]! += 1;
    }
    lv.staffActive = lv.productExtra + lv.websiteExtra > 0 || capacity !== baseCapacity;
    const beta = value('staff.overloadDelayElasticity');
    for (let q = 0; q < nQ; q++) {
      if (!lv.staffActive) {
        lv.staffFactor[q] = 1;
        continue;
      }
      const days = (rt.calendar.weekdays[q]! * workingDays) / totalWeekdays;
      const loadBase = rt.receivedByQuarter[q]! / days;
      const loadScenario = (rt.receivedByQuarter[q]! + lv.extraByQuarter[q]!) / days;
      const over = (loadScenario > capacity ? loadScenario / capacity : 1) / (loadBase > baseCapacity ? loadBase / baseCapacity : 1);
      lv.staffFactor[q] = over === 1 ? 1 : pow(over, beta);
    }
    if (lv.forcedAll) {
      for (let q = 0; q < nQ; q++) lv.survivalAtDeadline[q] = rt.productBody.distribution.survival(lv.afterDays / lv.staffFactor[q]!);
    }
    const productsTouched = lv.forcedOn || lv.staffActive;
    const websitesTouched = lv.mandateOn || lv.staffActive;

    const touched = productsTouched || websitesTouched || lv.productExtra + lv.websiteExtra > 0;
    if (touched) {
      if (lv.staffActive || options.exhaustive) {
        // A staff change moves every report's times: replay them all.
        scenario.reset();
        changeProducts(work, h, tk, options.exhaustive === true);
        changeWebsites(work, h, tk, options.exhaustive === true);
      } else {
        if (work.cache.history !== h) prepareLevers(work, h, Math.ceil(trials / nH) >= 3);
        scenario.copyFrom(work.cache.forced);
        applyLevers(work, h, tk);
      }
      if (lv.productExtra > 0) addInducedProducts(work, h, trialKey(input.seed, h), tk);
      if (lv.websiteExtra > 0) addInducedWebsites(work, h, trialKey(input.seed, h), tk);
      // The scenario is the baseline plus what the levers changed.
      scenario.add(base);
    }
    const tallies = [base, touched ? scenario : base] as const;

    for (let arm = 0; arm < 2; arm++) {
      const t = tallies[arm]!;
      const c = t.c;
      const out = measures[arm]!;
      const set = (m: Measure, v: number) => {
        out[M[m] * trials + trial] = v;
      };
      const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
      set('REPORTS_PER_WORKING_DAY', (c[C.pReceived]! + c[C.wReceived]!) / workingDays);
      set('PRODUCT_PUBLISHED', c[C.pPublished]!);
      set('PRODUCT_IN_HANDLING', c[C.pInHandling]!);
      set('PRODUCT_PUBLISHED_WITHIN_45_DAYS_SHARE', share(c[C.pWithin45]!, c[C.pPublished]!));
      set('PRODUCT_MEDIAN_DAYS_TO_PUBLICATION', medianPublicationDays(t, c[C.pPublished]!));
      set('PRODUCT_PUBLISHED_WITHOUT_FIX', c[C.pWithoutFix]!);
      set('PRODUCT_UNREACHABLE_OPEN', c[C.unreachableOpen]!);
      set('WEBSITE_FIXED', c[C.wFixed]!);
      set('WEBSITE_IN_HANDLING', c[C.wInHandling]!);
      set('WEBSITE_FIXED_WITHIN_30_DAYS_SHARE', share(c[C.wWithin30]!, c[C.wFixed]!));
      set('WEBSITE_FIXED_WITHIN_90_DAYS_SHARE', share(c[C.wWithin90]!, c[C.wFixed]!));
      set('WEBSITE_OPEN_OVER_90_DAYS', c[C.wOpen90]!);
      set('BOUNTY_COST_JPY', arm === 1 ? bounty * c[C.accepted]! : 0);
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

      const s = series[arm]!;
      let productOpen = 0;
      let websiteOpen = 0;
      let websiteOpen90 = 0;
      let published = 0;
      let fixed = 0;
      let peak = 0;
      let over = 0;
      let delay = 0;
      for (let q = 0; q < nQ; q++) {
        productOpen += t.productOpen[q]!;
        websiteOpen += t.websiteOpen[q]!;
        websiteOpen90 += t.websiteOpen90[q]!;
        published += t.productPublished[q]!;
        fixed += t.websiteFixed[q]!;
        const load = t.received[q]! / ((rt.calendar.weekdays[q]! * workingDays) / totalWeekdays);
        const at = trial * nQ + q;
        s[0]![at] = productOpen;
        s[1]![at] = websiteOpen;
        s[2]![at] = published;
        s[3]![at] = fixed;
        s[4]![at] = load;
        s[5]![at] = websiteOpen90;
        if (load > peak) peak = load;
        if (load > (arm === 1 ? capacity : baseCapacity)) over += 1;
        delay += arm === 1 ? lv.staffFactor[q]! * t.received[q]! : t.received[q]!;
      }
      set('staff.peakReportsPerWorkingDay', peak);
      set('staff.quartersOverCapacity', over);
      set('staff.meanDelayFactor', delay / (c[C.pReceived]! + c[C.wReceived]!));
    }
  }
  return { trials, measures, series, assumptionValues };
}
