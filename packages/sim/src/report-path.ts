import { Draw, uniform } from './random.ts';
import type { ModelRuntime } from './runtime.ts';
import { C, bump, type Tally } from './tally.ts';
import type { TrialLevers } from './trial-levers.ts';

/**
 * One report's path through the Partnership: its draws (made once per history), the times and outcome they give
 * with or without the levers, and what the path adds to a tally. MODEL.md §2 to §4 describe the paths.
 */

/** Outcomes of a report's path, as Chapter 1 counts them. */
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

export const WEBSITE_NOT_ACCEPTED = 0;
export const WEBSITE_UNREACHABLE = 1;
export const WEBSITE_ALERT = 2;
export const WEBSITE_NOTIFIED = 3;

/**
 * A website report's class in one byte, as a history stores it: its path, except that a notified report is
 * WEBSITE_CLASS_NOT_VULNERABLE or WEBSITE_CLASS_FIXED. Only this module knows the encoding.
 */
export const WEBSITE_CLASS_NOT_VULNERABLE = WEBSITE_NOTIFIED;
export const WEBSITE_CLASS_FIXED = WEBSITE_NOTIFIED + 1;

export function websiteClassCode(d: WebsiteDraws): number {
  return d.path === WEBSITE_NOTIFIED ? (d.notVulnerable ? WEBSITE_CLASS_NOT_VULNERABLE : WEBSITE_CLASS_FIXED) : d.path;
}

/** Whether a class code is that of a notified report (its stored duration runs from notification). */
export function isNotifiedClass(code: number): boolean {
  return code >= WEBSITE_NOTIFIED;
}

export function setWebsiteClass(d: WebsiteDraws, code: number): void {
  d.path = code >= WEBSITE_NOTIFIED ? WEBSITE_NOTIFIED : code;
  d.notVulnerable = code === WEBSITE_CLASS_NOT_VULNERABLE;
}

export class WebsiteDraws {
  key = 0;
  arrival = 0;
  quarter = 0;
  triage = 0;
  path = 0;
  /** Days before an unreachable operator's case is closed, or from notification to the end. */
  duration = 0;
  notVulnerable = false;
}

export function drawWebsite(d: WebsiteDraws, rt: ModelRuntime, key: number, invalid: boolean): void {
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

export class WebsitePath {
  arrival = 0;
  tAccept = 0;
  close = Infinity;
  outcome = 0;
  tNotify = Infinity;
  vulnerable = true;

  sameAs(o: WebsitePath): boolean {
    return this.tAccept === o.tAccept && this.close === o.close && this.outcome === o.outcome;
  }
}

export function quarterIndex(rt: ModelRuntime, t: number): number {
  return t < rt.horizon ? rt.calendar.quarterOfDay[t | 0]! : rt.quarters;
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
  const deadline = !forced ? Infinity : before ? lv.startDay + lv.afterDays : tAccept + lv.afterDays;
  const allowed = !forced ? Infinity : before ? lv.startDay - tAccept + lv.afterDays : lv.afterDays;

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
  if (d.outcome === Outcome.PUBLISHED && forced && lv.forcedAll && duration > allowed) {
    o.tPublish = deadline;
    o.close = deadline;
    if (uniform(d.key, Draw.anticipation) < lv.anticipation) {
      o.withFix = true;
      o.tFix = deadline;
      return;
    }
    // Proportional hazards after publication: S(t' | deadline) = S(t | deadline)^(1 / ratio), on the same draw.
    o.forced = true;
    const sD = before ? rt.productBody.distribution.survival(allowed / staff) : lv.survivalAtDeadline[quarter]!;
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
export function recordProduct(t: Tally, rt: ModelRuntime, o: ProductPath, sign: number): void {
  const arrival = o.arrival;
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
    const qp = quarterIndex(rt, o.tPublish);
    bump(t, t.publicationDaysAt + (days | 0), sign);
    if (days <= 45) {
      bump(t, C.pWithin45, sign);
      bump(t, t.productWithin45At + qp, sign);
    }
    if (!o.withFix) bump(t, C.pWithoutFix, sign);
    if (o.forced) bump(t, C.forced, sign);
    bump(t, t.productPublishedAt + qp, sign);
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

/**
 * What anticipating a forced publication changes in a tally, written straight from the forced path `o`: the
 * anticipating path is `o` with a fix made by the deadline (withFix, not forced, tFix at the deadline: see
 * productPath), so of recordProduct's terms only those that read withFix, forced or tFix differ, and only those
 * are written (the anticipating path's first, then the forced path's removed, as recordProduct(+1) and
 * recordProduct(-1) would write them; the others cancel). For a change log, whose endReport merges them.
 */
export function recordAnticipation(t: Tally, rt: ModelRuntime, o: ProductPath): void {
  const H = rt.horizon;
  const arrival = o.arrival;
  const deadline = o.tPublish;
  if (o.vulnerable) {
    const fixed = deadline < H ? deadline : H;
    const privateEnd = o.tPublish < fixed ? o.tPublish : fixed;
    if (privateEnd > arrival) bump(t, C.pPrivate, privateEnd - arrival);
  }
  if (o.tPublish <= H) {
    if (!o.withFix) bump(t, C.pWithoutFix, -1);
    if (o.forced) bump(t, C.forced, -1);
  }
  if (o.vulnerable) {
    const fixed = o.tFix < H ? o.tFix : H;
    const privateEnd = o.tPublish < fixed ? o.tPublish : fixed;
    if (privateEnd > arrival) bump(t, C.pPrivate, -(privateEnd - arrival));
    if (o.tPublish < fixed) bump(t, C.pPublic, -(fixed - o.tPublish));
  }
}

/** The path of one website report (its draws, arrival included), with the levers applied or not. */
export function websitePath(o: WebsitePath, d: WebsiteDraws, levers: TrialLevers, applyLevers: boolean): void {
  const staff = applyLevers && d.arrival >= levers.startDay ? levers.staffFactor[d.quarter]! : 1;
  const lv = applyLevers ? levers : null;
  o.arrival = d.arrival;
  const tAccept = d.arrival + staff * levers.triageMean * d.triage;
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
  if (!d.notVulnerable && lv !== null && lv.mandateOn) {
    // The deadline counts from notification, or from the start date for an operator notified before it.
    const allowed = tAccept < lv.startDay ? lv.startDay - tAccept + lv.mandateDays : lv.mandateDays;
    // A complying operator fixes by the deadline; the others keep their baseline time.
    if (duration > allowed && uniform(d.key, Draw.compliance) < lv.compliance) duration = allowed;
  }
  o.close = tAccept + duration;
  o.outcome = d.notVulnerable ? Outcome.NOT_VULNERABLE : Outcome.FIXED;
  o.vulnerable = !d.notVulnerable;
}

/** Adds (sign +1) or removes (sign -1) one website path's contribution, its arrival excepted. */
export function recordWebsite(t: Tally, rt: ModelRuntime, o: WebsitePath, sign: number): void {
  const arrival = o.arrival;
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
