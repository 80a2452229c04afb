import { describe, expect, it } from 'vitest';
import { drawFutureIntake } from '../src/future-intake.ts';
import { StoredDraws } from '../src/histories.ts';
import { extendArrivals, type Arrivals } from '../src/intake.ts';
import {
  PRODUCT_UNREACHABLE,
  ProductDraws,
  ProductPath,
  drawProduct,
  drawProductHistory,
  isResolvingClass,
  productPath,
  recordProduct,
} from '../src/product-path.ts';
import { caseKey, trialKey } from '../src/random.ts';
import { prepareModel, type ModelRuntime } from '../src/runtime.ts';
import { arrivalTally } from '../src/tally.ts';
import { TrialLevers } from '../src/trial-levers.ts';
import {
  WEBSITE_CLASS_FIXED,
  WEBSITE_CLASS_NOT_VULNERABLE,
  WEBSITE_UNREACHABLE,
  WebsiteDraws,
  WebsitePath,
  drawWebsite,
  drawWebsiteHistory,
  recordWebsite,
  websitePath,
} from '../src/website-path.ts';
import { WEBSITE_ID_BASE } from '../src/workspace.ts';
import { model } from './model.ts';

/**
 * The fused loops that draw a history (drawProductHistory, drawWebsiteHistory) against the object path that
 * induced reports and the lever replays use (draw, store, path without levers, record), report by report: the
 * same stored draws and the same baseline, bit for bit.
 */

const at = (key: string) => model.assumptions.find((a) => a.key === key)!.value;
const triageMean = at('intake.triageMeanDays');
const listingDelayMean = at('product.unreachableListingDelayMeanDays');

function arrivalsOf(rt: ModelRuntime, hk: number): Arrivals {
  if (!rt.projecting) return rt.arrivals;
  const future = drawFutureIntake(rt, model.intake.projection, hk);
  return extendArrivals(rt.calendar, rt.arrivals, future.software, future.web);
}

/** The history drawn one report at a time through the reused objects, as the engine did before the fused loops. */
function byObjects(rt: ModelRuntime, hk: number, arrivals: Arrivals) {
  const draws = new StoredDraws(arrivals.productArrivals.length, arrivals.websiteArrivals.length);
  const baseline = arrivalTally(arrivals, rt.quarters, rt.horizon);
  const lv = new TrialLevers(rt.quarters);
  lv.triageMean = triageMean;
  lv.listingDelayMean = listingDelayMean;
  const pd = new ProductDraws();
  const pb = new ProductPath();
  for (let i = 0; i < draws.products; i++) {
    drawProduct(pd, rt, caseKey(hk, i), false);
    pd.arrival = arrivals.productArrivals[i]!;
    pd.quarter = arrivals.productQuarter[i]!;
    draws.storeProduct(i, pd);
    productPath(pb, pd, rt, lv, false);
    recordProduct(baseline, rt, pb, 1);
  }
  const wd = new WebsiteDraws();
  const wb = new WebsitePath();
  for (let i = 0; i < draws.websites; i++) {
    drawWebsite(wd, rt, caseKey(hk, WEBSITE_ID_BASE + i), false);
    wd.arrival = arrivals.websiteArrivals[i]!;
    wd.quarter = arrivals.websiteQuarter[i]!;
    draws.storeWebsite(i, wd);
    websitePath(wb, wd, lv, false);
    recordWebsite(baseline, rt, wb, 1);
  }
  return { draws, baseline };
}

function fused(rt: ModelRuntime, hk: number, arrivals: Arrivals) {
  const draws = new StoredDraws(arrivals.productArrivals.length, arrivals.websiteArrivals.length);
  const baseline = arrivalTally(arrivals, rt.quarters, rt.horizon);
  drawProductHistory(rt, hk, triageMean, listingDelayMean, arrivals, draws, baseline);
  drawWebsiteHistory(rt, hk, WEBSITE_ID_BASE, triageMean, arrivals, draws, baseline);
  return { draws, baseline };
}

/** The first place two buffers differ (Object.is, so -0 and NaN count), or -1. */
function firstDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Math.min(a.length, b.length);
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return i;
  return -1;
}

/** The stored draws a report's class reads (the others are never read, and the object path leaves stale ones). */
function readDraws(d: StoredDraws): number[][] {
  const products = Array.from({ length: d.products }, (_, i) => {
    const k = d.pClass[i]!;
    const read = [k, d.pTriage[i]!];
    if (isResolvingClass(k)) read.push(d.pA[i]!, d.pB[i]!);
    if (k === PRODUCT_UNREACHABLE) read.push(d.pA[i]!, d.pB[i]!, d.pC[i]!, d.pD[i]!);
    return read;
  });
  const websites = Array.from({ length: d.websites }, (_, i) => {
    const k = d.wClass[i]!;
    const timed = k === WEBSITE_UNREACHABLE || k === WEBSITE_CLASS_FIXED || k === WEBSITE_CLASS_NOT_VULNERABLE;
    return timed ? [k, d.wTriage[i]!, d.wDuration[i]!] : [k, d.wTriage[i]!];
  });
  return [...products, ...websites];
}

describe.each([
  ['over the data', prepareModel(model)],
  ['projected to 2030', prepareModel(model, '2030-03-31')],
])('given a history drawn %s', (_, rt) => {
  it.each([1, 2])('the fused loops give the object path’s draws and baseline, bit for bit (history %i)', (h) => {
    const hk = trialKey(20, h);
    const arrivals = arrivalsOf(rt, hk);
    const expected = byObjects(rt, hk, arrivals);
    const got = fused(rt, hk, arrivals);
    expect(got.baseline.all.length).toBeGreaterThan(0);
    expect(firstDifference(got.baseline.all, expected.baseline.all)).toBe(-1);
    expect(readDraws(got.draws)).toEqual(readDraws(expected.draws));
    // Thousands of reports of each kind were compared (the seed's Chapter 1 counts 4,600 product reports).
    expect(got.draws.products).toBeGreaterThan(4_000);
    expect(got.draws.websites).toBeGreaterThan(10_000);
  });
});
