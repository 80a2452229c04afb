import { AnticipationLog } from './anticipation-log.ts';
import { Draw, leverKey, uniform } from './random.ts';
import { daysAllowed } from './report-path.ts';
import {
  PRODUCT_CLASS_PUBLISHED,
  PRODUCT_STALLED,
  PRODUCT_UNREACHABLE,
  productPath,
  publishedForcedPaths,
  recordProduct,
  recordStalledForced,
  type ProductPath,
} from './product-path.ts';
import { WEBSITE_CLASS_FIXED, recordWebsite, websitePath } from './website-path.ts';
import { ChangeLog, Tally } from './tally.ts';
import { WEBSITE_ID_BASE, loadProduct, loadWebsite, type Workspace } from './workspace.ts';

/**
 * What forced publication and a mandate do to one history: with no staff change, which reports a deadline
 * reaches depends on the history and the lever's settings alone, and the trials that share the history differ
 * only in their anticipation and compliance draws. Each history keeps its own cache (History.levers), and each
 * lever's part is worked out again only when that lever's settings change: a slider moving a mandate's days
 * leaves the forced publication's part as it was, and a run on a kept seed with the same levers reuses both.
 */
export interface LeverCache {
  /** The settings the forced-publication part was worked out for ('' before it was). */
  forcedKey: string;
  /** Every reachable report forced without anticipation, as a change to the baseline. */
  forced: Tally;
  /** Per report whose developer could anticipate the deadline: anticipating minus not. */
  anticipation: AnticipationLog;
  /** The settings the mandate's part was worked out for. */
  mandateKey: string;
  /** Per notified website report fixed later than the mandate's deadline: complying minus not. */
  mandate: ChangeLog;
  /**
   * Whether the change logs are worked out. Working them out costs about two trials, so a history reused by only
   * one or two trials (a preview) keeps just the lists of reports and recomputes the few that act.
   */
  logged: boolean;
  anticipators: number[];
  mandated: number[];
}

export function emptyLeverCache(quarters: number, horizon: number): LeverCache {
  return {
    forcedKey: '',
    forced: new Tally(quarters, horizon),
    anticipation: new AnticipationLog(),
    mandateKey: '',
    mandate: new ChangeLog(),
    logged: false,
    anticipators: [],
    mandated: [],
  };
}

/** A spent lever cache made empty for another history of the same layout (its buffers kept), or a new one. */
export function resetLeverCache(spent: LeverCache, quarters: number, horizon: number): LeverCache {
  if (!spent.forced.fits(quarters, horizon)) return emptyLeverCache(quarters, horizon);
  spent.forcedKey = '';
  spent.mandateKey = '';
  return spent;
}

/** productPath with the anticipation decided (0: nobody anticipates, 1: everybody does) rather than drawn. */
function productPathAnticipating(w: Workspace, o: ProductPath, anticipation: 0 | 1): void {
  const drawn = w.lv.anticipation;
  w.lv.anticipation = anticipation;
  productPath(o, w.pd, w.rt, w.lv, true);
  w.lv.anticipation = drawn;
}

/**
 * Makes the current history's lever cache (see LeverCache) hold the trial's levers, and the workspace use it.
 * A part's key lists every setting its paths read (with no staff change, the staff factors are all 1). Each
 * lever has its own loop function, so that V8 optimises each on its own feedback.
 */
export function prepareLevers(w: Workspace, logged: boolean): void {
  const { lv, history } = w;
  const cache = (history.levers ??= emptyLeverCache(w.rt.quarters, w.rt.horizon));
  w.cache = cache;
  const forcedKey = lv.forcedOn
    ? `${logged}|${lv.forcedAll}|${lv.afterDays}|${lv.startDay}|${lv.hazardRatio}|${lv.triageMean}|${lv.listingDelayMean}`
    : `${logged}|off`;
  if (cache.forcedKey !== forcedKey) {
    cache.forced.reset();
    cache.anticipation.clear();
    cache.anticipators.length = 0;
    if (lv.forcedOn) prepareForced(w, logged);
    cache.forcedKey = forcedKey;
  }
  const mandateKey = lv.mandateOn ? `${logged}|${lv.mandateDays}|${lv.startDay}|${lv.triageMean}` : `${logged}|off`;
  if (cache.mandateKey !== mandateKey) {
    cache.mandate.clear();
    cache.mandated.length = 0;
    if (lv.mandateOn) prepareMandate(w, logged);
    cache.mandate.seal();
    cache.mandateKey = mandateKey;
  }
  cache.logged = logged;
  w.logger.log = null;
}

/** The reports a forced publication reaches: their change to the baseline, and their anticipation logs. */
function prepareForced(w: Workspace, logged: boolean): void {
  const { rt, lv, pb, ps, cache } = w;
  const { pClass, pTriage, pA } = w.history.draws;
  const n = w.products;
  const arrivals = w.history.arrivals.productArrivals;
  const quarters = w.history.arrivals.productQuarter;
  // The settings as locals: the loop calls functions the optimiser cannot see through, and would read them again
  // from the levers at every report.
  const { triageMean, startDay, afterDays, forcedAll } = lv;
  for (let i = 0; i < n; i++) {
    const k = pClass[i]!;
    // Days the case may take from acceptance: the deadline counts from the start date for one accepted before.
    const tAccept = arrivals[i]! + triageMean * pTriage[i]!;
    const allowed = daysAllowed(tAccept, startDay, afterDays);
    const reachable = k === PRODUCT_STALLED || (k === PRODUCT_CLASS_PUBLISHED && pA[i]! > allowed);
    if (k !== PRODUCT_UNREACHABLE && !(forcedAll && reachable)) continue;
    if (k === PRODUCT_STALLED) {
      ps.arrival = arrivals[i]!;
      ps.tAccept = tAccept;
      recordStalledForced(cache.forced, rt, ps, lv);
      if (logged) cache.anticipation.push(i, ps, rt.horizon);
      else cache.anticipators.push(i);
      continue;
    }
    if (k === PRODUCT_CLASS_PUBLISHED) {
      pb.arrival = ps.arrival = arrivals[i]!;
      pb.tAccept = ps.tAccept = tAccept;
      publishedForcedPaths(pb, ps, rt, lv, w.history.draws, i, quarters[i]!);
    } else {
      loadProduct(w, i);
      productPath(pb, w.pd, rt, lv, false);
      productPathAnticipating(w, ps, 0);
    }
    if (!ps.sameAs(pb)) {
      recordProduct(cache.forced, rt, ps, 1);
      recordProduct(cache.forced, rt, pb, -1);
    }
    if (forcedAll && reachable) {
      if (logged) cache.anticipation.push(i, ps, rt.horizon);
      else cache.anticipators.push(i);
    }
  }
}

/** The notified website reports a mandate's deadline reaches: their complying-minus-not logs. */
function prepareMandate(w: Workspace, logged: boolean): void {
  const { rt, lv, wb, ws, cache } = w;
  const { wClass, wTriage, wDuration } = w.history.draws;
  const logger = w.logger;
  const n = w.websites;
  const arrivals = w.history.arrivals.websiteArrivals;
  // The settings as locals (see prepareForced).
  const { triageMean, startDay, mandateDays } = lv;
  const compliance = lv.compliance;
  lv.compliance = 1;
  for (let i = 0; i < n; i++) {
    if (wClass[i] !== WEBSITE_CLASS_FIXED) continue;
    const tNotify = arrivals[i]! + triageMean * wTriage[i]!;
    const allowed = daysAllowed(tNotify, startDay, mandateDays);
    if (!(wDuration[i]! > allowed)) continue;
    if (!logged) {
      cache.mandated.push(i);
      continue;
    }
    loadWebsite(w, i);
    websitePath(wb, w.wd, lv, false);
    websitePath(ws, w.wd, lv, true);
    logger.log = cache.mandate;
    recordWebsite(logger, rt, ws, 1);
    recordWebsite(logger, rt, wb, -1);
    cache.mandate.endReport(i);
  }
  lv.compliance = compliance;
}

/** applyLevers for a history without change logs: recomputes the reports whose draw says the lever acts. */
function recomputeLevers(w: Workspace, tk: number): void {
  const { rt, lv, scenario, wd, pb, ps, wb, ws, cache } = w;
  if (lv.forcedAll && lv.anticipation > 0) {
    for (const i of cache.anticipators) {
      if (!(uniform(leverKey(tk, i), Draw.anticipation) < lv.anticipation)) continue;
      loadProduct(w, i);
      productPathAnticipating(w, ps, 0);
      productPathAnticipating(w, pb, 1);
      recordProduct(scenario, rt, pb, 1);
      recordProduct(scenario, rt, ps, -1);
    }
  }
  if (lv.mandateOn && lv.compliance > 0) {
    for (const i of cache.mandated) {
      const key = leverKey(tk, WEBSITE_ID_BASE + i);
      if (!(uniform(key, Draw.compliance) < lv.compliance)) continue;
      loadWebsite(w, i);
      wd.key = key;
      websitePath(wb, wd, lv, false);
      websitePath(ws, wd, lv, true);
      recordWebsite(scenario, rt, ws, 1);
      recordWebsite(scenario, rt, wb, -1);
    }
  }
}

/** The trial's anticipating developers and complying operators (trial key tk), applied to the scenario. */
export function applyLevers(w: Workspace, tk: number): void {
  const { lv, scenario, cache } = w;
  if (!cache.logged) {
    recomputeLevers(w, tk);
    return;
  }
  if (lv.forcedAll && lv.anticipation > 0) cache.anticipation.apply(scenario.all, tk, lv.anticipation);
  if (lv.mandateOn && lv.compliance > 0)
    cache.mandate.apply(scenario.all, tk, WEBSITE_ID_BASE, Draw.compliance, lv.compliance);
}
