import type { QuantileTable } from './distributions.ts';
import type { StoredDraws } from './histories.ts';
import type { Arrivals } from './intake.ts';
import { Draw, caseKeyOfMix, caseMix, purposeMix, uniform, uniformOfMix } from './random.ts';
import { Outcome, daysAllowed, drawArrival, quarterIndex } from './report-path.ts';
import type { ModelRuntime } from './runtime.ts';
import { C, type Tally } from './tally.ts';
import type { TrialLevers } from './trial-levers.ts';

/**
 * One product report's path through the Partnership: its draws (made once per history), the times and outcome
 * they give with or without the levers, and what the path adds to a tally (MODEL.md §2 and §4).
 */

export const PRODUCT_NOT_ACCEPTED = 0;
export const PRODUCT_UNREACHABLE = 1;
export const PRODUCT_STALLED = 2;
export const PRODUCT_RESOLVES = 3;

/**
 * A product report's class in one byte, as a history stores it: its path, and for a resolving report
 * PRODUCT_RESOLVES + its outcome. Only this module knows the encoding.
 */
export function productClassCode(d: ProductDraws): number {
  return d.path === PRODUCT_RESOLVES ? PRODUCT_RESOLVES + d.outcome : d.path;
}

/** The class code of a report that resolves and is published with a fix. */
export const PRODUCT_CLASS_PUBLISHED = PRODUCT_RESOLVES + Outcome.PUBLISHED;

/** Whether a class code is that of a resolving report (its stored durations are a resolution time). */
export function isResolvingClass(code: number): boolean {
  return code >= PRODUCT_RESOLVES;
}

/** Sets the path and outcome of draws from a class code. */
export function setProductClass(d: ProductDraws, code: number): void {
  if (code >= PRODUCT_RESOLVES) {
    d.path = PRODUCT_RESOLVES;
    d.outcome = code - PRODUCT_RESOLVES;
  } else {
    d.path = code;
  }
}

/** The random draws of one product report in one trial, made once and shared by both arms. */
export class ProductDraws {
  /** The case key its draws were made with, or in a trial's replay the key of its lever draws (leverKey). */
  key = 0;
  /** Arrival day and arrival quarter: the intake's, not a draw of the report. */
  arrival = 0;
  quarter = 0;
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

export function drawProduct(d: ProductDraws, rt: ModelRuntime, key: number, invalid: boolean): void {
  const P = rt.product;
  const E = rt.unitExponential;
  // One uniform picks the whole class (acceptance, reachability, stall, outcome) against cumulative shares.
  const u = drawArrival(d, rt, key, invalid);
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

/**
 * Whether the developer of the report with key `key` anticipates a deadline, at the trial's share: its draw below
 * the share. The uniform is never 0 or 1, so a share of 0 or 1 (the lever cache decides anticipation so) answers
 * without the draw.
 */
function anticipates(key: number, share: number): boolean {
  return share >= 1 || (share > 0 && uniform(key, Draw.anticipation) < share);
}

/**
 * The deadline of a forced publication for a case accepted on day tAccept: afterDays from acceptance, or from the
 * start date for a case accepted before it and still open then.
 */
function forcedDeadline(tAccept: number, lv: TrialLevers): number {
  return tAccept < lv.startDay ? lv.startDay + lv.afterDays : tAccept + lv.afterDays;
}

/**
 * The resolution time (unscaled by staff) of a case published without a fix at the deadline, where its
 * resolution time's survival was sD: proportional hazards after publication, S(t' | deadline) =
 * S(t | deadline)^(1 / ratio), on the case's same uniform w.
 */
function fixAfterForcedPublication(rt: ModelRuntime, lv: TrialLevers, sD: number, w: number): number {
  const ratio = sD > 0 ? (1 - w) / sD : 1;
  const u2 = 1 - sD * lv.hazardPowerAt(ratio < 1 ? ratio : 1);
  return rt.productBody.quantile(u2 < 1 ? u2 : 1 - 1e-12);
}

/** One product report's path. Reused for every case: fields are overwritten, never reallocated. */
export class ProductPath {
  arrival = 0;
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

/** The path of one product report (its draws, arrival included), with the levers applied or not. */
export function productPath(
  o: ProductPath,
  d: ProductDraws,
  rt: ModelRuntime,
  levers: TrialLevers,
  applyLevers: boolean,
): void {
  const P = rt.product;
  const quarter = d.quarter;
  // A staff change acts on the reports that arrive once the levers are in force.
  const staff = applyLevers && d.arrival >= levers.startDay ? levers.staffFactor[quarter]! : 1;
  const lv = applyLevers ? levers : null;
  o.clear();
  o.arrival = d.arrival;
  const tAccept = d.arrival + staff * levers.triageMean * d.triage;
  o.tAccept = tAccept;
  if (d.path === PRODUCT_NOT_ACCEPTED) {
    o.close = tAccept;
    o.outcome = Outcome.NOT_ACCEPTED;
    o.vulnerable = false;
    return;
  }
  const forced = lv !== null && lv.forcedOn;
  // The deadline counts from acceptance, or from the start date for a case accepted before it and still open.
  const before = forced && tAccept < lv.startDay;
  const deadline = !forced ? Infinity : forcedDeadline(tAccept, lv);
  const allowed = !forced ? Infinity : daysAllowed(tAccept, lv.startDay, lv.afterDays);

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
      if (anticipates(d.key, lv.anticipation)) {
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
  if (d.outcome === Outcome.PUBLISHED && forced && lv.forcedAll && duration > allowed) {
    o.tPublish = deadline;
    o.close = deadline;
    if (anticipates(d.key, lv.anticipation)) {
      o.withFix = true;
      o.tFix = deadline;
      return;
    }
    // Published without a fix at the deadline; the fix comes under proportional hazards after it.
    o.forced = true;
    const sD = before ? rt.productBody.distribution.survival(allowed / staff) : lv.survivalAtDeadline[quarter]!;
    o.tFix = tAccept + staff * fixAfterForcedPublication(rt, lv, sD, d.w);
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

/**
 * Adds (sign +1) or removes (sign -1) one product path's contribution, its arrival excepted. A product path is
 * never recorded into a logging tally (only a mandate's website paths are), so it adds into the buffer directly.
 */
export function recordProduct(t: Tally, rt: ModelRuntime, o: ProductPath, sign: number): void {
  const a = t.all;
  const arrival = o.arrival;
  const H = rt.horizon;
  a[t.productOpenAt + quarterIndex(rt, o.close)]! -= sign;
  if (o.close <= H) {
    if (o.outcome === Outcome.NOT_ACCEPTED) a[C.pNotAccepted]! += sign;
    else if (o.outcome === Outcome.PUBLISHED) a[C.pPublished]! += sign;
    else if (o.outcome === Outcome.HANDLED_INDIVIDUALLY) a[C.pIndividually]! += sign;
    else a[C.pNotVulnerable]! += sign;
  } else {
    a[C.pInHandling]! += sign;
  }
  if (o.outcome !== Outcome.NOT_ACCEPTED && o.tAccept <= H) a[C.accepted]! += sign;
  if (o.tPublish <= H) {
    const days = o.tPublish - o.tAccept;
    const qp = quarterIndex(rt, o.tPublish);
    a[t.publicationDaysAt + (days | 0)]! += sign;
    if (days <= 45) {
      a[C.pWithin45]! += sign;
      a[t.productWithin45At + qp]! += sign;
    }
    if (!o.withFix) a[C.pWithoutFix]! += sign;
    if (o.forced) a[C.forced]! += sign;
    a[t.productPublishedAt + qp]! += sign;
  }
  if (o.tList <= H) {
    a[C.listed]! += sign;
    if (o.tResume <= H) a[C.resumed]! += sign;
    if (o.tDone <= H) a[C.completed]! += sign;
    if (o.close > H && o.tResume > H) a[C.unreachableOpen]! += sign;
  }
  if (o.vulnerable) {
    const fixed = o.tFix < H ? o.tFix : H;
    const privateEnd = o.tPublish < fixed ? o.tPublish : fixed;
    if (privateEnd > arrival) a[C.pPrivate]! += sign * (privateEnd - arrival);
    if (o.tPublish < fixed) a[C.pPublic]! += sign * (fixed - o.tPublish);
  }
}

/**
 * The four draws of report i's unreachable path (drawProduct's), stored: a function of its own, so that the loop
 * that draws a history inlines it whole rather than calling the draws one by one with their doubles boxed (the
 * loop's budget for inlining runs out before this branch, which 7 % of reports take).
 */
function drawUnreachable(E: QuantileTable, key: number, draws: StoredDraws, i: number): void {
  draws.pA[i] = E.quantile(uniform(key, Draw.unreachableDelay));
  draws.pB[i] = E.quantile(uniform(key, Draw.resume));
  draws.pC[i] = E.quantile(uniform(key, Draw.committee));
  draws.pD[i] = E.quantile(uniform(key, Draw.completion));
}

/**
 * Draws the product reports of one history (report i keyed caseKey(hk, i)), stores their draws and records
 * their baseline paths into `baseline`: drawProduct, storeProduct, productPath without levers and recordProduct,
 * fused into one loop over typed arrays, as drawWebsiteHistory is for websites. Held equal to the object path,
 * report by report, by history-draw.test.ts.
 */
export function drawProductHistory(
  rt: ModelRuntime,
  hk: number,
  triageMean: number,
  listingDelayMean: number,
  arrivals: Arrivals,
  draws: StoredDraws,
  baseline: Tally,
): void {
  // The slots as locals, read on entry: a slot read only in a rare branch (or after the loop) had no type feedback
  // when the loop was optimised, and reading it deoptimised the whole function once every few histories.
  const {
    pPrivate,
    pPublic,
    pNotAccepted,
    pPublished,
    pIndividually,
    pNotVulnerable,
    pInHandling,
    accepted,
    pWithin45,
    pWithoutFix,
    listed,
    resumed,
    completed,
    unreachableOpen,
  } = C;
  const P = rt.product;
  const k = P.classUpTo;
  const k0 = k[0]!,
    k1 = k[1]!,
    k2 = k[2]!,
    k3 = k[3]!,
    k4 = k[4]!;
  const E = rt.unitExponential;
  const body = rt.productBody;
  const { resumeMean, committeeMean, completionMean } = P;
  const listStart = rt.listStart;
  const H = rt.horizon;
  const nQ = rt.quarters;
  const quarterOfDay = rt.calendar.quarterOfDay;
  const a = baseline.all;
  const openAt = baseline.productOpenAt;
  const daysAt = baseline.publicationDaysAt;
  const within45At = baseline.productWithin45At;
  const publishedAt = baseline.productPublishedAt;
  const days = arrivals.productArrivals;
  const { pClass, pTriage, pA, pB, pC, pD } = draws;
  const triageMix = purposeMix(Draw.triage);
  const pathMix = purposeMix(Draw.path);
  const durationMix = purposeMix(Draw.duration);
  const n = draws.products;
  for (let i = 0; i < n; i++) {
    const key = caseKeyOfMix(hk, caseMix(i));
    const triage = E.quantile(uniformOfMix(key, triageMix));
    const u = uniformOfMix(key, pathMix);
    const arrival = days[i]!;
    const tAccept = arrival + triageMean * triage;
    pTriage[i] = triage;
    // The path without levers (as productPath): its close, outcome and times.
    let code: number;
    let close = Infinity;
    let outcome: number = Outcome.IN_HANDLING;
    let tPublish = Infinity;
    let withFix = false;
    let tFix = Infinity;
    let tList = Infinity;
    let tResume = Infinity;
    let tDone = Infinity;
    let vulnerable = true;
    if (u < k0) {
      code = PRODUCT_NOT_ACCEPTED;
      close = tAccept;
      outcome = Outcome.NOT_ACCEPTED;
      vulnerable = false;
    } else if (u < k1) {
      code = PRODUCT_UNREACHABLE;
      drawUnreachable(E, key, draws, i);
      const found = pA[i]!;
      const resumeHazard = pB[i]!;
      const committee = pC[i]!;
      const completion = pD[i]!;
      const tFound = tAccept + listingDelayMean * found;
      tList = tFound > listStart ? tFound : listStart;
      const resumeAt = tList + resumeHazard * resumeMean;
      const tCommittee = tList + committee * committeeMean;
      outcome = Outcome.PUBLISHED;
      if (tCommittee < resumeAt) {
        tPublish = tCommittee;
        close = tCommittee;
      } else {
        tResume = resumeAt;
        tDone = resumeAt + completion * completionMean;
        tPublish = tDone;
        tFix = tDone;
        close = tDone;
        withFix = true;
      }
    } else if (u < k2) {
      code = PRODUCT_STALLED;
    } else {
      outcome = u < k3 ? Outcome.HANDLED_INDIVIDUALLY : u < k4 ? Outcome.NOT_VULNERABLE : Outcome.PUBLISHED;
      code = PRODUCT_RESOLVES + outcome;
      const w = uniformOfMix(key, durationMix);
      const resolution = body.quantile(w);
      pA[i] = resolution;
      pB[i] = w;
      close = tAccept + resolution;
      if (outcome === Outcome.PUBLISHED) {
        tPublish = close;
        tFix = close;
        withFix = true;
      } else if (outcome === Outcome.HANDLED_INDIVIDUALLY) {
        tFix = close;
      } else {
        vulnerable = false;
      }
    }
    pClass[i] = code;
    // What the path adds to the baseline (as recordProduct with sign +1).
    a[openAt + (close < H ? quarterOfDay[close | 0]! : nQ)]! -= 1;
    if (close <= H) {
      if (outcome === Outcome.NOT_ACCEPTED) a[pNotAccepted]! += 1;
      else if (outcome === Outcome.PUBLISHED) a[pPublished]! += 1;
      else if (outcome === Outcome.HANDLED_INDIVIDUALLY) a[pIndividually]! += 1;
      else a[pNotVulnerable]! += 1;
    } else {
      a[pInHandling]! += 1;
    }
    if (outcome !== Outcome.NOT_ACCEPTED && tAccept <= H) a[accepted]! += 1;
    if (tPublish <= H) {
      const taken = tPublish - tAccept;
      const qp = tPublish < H ? quarterOfDay[tPublish | 0]! : nQ;
      a[daysAt + (taken | 0)]! += 1;
      if (taken <= 45) {
        a[pWithin45]! += 1;
        a[within45At + qp]! += 1;
      }
      if (!withFix) a[pWithoutFix]! += 1;
      a[publishedAt + qp]! += 1;
    }
    if (tList <= H) {
      a[listed]! += 1;
      if (tResume <= H) a[resumed]! += 1;
      if (tDone <= H) a[completed]! += 1;
      if (close > H && tResume > H) a[unreachableOpen]! += 1;
    }
    if (vulnerable) {
      const fixed = tFix < H ? tFix : H;
      const privateEnd = tPublish < fixed ? tPublish : fixed;
      if (privateEnd > arrival) a[pPrivate]! += privateEnd - arrival;
      if (tPublish < fixed) a[pPublic]! += fixed - tPublish;
    }
  }
}

/**
 * A forced publication of stalled report `o` (its arrival and acceptance set) with nobody anticipating, as a
 * change to a tally: what recordProduct adds for the forced path (published without a fix at the deadline) then
 * what it removes for the baseline path (in handling to the end), without working out either path through
 * productPath. Leaves the forced path in `o`. A history holds some 3,000 stalled reports, the stock of two
 * decades, and they were most of what a forced publication's lever cache cost. Held to productPath and
 * recordProduct by the fingerprint and determinism tests (every report replayed against the cache's change).
 */
export function recordStalledForced(t: Tally, rt: ModelRuntime, o: ProductPath, lv: TrialLevers): void {
  const a = t.all;
  const H = rt.horizon;
  const arrival = o.arrival;
  const tAccept = o.tAccept;
  const deadline = forcedDeadline(tAccept, lv);
  o.clear();
  o.outcome = Outcome.PUBLISHED;
  o.tPublish = deadline;
  o.close = deadline;
  o.forced = true;
  // The forced path, added (sign +1): it never has a fix, so it stays vulnerable to the end.
  a[t.productOpenAt + quarterIndex(rt, deadline)]! -= 1;
  if (deadline <= H) a[C.pPublished]! += 1;
  else a[C.pInHandling]! += 1;
  if (tAccept <= H) a[C.accepted]! += 1;
  if (deadline <= H) {
    const days = deadline - tAccept;
    const qp = quarterIndex(rt, deadline);
    a[t.publicationDaysAt + (days | 0)]! += 1;
    if (days <= 45) {
      a[C.pWithin45]! += 1;
      a[t.productWithin45At + qp]! += 1;
    }
    a[C.pWithoutFix]! += 1;
    a[C.forced]! += 1;
    a[t.productPublishedAt + qp]! += 1;
  }
  const privateEnd = deadline < H ? deadline : H;
  if (privateEnd > arrival) a[C.pPrivate]! += privateEnd - arrival;
  if (deadline < H) a[C.pPublic]! += H - deadline;
  // The baseline path, removed (sign -1): open to the end, private to the end.
  a[t.productOpenAt + rt.quarters]! -= -1;
  a[C.pInHandling]! += -1;
  if (tAccept <= H) a[C.accepted]! += -1;
  if (H > arrival) a[C.pPrivate]! += -(H - arrival);
}

/**
 * The baseline and forced paths of report `i` of a history, a report that resolves with a publication later
 * than a forced publication's deadline allows (nobody anticipating, no staff change): what productPath gives for
 * it, from the stored draws, without loading them into a ProductDraws or walking productPath's branches. `base`
 * and `o` come with the report's arrival and acceptance set. Held to productPath by the fingerprint and
 * determinism tests, as recordStalledForced is.
 */
export function publishedForcedPaths(
  base: ProductPath,
  o: ProductPath,
  rt: ModelRuntime,
  lv: TrialLevers,
  draws: StoredDraws,
  i: number,
  quarter: number,
): void {
  const tAccept = base.tAccept;
  const resolution = draws.pA[i]!;
  base.clear();
  base.outcome = Outcome.PUBLISHED;
  base.close = tAccept + resolution;
  base.tPublish = base.close;
  base.tFix = base.close;
  base.withFix = true;
  // Published without a fix at the deadline; the fix then follows the proportional-hazards step (productPath).
  const before = tAccept < lv.startDay;
  const deadline = forcedDeadline(tAccept, lv);
  const allowed = daysAllowed(tAccept, lv.startDay, lv.afterDays);
  o.clear();
  o.outcome = Outcome.PUBLISHED;
  o.tPublish = deadline;
  o.close = deadline;
  o.forced = true;
  const sD = before ? rt.productBody.distribution.survival(allowed) : lv.survivalAtDeadline[quarter]!;
  o.tFix = tAccept + fixAfterForcedPublication(rt, lv, sD, draws.pB[i]!);
}
