/** Mean and 5th / 95th percentiles over trials, for both arms. */
export interface Estimate {
  baseline: number;
  baselineLow: number;
  baselineHigh: number;
  scenario: number;
  /** 5th percentile of the scenario over trials. */
  scenarioLow: number;
  /** 95th percentile of the scenario over trials. */
  scenarioHigh: number;
}

/** A quarterly series: mean and 5th / 95th percentiles at each quarter end. */
export interface Band {
  mean: number[];
  low: number[];
  high: number[];
}

const scratch = { buffer: new Float64Array(0) };

/** Moves the k-th smallest of s[from..to] to s[k] (Hoare's selection, median-of-three pivot; deterministic). */
function select(s: Float64Array, k: number, from: number, to: number): void {
  let lo = from;
  let hi = to;
  while (hi > lo) {
    const mid = (lo + hi) >> 1;
    const a = s[lo]!;
    const b = s[mid]!;
    const c = s[hi]!;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (s[i]! < pivot) i++;
      while (s[j]! > pivot) j--;
      if (i <= j) {
        const t = s[i]!;
        s[i] = s[j]!;
        s[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/**
 * Percentile with linear interpolation between order statistics (Hyndman and Fan's type 7, as R and NumPy),
 * by selection rather than a full sort: the result has hundreds of bands of a thousand trials each. Selects
 * within s[from..n-1] only, which must hold the order statistics the percentile needs (a lower percentile
 * selected first leaves everything above its rank at or above it).
 */
function percentile(s: Float64Array, n: number, p: number, from: number): number {
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  select(s, lo, from, n - 1);
  const low = s[lo]!;
  if (lo + 1 >= n) return low;
  // After selection everything above lo is at least s[lo]; the next order statistic is their minimum.
  let next = Infinity;
  for (let i = lo + 1; i < n; i++) if (s[i]! < next) next = s[i]!;
  return low + (next - low) * (h - lo);
}

/** Mean, 5th and 95th percentiles of `n` values read as values[offset + i * stride]. */
export function describe(values: Float64Array, offset: number, n: number, stride = 1): [number, number, number] {
  if (scratch.buffer.length < n) scratch.buffer = new Float64Array(n);
  const s = scratch.buffer.subarray(0, n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const v = values[offset + i * stride]!;
    s[i] = v;
    sum += v;
  }
  return [sum / n, ...percentiles(s, n)];
}

/** The 5th and 95th percentiles of s[0..n-1], which it reorders. */
function percentiles(s: Float64Array, n: number): [number, number] {
  let min = s[0]!;
  let max = min;
  for (let i = 1; i < n; i++) {
    const v = s[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  // Every trial alike (a quarter before a lever starts, a count no draw moves): the percentiles are that value,
  // as interpolating between equal order statistics gives.
  if (min === max) return [min, min];
  const low = percentile(s, n, 0.05, 0);
  // The 95th percentile's order statistics lie at or above the 5th's rank, where the first selection put them.
  return [low, percentile(s, n, 0.95, Math.floor((n - 1) * 0.05))];
}

/**
 * percentiles() of the n values made of values[j] taken counts[j] times (j < k), which it reorders: the values
 * sorted (insertion sort: there are a few dozen), then the order statistics read off the cumulative counts. The
 * same type-7 interpolation between the same order statistics as percentile(), so the same numbers.
 */
function countedPercentiles(values: Float64Array, counts: Int32Array, k: number, n: number): [number, number] {
  for (let i = 1; i < k; i++) {
    const v = values[i]!;
    const c = counts[i]!;
    let j = i;
    while (j > 0 && values[j - 1]! > v) {
      values[j] = values[j - 1]!;
      counts[j] = counts[j - 1]!;
      j--;
    }
    values[j] = v;
    counts[j] = c;
  }
  // The r-th smallest (0-based) of the n values.
  const orderStatistic = (r: number): number => {
    let seen = 0;
    for (let j = 0; j < k; j++) {
      seen += counts[j]!;
      if (seen > r) return values[j]!;
    }
    return values[k - 1]!;
  };
  const at = (p: number): number => {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const low = orderStatistic(lo);
    if (lo + 1 >= n) return low;
    return low + (orderStatistic(lo + 1) - low) * (h - lo);
  };
  return [at(0.05), at(0.95)];
}

export function estimate(baseline: Float64Array, scenario: Float64Array, offset: number, n: number): Estimate {
  const [b, bl, bh] = describe(baseline, offset, n);
  const [s, sl, sh] = describe(scenario, offset, n);
  return { baseline: b, baselineLow: bl, baselineHigh: bh, scenario: s, scenarioLow: sl, scenarioHigh: sh };
}

/**
 * The band of the baseline's series, stored per history as [history * quarters + quarter]: trial t has history
 * t % histories, so each history's value counts once per trial on it. The mean adds the trials' values in trial
 * order and the percentiles are those of the trials' values: the same numbers as a band over every trial's copy.
 */
export function historyBand(values: Float64Array, histories: number, trials: number, quarters: number): Band {
  const mean: number[] = [];
  const low: number[] = [];
  const high: number[] = [];
  const v = new Float64Array(histories);
  const counts = new Int32Array(histories);
  for (let q = 0; q < quarters; q++) {
    let sum = 0;
    for (let t = 0; t < trials; t++) sum += values[(t % histories) * quarters + q]!;
    for (let h = 0; h < histories; h++) {
      v[h] = values[h * quarters + q]!;
      counts[h] = Math.floor((trials - 1 - h) / histories) + 1;
    }
    const [l, hi] = countedPercentiles(v, counts, histories, trials);
    mean.push(sum / trials);
    low.push(l);
    high.push(hi);
  }
  return { mean, low, high };
}

/**
 * The band of the scenario's series, stored as [column[trial] * quarters + quarter]. The mean adds the trials in
 * their own order, whatever order they ran in, so that it does not depend on how the replay schedules them; the
 * percentiles depend on the values alone, not on their order. A quarter that no trial changed (`differs` 0: a
 * quarter before the levers start, or a run without levers) has the baseline's band.
 */
export function band(
  values: Float64Array,
  trials: number,
  quarters: number,
  column: Int32Array,
  baseline: { differs: Uint8Array; band: Band },
): Band {
  const mean: number[] = [];
  const low: number[] = [];
  const high: number[] = [];
  if (scratch.buffer.length < trials) scratch.buffer = new Float64Array(trials);
  const s = scratch.buffer.subarray(0, trials);
  for (let q = 0; q < quarters; q++) {
    if (baseline.differs[q] === 0) {
      mean.push(baseline.band.mean[q]!);
      low.push(baseline.band.low[q]!);
      high.push(baseline.band.high[q]!);
      continue;
    }
    // The quarter's value in every trial, in column order.
    for (let c = 0; c < trials; c++) s[c] = values[c * quarters + q]!;
    let sum = 0;
    for (let t = 0; t < trials; t++) sum += s[column[t]!]!;
    const [l, h] = percentiles(s, trials);
    mean.push(sum / trials);
    low.push(l);
    high.push(h);
  }
  return { mean, low, high };
}
