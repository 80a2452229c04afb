import { float64Room, int32Room } from './buffers.ts';
import type { Arrivals } from './intake.ts';
import { belowBound, caseMix, leverKeyOfMix, purposeMix, shareBound } from './random.ts';

/** What a replay counts per trial and arm, and the logs of changes that levers make to those counts. */

// Counter slots of a tally.
export const C = {
  pReceived: 0,
  pNotAccepted: 1,
  pPublished: 2,
  pIndividually: 3,
  pNotVulnerable: 4,
  pInHandling: 5,
  pWithin45: 6,
  pWithoutFix: 7,
  listed: 8,
  resumed: 9,
  completed: 10,
  unreachableOpen: 11,
  forced: 12,
  accepted: 13,
  pPrivate: 14,
  pPublic: 15,
  wReceived: 16,
  wNotAccepted: 17,
  wFixed: 18,
  wAlert: 19,
  wNotVulnerable: 20,
  wInHandling: 21,
  wUnreachable: 22,
  wWithin30: 23,
  wWithin90: 24,
  wOpen90: 25,
  wPrivate: 26,
  induced: 27,
  invalidInduced: 28,
  size: 29,
} as const;

/**
 * The slots that sum days (exposure) rather than count reports. Counts are whole numbers, exact in any order of
 * addition; these are not, so they are always added in the one order a scenario defines: its changes first, then
 * the baseline.
 */
const DAY_SUMS = [C.pPrivate, C.pPublic, C.wPrivate] as const;

function addInto(a: Float64Array, b: Float64Array): void {
  for (let i = 0; i < a.length; i++) a[i]! += b[i]!;
}

/** Counters a change log sums in registers: as many as a mandate's change touches (see ChangeLog.apply). */
const LANES = 6;

/**
 * A list of changes to a tally (offset, value), grouped by report: what a lever does to one report, worked out
 * once per history and then applied by every trial in which the report's draw says the lever acts.
 */
export class ChangeLog {
  offsets = new Int32Array(4096);
  values = new Float64Array(4096);
  length = 0;
  /** For report j of `reports`: its changes are entries starts[j] to starts[j + 1]. */
  readonly reports: number[] = [];
  readonly starts: number[] = [0];

  clear(): void {
    this.length = 0;
    this.reports.length = 0;
    this.starts.length = 1;
    this.seenIn.fill(0);
  }

  push(at: number, value: number): void {
    if (this.length === this.offsets.length) {
      const offsets = new Int32Array(this.length * 2);
      const values = new Float64Array(this.length * 2);
      offsets.set(this.offsets);
      values.set(this.values);
      this.offsets = offsets;
      this.values = values;
    }
    this.offsets[this.length] = at;
    this.values[this.length] = value;
    this.length++;
  }

  /** Where in the current report an offset already stands (valid where `seenIn` holds the report's number). */
  private slotOf = new Int32Array(0);
  private seenIn = new Int32Array(0);

  /** Closes the entries of one report, merging those at the same offset and dropping the ones that cancel. */
  endReport(report: number): void {
    const from = this.starts[this.starts.length - 1]!;
    const stamp = this.starts.length;
    let end = from;
    for (let e = from; e < this.length; e++) {
      const at = this.offsets[e]!;
      if (at >= this.slotOf.length) {
        // Grown with what they hold: the report's earlier offsets must still be found, or an offset seen before
        // the growth would stand twice in the report.
        const slotOf = new Int32Array(2 * at + 64);
        const seenIn = new Int32Array(2 * at + 64);
        slotOf.set(this.slotOf);
        seenIn.set(this.seenIn);
        this.slotOf = slotOf;
        this.seenIn = seenIn;
      }
      if (this.seenIn[at] === stamp) {
        this.values[this.slotOf[at]!]! += this.values[e]!;
      } else {
        this.seenIn[at] = stamp;
        this.slotOf[at] = end;
        this.offsets[end] = at;
        this.values[end] = this.values[e]!;
        end++;
      }
    }
    let kept = from;
    for (let k = from; k < end; k++) {
      if (this.values[k] === 0) continue;
      this.offsets[kept] = this.offsets[k]!;
      this.values[kept] = this.values[k]!;
      kept++;
    }
    this.length = kept;
    this.reports.push(report);
    this.starts.push(this.length);
  }

  /** The reports and their starts as typed arrays, for the loop that applies them. */
  reportIds: Int32Array = new Int32Array(0);
  startIds: Int32Array = new Int32Array(1);

  private mixes: Int32Array = new Int32Array(0);
  private mixesOf = NaN;

  /** caseMix of each sealed report's case id (idBase + report), worked out once per seal. */
  caseMixes(idBase: number): Int32Array {
    if (this.mixesOf !== idBase) {
      const ids = this.reportIds;
      this.mixes = int32Room(this.mixes, ids.length);
      for (let j = 0; j < ids.length; j++) this.mixes[j] = caseMix(idBase + ids[j]!);
      this.mixesOf = idBase;
    }
    return this.mixes;
  }

  /**
   * The counters the log changes (up to LANES of them, in the order they first appear), each as a lane: its value
   * for every sealed report, 0 where the report leaves it alone. A counter is changed by nearly every report, and
   * added to in place it made one long chain of loads and stores; a lane sums in a register (see apply).
   */
  private laneSlots = new Int32Array(LANES).fill(-1);
  private laneOf = new Int8Array(C.size);
  private lanes: Float64Array = new Float64Array(0);
  /** The other entries (the quarterly ones, and counters past LANES): offset, value and the place of the report. */
  private scattered: { offsets: Int32Array; values: Float64Array; reports: Int32Array } = {
    offsets: new Int32Array(0),
    values: new Float64Array(0),
    reports: new Int32Array(0),
  };
  /** Per report, 1 where the trial's draw says the change applies, else 0 (scratch of apply). */
  private applies = new Float64Array(0);

  /**
   * Seals the log for applying: the reports whose changes all cancelled are left out (applying them does
   * nothing), and the rest kept as typed arrays, in order, their counters as lanes.
   */
  seal(): void {
    let kept = 0;
    for (let j = 0; j < this.reports.length; j++) if (this.starts[j + 1]! > this.starts[j]!) kept++;
    this.reportIds = int32Room(this.reportIds, kept);
    this.startIds = int32Room(this.startIds, kept + 1);
    let k = 0;
    for (let j = 0; j < this.reports.length; j++) {
      if (this.starts[j + 1]! === this.starts[j]!) continue;
      this.reportIds[k] = this.reports[j]!;
      this.startIds[k] = this.starts[j]!;
      this.startIds[++k] = this.starts[j + 1]!;
    }
    // Each counter's lane (-1: none), in the order the counters first appear.
    const laneOf = this.laneOf.fill(-1);
    let lanesUsed = 0;
    for (let e = 0; e < this.length && lanesUsed < LANES; e++) {
      const at = this.offsets[e]!;
      if (at < C.size && laneOf[at]! < 0) laneOf[at] = lanesUsed++;
    }
    this.laneSlots.fill(-1);
    for (let at = 0; at < C.size; at++) if (laneOf[at]! >= 0) this.laneSlots[laneOf[at]!] = at;
    this.lanes = float64Room(this.lanes, LANES * kept).fill(0);
    let inLanes = 0;
    for (let j = 0; j < kept; j++) {
      for (let e = this.startIds[j]!; e < this.startIds[j + 1]!; e++) {
        const at = this.offsets[e]!;
        const lane = at < C.size ? laneOf[at]! : -1;
        if (lane < 0) continue;
        // endReport merged a report's entries at one offset, so a report has one value per lane.
        this.lanes[lane * kept + j] = this.values[e]!;
        inLanes++;
      }
    }
    const n = this.length - inLanes;
    const scattered = {
      offsets: int32Room(this.scattered.offsets, n),
      values: float64Room(this.scattered.values, n),
      reports: int32Room(this.scattered.reports, n),
    };
    let next = 0;
    for (let j = 0; j < kept; j++) {
      for (let e = this.startIds[j]!; e < this.startIds[j + 1]!; e++) {
        const at = this.offsets[e]!;
        if (at < C.size && laneOf[at]! >= 0) continue;
        scattered.offsets[next] = at;
        scattered.values[next] = this.values[e]!;
        scattered.reports[next] = j;
        next++;
      }
    }
    this.scattered = scattered;
    if (this.applies.length < kept) this.applies = new Float64Array(kept);
    this.mixesOf = NaN;
  }

  /**
   * Applies to a tally's buffer the change of each report whose draw (of `purpose`, trial key tk, case id
   * idBase + report) falls below `share`. The draws come first, then every value is added times its report's 1
   * or 0: which reports apply is as unpredictable as the draw, and a branch on it mispredicted at every other
   * report. Times 0 a value adds ±0, which leaves its slot as it was (no slot is ever -0, and no value infinite),
   * and each slot still takes its values in report order, so the sums are those of adding the applying reports'
   * entries alone, one by one, bit for bit.
   */
  apply(all: Float64Array, tk: number, idBase: number, purpose: number, share: number): void {
    const mixes = this.caseMixes(idBase);
    const applies = this.applies;
    const mix = purposeMix(purpose);
    const bound = shareBound(share);
    // The trial key as an int32 (see AnticipationLog.apply).
    const key = tk | 0;
    const kept = mixes.length;
    for (let j = 0; j < kept; j++) applies[j] = belowBound(leverKeyOfMix(key, mixes[j]!), mix, bound);
    const L = this.lanes;
    const slots = this.laneSlots;
    // An unused lane (slot -1) holds zeros and is never written back.
    let s0 = slots[0]! < 0 ? 0 : all[slots[0]!]!;
    let s1 = slots[1]! < 0 ? 0 : all[slots[1]!]!;
    let s2 = slots[2]! < 0 ? 0 : all[slots[2]!]!;
    let s3 = slots[3]! < 0 ? 0 : all[slots[3]!]!;
    let s4 = slots[4]! < 0 ? 0 : all[slots[4]!]!;
    let s5 = slots[5]! < 0 ? 0 : all[slots[5]!]!;
    for (let j = 0; j < kept; j++) {
      const d = applies[j]!;
      s0 += d * L[j]!;
      s1 += d * L[kept + j]!;
      s2 += d * L[2 * kept + j]!;
      s3 += d * L[3 * kept + j]!;
      s4 += d * L[4 * kept + j]!;
      s5 += d * L[5 * kept + j]!;
    }
    if (slots[0]! >= 0) all[slots[0]!] = s0;
    if (slots[1]! >= 0) all[slots[1]!] = s1;
    if (slots[2]! >= 0) all[slots[2]!] = s2;
    if (slots[3]! >= 0) all[slots[3]!] = s3;
    if (slots[4]! >= 0) all[slots[4]!] = s4;
    if (slots[5]! >= 0) all[slots[5]!] = s5;
    const { offsets, values, reports } = this.scattered;
    const n = offsets.length;
    for (let e = 0; e < n; e++) all[offsets[e]!]! += applies[reports[e]!]! * values[e]!;
  }
}

/**
 * Running counts of one arm within one trial, in one buffer: the counters, then each quarterly array, then the
 * days to publication. The baseline tally starts each trial from the arrivals (the same in every trial); the
 * scenario is kept as a delta from the baseline that only the reports a lever changes touch.
 */
export class Tally {
  readonly all: Float64Array;
  readonly c: Float64Array;
  /** Open cases: +1 at the arrival quarter, -1 at the closing quarter; summed, the stock at each quarter end. */
  readonly productOpen: Float64Array;
  readonly websiteOpen: Float64Array;
  readonly websiteOpen90: Float64Array;
  readonly productPublished: Float64Array;
  readonly websiteFixed: Float64Array;
  readonly received: Float64Array;
  /** Product reports received per quarter (the rest of `received` are websites). */
  readonly productReceived: Float64Array;
  /** Product publications per quarter made within 45 days of acceptance. */
  readonly productWithin45: Float64Array;
  /** Days from acceptance to publication, by whole day. */
  readonly publicationDays: Float64Array;
  readonly productOpenAt: number;
  readonly websiteOpenAt: number;
  readonly websiteOpen90At: number;
  readonly productPublishedAt: number;
  readonly websiteFixedAt: number;
  readonly receivedAt: number;
  readonly productReceivedAt: number;
  readonly productWithin45At: number;
  readonly publicationDaysAt: number;
  /** Where record functions write instead of the buffer, when the tally only logs changes. */
  log: ChangeLog | null = null;

  constructor(quarters: number, horizon: number) {
    const q = quarters + 1;
    this.productOpenAt = C.size;
    this.websiteOpenAt = this.productOpenAt + q;
    this.websiteOpen90At = this.websiteOpenAt + q;
    this.productPublishedAt = this.websiteOpen90At + q;
    this.websiteFixedAt = this.productPublishedAt + q;
    this.receivedAt = this.websiteFixedAt + q;
    this.productReceivedAt = this.receivedAt + q;
    this.productWithin45At = this.productReceivedAt + q;
    this.publicationDaysAt = this.productWithin45At + q;
    this.all = new Float64Array(this.publicationDaysAt + horizon + 1);
    this.c = this.all.subarray(0, C.size);
    this.productOpen = this.all.subarray(this.productOpenAt, this.productOpenAt + q);
    this.websiteOpen = this.all.subarray(this.websiteOpenAt, this.websiteOpenAt + q);
    this.websiteOpen90 = this.all.subarray(this.websiteOpen90At, this.websiteOpen90At + q);
    this.productPublished = this.all.subarray(this.productPublishedAt, this.productPublishedAt + q);
    this.websiteFixed = this.all.subarray(this.websiteFixedAt, this.websiteFixedAt + q);
    this.received = this.all.subarray(this.receivedAt, this.receivedAt + q);
    this.productReceived = this.all.subarray(this.productReceivedAt, this.productReceivedAt + q);
    this.productWithin45 = this.all.subarray(this.productWithin45At, this.productWithin45At + q);
    this.publicationDays = this.all.subarray(this.publicationDaysAt);
  }

  reset(): void {
    this.all.fill(0);
  }

  /** Whether this tally has the layout of a run with `quarters` quarters and `horizon` days. */
  fits(quarters: number, horizon: number): boolean {
    return this.productOpen.length === quarters + 1 && this.publicationDays.length === horizon + 1;
  }

  copyFrom(other: Tally): void {
    this.all.set(other.all);
  }

  /**
   * Copies everything but the days to publication, which are most of a tally (a day for every day of the run):
   * for a trial whose levers change no report's publication, whose days then stay those of `other`.
   */
  copyCountsFrom(other: Tally): void {
    this.all.set(other.all.subarray(0, this.publicationDaysAt));
  }

  add(other: Tally): void {
    addInto(this.all, other.all);
  }

  /**
   * This tally becomes changes + baseline on every count and the changes alone on the day sums: a scenario
   * started from it gets its further changes, then addDaySums(baseline), and ends as (changes + further) +
   * baseline, bit for bit, without adding the whole baseline per trial.
   */
  sumCounts(changes: Tally, baseline: Tally): void {
    const a = this.all;
    const c = changes.all;
    const b = baseline.all;
    for (let i = 0; i < a.length; i++) a[i] = c[i]! + b[i]!;
    for (const at of DAY_SUMS) a[at] = c[at]!;
  }

  /** Adds the day sums of the baseline (see sumCounts). */
  addDaySums(baseline: Tally): void {
    for (const at of DAY_SUMS) this.all[at]! += baseline.all[at]!;
  }
}

/** Adds v at one place of a tally, or logs it when the tally is logging. */
export function bump(t: Tally, at: number, v: number): void {
  const log = t.log;
  if (log === null) t.all[at]! += v;
  else log.push(at, v);
}

export function medianPublicationDays(t: Tally, n: number): number {
  if (n === 0) return 0;
  // The median of whole days: the mean of the two middle order statistics when n is even.
  const lowRank = Math.floor((n - 1) / 2);
  const highRank = Math.floor(n / 2);
  let seen = 0;
  let low = -1;
  const h = t.publicationDays;
  for (let d = 0; d < h.length; d++) {
    seen += h[d]!;
    if (low < 0 && seen > lowRank) low = d;
    if (seen > highRank) return (low + d) / 2;
  }
  return low;
}

/** A history's arrivals as a tally: the part of its baseline that no draw of a report changes. */
export function arrivalTally(arrivals: Arrivals, quarters: number, horizon: number, spent?: Tally): Tally {
  const t = spent && spent.fits(quarters, horizon) ? spent : new Tally(quarters, horizon);
  t.reset();
  // Counts per quarter, added once each (whole numbers, so the sums are exact in any order).
  const products = new Float64Array(quarters + 1);
  const websites = new Float64Array(quarters + 1);
  const pq = arrivals.productQuarter;
  const wq = arrivals.websiteQuarter;
  for (let i = 0; i < pq.length; i++) products[pq[i]!]! += 1;
  for (let i = 0; i < wq.length; i++) websites[wq[i]!]! += 1;
  for (let q = 0; q <= quarters; q++) {
    t.productOpen[q] = products[q]!;
    t.websiteOpen[q] = websites[q]!;
    t.received[q] = products[q]! + websites[q]!;
    t.productReceived[q] = products[q]!;
  }
  t.c[C.pReceived] = arrivals.productArrivals.length;
  t.c[C.wReceived] = arrivals.websiteArrivals.length;
  return t;
}
