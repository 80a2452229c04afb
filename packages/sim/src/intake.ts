import { float64Room, uint8Room } from './buffers.ts';
import type { Calendar } from './calendar.ts';
import { quarterEndDay } from './calendar.ts';
import type { SimulationModel } from './model.ts';

export interface IntakePoint {
  quarter: string;
  day: number;
  software: number;
  web: number;
  /** 'news' (intake history), 'seed' (Figure 1-1 total with the news' software count) or 'seed+interpolated'. */
  basis: 'news' | 'seed' | 'seed+interpolated';
}

/**
 * Cumulative intake per kind at quarter ends. The news write-ups give software and web counts; the seed's
 * Figure 1-1 gives totals only, for 2017Q4 to 2020Q3, and wins where both exist. Where only the seed has a
 * quarter, the software count is interpolated in time between the news points (product intake is the smoother
 * of the two) and the web count is the rest, so bursts of web reports such as 2019Q2's stay visible.
 */
export function intakePoints(model: SimulationModel, calendar: Calendar): IntakePoint[] {
  const history = model.intake.history.map((p) => ({ ...p, day: quarterEndDay(calendar, p.quarter) }));
  const seedTotals = new Map(model.intake.seedQuarterly.map((p) => [p.quarter, p.cumulativeReports]));
  const quarters = [...new Set([...history.map((p) => p.quarter), ...seedTotals.keys()])].sort();
  const points: IntakePoint[] = [];
  for (const quarter of quarters) {
    const day = quarterEndDay(calendar, quarter);
    const news = history.find((p) => p.quarter === quarter);
    const seedTotal = seedTotals.get(quarter);
    if (news) {
      const total = seedTotal ?? news.total;
      points.push({
        quarter,
        day,
        software: news.software,
        web: total - news.software,
        basis: seedTotal === undefined ? 'news' : 'seed',
      });
      continue;
    }
    const before = history.filter((p) => p.day < day).at(-1);
    const after = history.find((p) => p.day > day);
    const x0 = before?.day ?? 0;
    const y0 = before?.software ?? 0;
    let software = after ? y0 + ((after.software - y0) * (day - x0)) / (after.day - x0) : y0;
    if (!after && before) {
      // Past the last news point (a history cut short for a backtest): the software share of the seed's new
      // reports is that of the last two news points.
      const last = points.at(-1)!;
      const earlier = history.filter((p) => p.day < before.day).at(-1);
      const share = earlier ? (before.software - earlier.software) / (before.total - earlier.total) : 0;
      software = last.software + (seedTotal! - last.software - last.web) * share;
    }
    points.push({ quarter, day, software, web: seedTotal! - software, basis: 'seed+interpolated' });
  }
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (b.software < a.software || b.web < a.web) {
      throw new Error(`cumulative intake falls from ${a.quarter} to ${b.quarter}; check the intake history`);
    }
  }
  return points;
}

/**
 * Arrival day of each report of one kind: report k arrives where the piecewise-linear cumulative curve through
 * (0, 0) and the quarter-end points reaches k + 1/2. Arrivals are the same in every trial, as in history.
 */
export function arrivals(points: readonly IntakePoint[], kind: 'software' | 'web'): Float64Array {
  const xs = [0, ...points.map((p) => p.day)];
  const ys = [0, ...points.map((p) => p[kind])];
  const total = Math.round(ys.at(-1)!);
  const out = new Float64Array(total);
  let seg = 1;
  for (let k = 0; k < total; k++) {
    const y = k + 0.5;
    while (ys[seg]! < y) seg++;
    const x0 = xs[seg - 1]!;
    const y0 = ys[seg - 1]!;
    out[k] = x0 + ((xs[seg]! - x0) * (y - y0)) / (ys[seg]! - y0);
  }
  return out;
}

/**
 * The reports of one history as they arrive: each kind's arrival days (sorted) and arrival quarters, and the
 * reports of both kinds received per quarter (what loads the staff). The replay's historical arrivals are one
 * Arrivals shared by every history.
 */
export interface Arrivals {
  productArrivals: Float64Array;
  productQuarter: Uint8Array;
  websiteArrivals: Float64Array;
  websiteQuarter: Uint8Array;
  receivedByQuarter: Float64Array;
}

export function arrivalsOf(calendar: Calendar, products: Float64Array, websites: Float64Array): Arrivals {
  return extendArrivals(calendar, null, products, websites);
}

/**
 * Arrivals that begin with `known`'s reports (or with none) and go on with the given days of each kind: the
 * quarters of the known reports are copied, not looked up again (a projection's history shares the data's).
 * Written into the buffers of `spent` (arrivals no longer in use) where they are large enough: a projection on a
 * new seed then allocates none of its 40 histories' arrivals.
 */
export function extendArrivals(
  calendar: Calendar,
  known: Arrivals | null,
  products: Float64Array,
  websites: Float64Array,
  spent?: Arrivals,
): Arrivals {
  const days = calendar.quarterOfDay;
  const extend = (
    before: Float64Array | undefined,
    quartersBefore: Uint8Array | undefined,
    after: Float64Array,
    spentDays: Float64Array | undefined,
    spentQuarters: Uint8Array | undefined,
  ) => {
    const n = before?.length ?? 0;
    const arrivals = float64Room(spentDays, n + after.length);
    const quarters = uint8Room(spentQuarters, arrivals.length);
    if (before) arrivals.set(before);
    if (quartersBefore) quarters.set(quartersBefore);
    arrivals.set(after, n);
    for (let i = 0; i < after.length; i++) quarters[n + i] = days[after[i]! | 0]!;
    return { arrivals, quarters };
  };
  const p = extend(
    known?.productArrivals,
    known?.productQuarter,
    products,
    spent?.productArrivals,
    spent?.productQuarter,
  );
  const w = extend(
    known?.websiteArrivals,
    known?.websiteQuarter,
    websites,
    spent?.websiteArrivals,
    spent?.websiteQuarter,
  );
  const receivedByQuarter =
    spent && spent.receivedByQuarter.length === calendar.quarters.length
      ? spent.receivedByQuarter.fill(0)
      : new Float64Array(calendar.quarters.length);
  for (let i = 0; i < p.quarters.length; i++) receivedByQuarter[p.quarters[i]!]! += 1;
  for (let i = 0; i < w.quarters.length; i++) receivedByQuarter[w.quarters[i]!]! += 1;
  return {
    productArrivals: p.arrivals,
    productQuarter: p.quarters,
    websiteArrivals: w.arrivals,
    websiteQuarter: w.quarters,
    receivedByQuarter,
  };
}
