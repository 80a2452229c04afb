import type { History } from './history-cache.ts';
import type { InducedDraws } from './histories.ts';
import type { LeverCache } from './lever-cache.ts';
import type { ProductDraws, ProductPath } from './product-path.ts';
import type { WebsiteDraws, WebsitePath } from './website-path.ts';
import type { ModelRuntime } from './runtime.ts';
import type { Tally } from './tally.ts';
import type { TrialLevers } from './trial-levers.ts';

/** Case ids of website reports start here, so that no website shares a product's random numbers. */
export const WEBSITE_ID_BASE = 1 << 24;

/**
 * The scratch objects of a run, passed as one argument so that the hot functions take no doubles (V8 would box
 * them). Allocated once per run; the loops over reports allocate nothing.
 */
export interface Workspace {
  rt: ModelRuntime;
  lv: TrialLevers;
  /** The history the current trial reuses. */
  history: History;
  scenario: Tally;
  pd: ProductDraws;
  wd: WebsiteDraws;
  pb: ProductPath;
  ps: ProductPath;
  wb: WebsitePath;
  ws: WebsitePath;
  /** Reports of each kind replayed (0 for the kind a calibration run leaves out). */
  products: number;
  websites: number;
  /** The current history's lever cache (prepareLevers sets it). */
  cache: LeverCache;
  /** A tally that logs instead of counting, for working out change logs. */
  logger: Tally;
  induced: InducedDraws;
}

/** Loads product report i of the current history (its stored draws and its arrival) into w.pd. */
export function loadProduct(w: Workspace, i: number): void {
  const { draws, arrivals } = w.history;
  draws.loadProduct(i, w.pd);
  w.pd.arrival = arrivals.productArrivals[i]!;
  w.pd.quarter = arrivals.productQuarter[i]!;
}

/** Loads website report i of the current history into w.wd. */
export function loadWebsite(w: Workspace, i: number): void {
  const { draws, arrivals } = w.history;
  draws.loadWebsite(i, w.wd);
  w.wd.arrival = arrivals.websiteArrivals[i]!;
  w.wd.quarter = arrivals.websiteQuarter[i]!;
}
