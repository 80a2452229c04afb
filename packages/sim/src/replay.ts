import { HISTORIES, InducedDraws, StoredDraws } from './histories.ts';
import { HistoryCache, newRunBuffers, type History } from './history-cache.ts';
import { addInduced } from './induced.ts';
import type { ScenarioInput } from './input.ts';
import { applyLevers, emptyLeverCache, prepareLevers, resetLeverCache } from './lever-cache.ts';
import { drawAssumptionValues, leverStartDay, resolveLevers, type LeverContext } from './levers.ts';
import { MEASURES, SERIES, copyBaselineTrial, markDiffering, measureTrial, type MeasureContext } from './measure.ts';
import { trialKey } from './random.ts';
import { PRODUCT_NOT_ACCEPTED, ProductDraws, ProductPath, drawProductHistory } from './product-path.ts';
import { WEBSITE_NOT_ACCEPTED, WebsiteDraws, WebsitePath, drawWebsiteHistory } from './website-path.ts';
import type { AssumptionKey, ModelRuntime } from './runtime.ts';
import { drawFutureIntake } from './future-intake.ts';
import { extendArrivals, type Arrivals } from './intake.ts';
import { changeProducts, changeWebsites } from './staff-replay.ts';
import { Tally, arrivalTally } from './tally.ts';
import { WEBSITE_ID_BASE, type Workspace } from './workspace.ts';

export { MEASURES, SERIES, type Measure, type SeriesName } from './measure.ts';

/**
 * The Monte Carlo replay. A trial is one history of the Partnership's reports (every report's draws, see
 * StoredDraws) with the baseline it gives, plus the scenario: the same history with the levers applied, on the
 * same random numbers, recomputing only the reports a lever can change. State lives in typed arrays and reused
 * objects allocated once per run; the loops over reports allocate nothing.
 */

export interface ReplayOutput {
  trials: number;
  /** [arm][measure * trials + trial]; arm 0 is the baseline, 1 the scenario. */
  measures: [Float64Array, Float64Array];
  /**
   * [arm][series][column * quarters + quarter]: the baseline's column is the history (every trial on a history
   * has its baseline), the scenario's is column[trial]: each trial's quarters side by side, the trials in the
   * order they ran (grouped by history), so that measuring a trial writes one run of memory per series rather than
   * one value every `trials` places (which missed the cache at every write).
   */
  series: [Float64Array[], Float64Array[]];
  /** Where each trial stands among the columns of the scenario's series. */
  column: Int32Array;
  /** The histories the trials share: trial t's is t % histories. */
  histories: number;
  /** [series][quarter]: 1 where the scenario differs from the baseline in some trial. */
  differs: Uint8Array[];
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
  /** Histories kept from an earlier run with the same model, seed and structure; none by default. */
  cache?: HistoryCache;
}

/**
 * The arrivals of history h (key hk): history's up to the last observed point, then, in a projection, the
 * history's own draw of the intake after it, written into the spent history's buffers where it owned them.
 */
function arrivalsOfHistory(rt: ModelRuntime, hk: number, spent: History | undefined): Arrivals {
  if (!rt.projecting) return rt.arrivals;
  const future = drawFutureIntake(rt, rt.model.intake.projection, hk);
  const reuse = spent?.ownsArrivals ? spent.arrivals : undefined;
  return extendArrivals(rt.calendar, rt.arrivals, future.software, future.web, reuse);
}

/**
 * Draws history h of the run (key hk): every report's draws, stored, and the baseline they give. Each kind has
 * its own loop function (product-path.ts, website-path.ts), so that V8 optimises each on its own feedback.
 */
function drawHistory(w: Workspace, hk: number, only: ReplayOptions['only'], spent: History | undefined): History {
  const { rt, lv } = w;
  const arrivals = arrivalsOfHistory(rt, hk, spent);
  const products = only === 'websites' ? 0 : arrivals.productArrivals.length;
  const websites = only === 'products' ? 0 : arrivals.websiteArrivals.length;
  const draws = new StoredDraws(products, websites, spent?.draws);
  const baseline = arrivalTally(arrivals, rt.quarters, rt.horizon, spent?.baseline);
  drawProductHistory(rt, hk, lv.triageMean, lv.listingDelayMean, arrivals, draws, baseline);
  drawWebsiteHistory(rt, hk, WEBSITE_ID_BASE, lv.triageMean, arrivals, draws, baseline);
  return {
    arrivals,
    ownsArrivals: rt.projecting,
    draws,
    baseline,
    // A spent history's lever cache, its keys cleared so that every part is worked out again.
    levers: spent?.levers ? resetLeverCache(spent.levers, rt.quarters, rt.horizon) : null,
  };
}

/** Accepted reports of the current history that arrived before `day` (by the end of the run). */
function acceptedBefore(w: Workspace, day: number): number {
  if (day <= 0) return 0;
  const { draws, arrivals } = w.history;
  const H = w.rt.horizon;
  let n = 0;
  for (let i = 0; i < w.products && arrivals.productArrivals[i]! < day; i++) {
    if (draws.pClass[i] === PRODUCT_NOT_ACCEPTED) continue;
    if (arrivals.productArrivals[i]! + w.lv.triageMean * draws.pTriage[i]! <= H) n++;
  }
  for (let i = 0; i < w.websites && arrivals.websiteArrivals[i]! < day; i++) {
    if (draws.wClass[i] === WEBSITE_NOT_ACCEPTED) continue;
    if (arrivals.websiteArrivals[i]! + w.lv.triageMean * draws.wTriage[i]! <= H) n++;
  }
  return n;
}

export function replay(rt: ModelRuntime, input: ScenarioInput, options: ReplayOptions): ReplayOutput {
  const trials = input.trials;
  const nQ = rt.quarters;
  const nA = rt.assumptions.length;
  const assumptionValues = new Float64Array(nA * trials);
  const overrides = new Map(input.assumptions.map((o) => [o.key, o.value]));
  const values = new Float64Array(nA);
  const value = (key: AssumptionKey) => values[rt.assumptionIndex.get(key)!]!;
  const fixedValue = (key: AssumptionKey) => overrides.get(key) ?? rt.assumptions[rt.assumptionIndex.get(key)!]!.value;

  const nMeasures = MEASURES.length;
  // The histories and their baselines: drawn once per seed (and kept in the caller's cache for the next run with
  // the same seed, which is what a slider drag or a series of scenarios against one baseline asks for).
  const nH = Math.min(trials, HISTORIES);
  const buffers = options.cache
    ? options.cache.runBuffers(trials, nH, nQ, nMeasures, SERIES.length)
    : newRunBuffers(trials, nH, nQ, nMeasures, SERIES.length);
  const { measures, series, differs, levers: lv } = buffers;
  // calendar.workingDays counts the working days of the data (to its end), so they share out over its weekdays;
  // a projected quarter has as many working days as its weekdays at the same rate.
  const totalWeekdays = rt.calendar.weekdays.slice(0, rt.dataEndQuarter + 1).reduce((a, b) => a + b, 0);
  // Structure assumptions never vary between trials (they are never drawn), so the histories can use them.
  const workingDays = fixedValue('calendar.workingDays');
  const triageMean = fixedValue('intake.triageMeanDays');
  const listingDelayMean = fixedValue('product.unreachableListingDelayMeanDays');
  lv.triageMean = triageMean;
  lv.listingDelayMean = listingDelayMean;

  const work: Workspace = {
    rt,
    lv,
    history: undefined as unknown as History,
    scenario: new Tally(nQ, rt.horizon),
    pd: new ProductDraws(),
    wd: new WebsiteDraws(),
    pb: new ProductPath(),
    ps: new ProductPath(),
    wb: new WebsitePath(),
    ws: new WebsitePath(),
    products: 0,
    websites: 0,
    cache: emptyLeverCache(nQ, rt.horizon),
    logger: new Tally(nQ, rt.horizon),
    induced: new InducedDraws(),
  };
  const cacheKey = `${input.seed}|${nH}|${options.only ?? 'both'}|${triageMean}|${listingDelayMean}`;
  const histories = (options.cache ?? new HistoryCache()).get(rt, cacheKey, (spent) =>
    Array.from({ length: nH }, (_, h) => drawHistory(work, trialKey(input.seed, h), options.only, spent[h])),
  );
  const { scenario } = work;
  // Where a trial's scenario starts without a staff change: the baseline with the forced publications, the day
  // sums excepted (Tally.sumCounts).
  const leversStart = new Tally(nQ, rt.horizon);
  const leverContext: LeverContext = {
    arrivals: rt.arrivals,
    products: 0,
    websites: 0,
    workingDays,
    totalWeekdays,
    startDay: leverStartDay(rt, input),
  };
  const runWorkingDays = rt.projecting
    ? (rt.calendar.weekdays.reduce((a, b) => a + b, 0) * workingDays) / totalWeekdays
    : workingDays;
  const measureContext: MeasureContext = { rt, lv, trials, workingDays, totalWeekdays, runWorkingDays };
  const column = new Int32Array(trials);
  let nextColumn = 0;
  const arms = [
    { measures: measures[0], series: series[0] },
    { measures: measures[1], series: series[1] },
  ];

  // Trials grouped by the history they reuse, so that its lever cache is made ready once for the group.
  let leversFor = -1;
  for (let h = 0; h < nH; h++) {
    const history = histories[h]!;
    work.history = history;
    work.products = history.draws.products;
    work.websites = history.draws.websites;
    leverContext.arrivals = history.arrivals;
    leverContext.products = work.products;
    leverContext.websites = work.websites;
    const hk = trialKey(input.seed, h);
    let acceptedBeforeStart = -1;
    // The history's first trial: the later trials on the history copy its baseline.
    const first = h;
    for (let trial = h; trial < trials; trial += nH) {
      const tk = trialKey(input.seed, trial);
      const base = history.baseline;
      drawAssumptionValues(rt, overrides, tk, options.drawAssumptions, values);
      for (let i = 0; i < nA; i++) assumptionValues[i * trials + trial] = values[i]!;
      resolveLevers(lv, rt, input, value, leverContext);
      if (lv.bountyJpy > 0 && acceptedBeforeStart < 0) acceptedBeforeStart = acceptedBefore(work, lv.startDay);
      lv.acceptedBeforeStart = acceptedBeforeStart > 0 ? acceptedBeforeStart : 0;

      let daysFrom = scenario;
      const productsTouched = lv.forcedOn || lv.staffActive;
      const websitesTouched = lv.mandateOn || lv.staffActive;
      const touched = productsTouched || websitesTouched || lv.productExtra + lv.websiteExtra > 0;
      if (touched) {
        if (lv.staffActive || options.exhaustive) {
          // A staff change moves every report's times: replay them all.
          scenario.reset();
          changeProducts(work, tk, options.exhaustive === true);
          changeWebsites(work, tk, options.exhaustive === true);
        } else {
          if (leversFor !== h) {
            prepareLevers(work, Math.ceil(trials / nH) >= 3);
            leversStart.sumCounts(work.cache.forced, base);
          }
          leversFor = h;
          // The change logs move no publication (an anticipating developer's fix comes at the deadline, and a
          // mandate acts on websites): without induced reports, the trial's days to publication are those of
          // leversStart, and are read there rather than copied.
          daysFrom = lv.productExtra + lv.websiteExtra > 0 ? scenario : leversStart;
          if (daysFrom === scenario) scenario.copyFrom(leversStart);
          else scenario.copyCountsFrom(leversStart);
          applyLevers(work, tk);
        }
        work.induced.forHistory(h);
        if (lv.productExtra > 0) addInduced(work, 'product', hk, tk);
        if (lv.websiteExtra > 0) addInduced(work, 'website', hk, tk);
        // The scenario is the baseline plus what the levers changed (its counts already hold the baseline's,
        // unless every report was replayed).
        if (lv.staffActive || options.exhaustive) scenario.add(base);
        else scenario.addDaySums(base);
      }
      column[trial] = nextColumn;
      if (trial === first) measureTrial(measureContext, base, false, trial, h, arms[0]!);
      else copyBaselineTrial(measureContext, first, trial, h, arms[0]!);
      measureTrial(
        measureContext,
        touched ? scenario : base,
        true,
        trial,
        nextColumn,
        arms[1]!,
        touched ? daysFrom : base,
      );
      if (touched) markDiffering(nQ, series[0], h, series[1], nextColumn, differs);
      nextColumn++;
    }
  }
  return { trials, measures, series, column, histories: nH, differs, assumptionValues };
}
