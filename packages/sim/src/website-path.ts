import type { StoredDraws } from './histories.ts';
import type { Arrivals } from './intake.ts';
import { Draw, caseKeyOfMix, caseMix, purposeMix, uniform, uniformOfMix } from './random.ts';
import { Outcome, daysAllowed, drawArrival, quarterIndex } from './report-path.ts';
import type { ModelRuntime } from './runtime.ts';
import { C, bump, type Tally } from './tally.ts';
import type { TrialLevers } from './trial-levers.ts';

/**
 * One website report's path through the Partnership: its draws, the times and outcome they give with or without
 * a mandate, and what the path adds to a tally (MODEL.md §3 and §4).
 */

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
  /** The case key its draws were made with, or in a trial's replay the key of its lever draws (leverKey). */
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
  const u = drawArrival(d, rt, key, invalid);
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
    const allowed = daysAllowed(tAccept, lv.startDay, lv.mandateDays);
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

/**
 * Draws the website reports of one history (report i keyed caseKey(hk, idBase + i)), stores their draws and
 * records their baseline paths into `baseline`: drawWebsite, storeWebsite, websitePath without levers and
 * recordWebsite, fused into one loop over typed arrays. A history has some 15,000 website reports and a run
 * draws 40 histories, and the loop through the reused objects cost four times this one (its doubles were boxed
 * at every call that was not inlined). Held equal to the object path, report by report, by history-draw.test.ts.
 */
export function drawWebsiteHistory(
  rt: ModelRuntime,
  hk: number,
  idBase: number,
  triageMean: number,
  arrivals: Arrivals,
  draws: StoredDraws,
  baseline: Tally,
): void {
  // The slots as locals, read on entry: a slot read only in a rare branch (or after the loop) had no type feedback
  // when the loop was optimised, and reading it deoptimised the whole function once every few histories.
  const {
    wPrivate,
    wNotAccepted,
    wFixed,
    wWithin30,
    wWithin90,
    wAlert,
    wNotVulnerable,
    wUnreachable,
    wInHandling,
    wOpen90,
    accepted,
  } = C;
  const W = rt.website;
  const k = W.classUpTo;
  const E = rt.unitExponential;
  const fix = rt.websiteFix;
  // The seven bins of the class uniform (cumulative shares, see WebsiteParameters.classUpTo): not accepted,
  // unreachable, closed after an alert, not a vulnerability after a stall or a body time, fixed after a stall or
  // a body time. A bin is counted, not branched to: which bin a report falls in is as unpredictable as its draw.
  const binCode = Uint8Array.of(
    WEBSITE_NOT_ACCEPTED,
    WEBSITE_UNREACHABLE,
    WEBSITE_ALERT,
    WEBSITE_CLASS_NOT_VULNERABLE,
    WEBSITE_CLASS_NOT_VULNERABLE,
    WEBSITE_CLASS_FIXED,
    WEBSITE_CLASS_FIXED,
  );
  const binSlot = Int32Array.of(wNotAccepted, wUnreachable, wAlert, wNotVulnerable, wNotVulnerable, wFixed, wFixed);
  // Every bin draws its duration on the one uniform, times 0 where the class has none: a quantile times 0 is 0,
  // and a body time times 1 is the body time itself, bit for bit.
  const binTable = [E, E, E, E, fix, E, fix];
  const binScale = Float64Array.of(0, W.unreachableExitMean, 0, W.fixStalledMean, 1, W.fixStalledMean, 1);
  const k0 = k[0]!,
    k1 = k[1]!,
    k2 = k[2]!,
    k3 = k[3]!,
    k4 = k[4]!,
    k5 = k[5]!;
  const H = rt.horizon;
  const nQ = rt.quarters;
  const quarterOfDay = rt.calendar.quarterOfDay;
  const a = baseline.all;
  const openAt = baseline.websiteOpenAt;
  const fixedAt = baseline.websiteFixedAt;
  const open90At = baseline.websiteOpen90At;
  const days = arrivals.websiteArrivals;
  const wClass = draws.wClass;
  const wTriage = draws.wTriage;
  const wDuration = draws.wDuration;
  const triageMix = purposeMix(Draw.triage);
  const pathMix = purposeMix(Draw.path);
  const durationMix = purposeMix(Draw.duration);
  const n = draws.websites;
  for (let i = 0; i < n; i++) {
    const key = caseKeyOfMix(hk, caseMix(idBase + i));
    const triage = E.quantile(uniformOfMix(key, triageMix));
    const u = uniformOfMix(key, pathMix);
    const arrival = days[i]!;
    const tAccept = arrival + triageMean * triage;
    const bin = +(u >= k0) + +(u >= k1) + +(u >= k2) + +(u >= k3) + +(u >= k4) + +(u >= k5);
    const code = binCode[bin]!;
    const duration = binTable[bin]!.quantile(uniformOfMix(key, durationMix)) * binScale[bin]!;
    wTriage[i] = triage;
    wClass[i] = code;
    wDuration[i] = duration;
    // The path without levers, and what it adds to the baseline (as websitePath and recordWebsite). A class
    // without a duration closes at acceptance: tAccept + 0 is tAccept.
    const close = tAccept + duration;
    const notified = code >= WEBSITE_NOTIFIED;
    const tNotify = notified ? tAccept : Infinity;
    const qc = close < H ? quarterOfDay[close | 0]! : nQ;
    a[openAt + qc]! -= 1;
    if (close <= H) {
      a[binSlot[bin]!]! += 1;
      // The fixed report's counts, added times 1 or 0 (a count plus 0 is itself).
      const fixed = +(code === WEBSITE_CLASS_FIXED);
      const taken = close - tNotify;
      a[wWithin30]! += fixed * +(taken <= 30);
      a[wWithin90]! += fixed * +(taken <= 90);
      a[fixedAt + qc]! += fixed;
    } else {
      a[wInHandling]! += 1;
      if (tNotify <= H - 90) a[wOpen90]! += 1;
    }
    a[accepted]! += +(code !== WEBSITE_NOT_ACCEPTED && tAccept <= H);
    if (tNotify + 90 < close) {
      const t90 = tNotify + 90;
      const q90 = t90 < H ? quarterOfDay[t90 | 0]! : nQ;
      if (q90 < qc) {
        a[open90At + q90]! += 1;
        a[open90At + qc]! -= 1;
      }
    }
    // Private days of a vulnerable report, times 1 or 0: a day sum plus ±0 is itself (it is never -0).
    const end = close < H ? close : H;
    const exposed = +(code !== WEBSITE_NOT_ACCEPTED && code !== WEBSITE_CLASS_NOT_VULNERABLE && end > arrival);
    a[wPrivate]! += exposed * (end - arrival);
  }
}
