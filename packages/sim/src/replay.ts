import { HISTORIES, Histories, InducedDraws, growHistories } from './histories.ts';
import type { ScenarioInput } from './input.ts';
import { METRIC_KEYS } from './metrics.ts';
import { pow } from './portable-math.ts';
import { ASSUMPTION_CASE_BASE, Draw, caseKey, trialKey, uniform } from './random.ts';
import {
  Outcome,
  PRODUCT_NOT_ACCEPTED,
  PRODUCT_STALLED,
  PRODUCT_UNREACHABLE,
  ProductDraws,
  ProductPath,
  WEBSITE_ALERT,
  WEBSITE_NOT_ACCEPTED,
  WebsiteDraws,
  WebsitePath,
  drawProduct,
  drawWebsite,
  productPath,
  quarterIndex,
  recordProduct,
  recordWebsite,
  websitePath,
} from './report-path.ts';
import type { AssumptionKey, ModelRuntime } from './runtime.ts';
import { C, ChangeLog, Tally, arrivalTally, medianPublicationDays } from './tally.ts';
import { TrialLevers } from './trial-levers.ts';

/**
 * The Monte Carlo replay. A trial is one history of the Partnership's reports (every report's draws, see
 * Histories) with the baseline it gives, plus the scenario: the same history with the levers applied, on the
 * same random numbers, recomputing only the reports a lever can change. State lives in typed arrays and reused
 * objects allocated once per run; the loops over reports allocate nothing.
 */

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

/** The histories of the last run, reused by the next run with the same model, seed and structure. */
let lastHistories: { runtime: ModelRuntime; key: string; histories: Histories; baselines: Tally[] } | undefined;

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

function triangular(u: number, min: number, mode: number, max: number): number {
  if (max <= min) return min;
  const split = (mode - min) / (max - min);
  return u < split
    ? min + Math.sqrt(u * (max - min) * (mode - min))
    : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
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
  if (lv.forcedAll && lv.anticipation > 0)
    applyLog(cache.anticipation, scenario.all, tk, 0, Draw.anticipation, lv.anticipation);
  if (lv.mandateOn && lv.compliance > 0)
    applyLog(cache.mandate, scenario.all, tk, WEBSITE_ID_BASE, Draw.compliance, lv.compliance);
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
          (accept1 <= H - 90 === accept0 <= H - 90 &&
            quarterIndex(rt, accept1 + 90) === quarterIndex(rt, accept0 + 90)))
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
    if (count > store.products.products)
      store.products = growHistories(
        store.products,
        Math.max(count, 2 * store.products.products),
        store.products.websites,
      );
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
    if (count > store.websites.websites)
      store.websites = growHistories(
        store.websites,
        store.websites.products,
        Math.max(count, 2 * store.websites.websites),
      );
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
  const measures: [Float64Array, Float64Array] = [
    new Float64Array(nMeasures * trials),
    new Float64Array(nMeasures * trials),
  ];
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
      rt,
      lv,
      histories: drawn.histories,
      scenario,
      pd,
      wd,
      pb,
      ps,
      wb,
      ws,
      products: nP,
      websites: nW,
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
    rt,
    lv,
    histories,
    scenario,
    pd,
    wd,
    pb,
    ps,
    wb,
    ws,
    products: nP,
    websites: nW,
    cache: emptyLeverCache(nQ, H),
    induced: new InducedDraws(),
  };

  // Trials grouped by the history they reuse, so that one lever cache serves the group.
  for (let h = 0; h < nH; h++)
    for (let trial = h; trial < trials; trial += nH) {
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
        const over =
          (loadScenario > capacity ? loadScenario / capacity : 1) /
          (loadBase > baseCapacity ? loadBase / baseCapacity : 1);
        lv.staffFactor[q] = over === 1 ? 1 : pow(over, beta);
      }
      if (lv.forcedAll) {
        for (let q = 0; q < nQ; q++)
          lv.survivalAtDeadline[q] = rt.productBody.distribution.survival(lv.afterDays / lv.staffFactor[q]!);
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
