import type { ProductPath } from './product-path.ts';
import { Draw, belowBound, caseMix, leverKeyOfMix, purposeMix, shareBound } from './random.ts';
import { C } from './tally.ts';

/**
 * What anticipating a forced publication changes, for each report of a history that the deadline reaches,
 * worked out once per history and applied by every trial in which that report's developer anticipates. The
 * anticipating path is the forced path with a fix made by the deadline (withFix, not forced, tFix at the
 * deadline: see productPath), so of recordProduct's terms only four can differ: publications without a fix,
 * forced publications (counts), and the private and public exposure days. Each is worked out as recording the
 * anticipating path and removing the forced one would (the two private days added in that order), and applied
 * the counts as sums and the day sums one report after another, in report order, which is the order a tally
 * adding them one by one gives: the same numbers bit for bit, without a change log's offsets.
 */
export class AnticipationLog {
  /** Reports logged; the arrays below have room for more (grown by doubling, kept when the log is cleared). */
  private length = 0;
  /** Each report's case mix (product case ids are report ids), for its anticipation draw. */
  private mixes = new Int32Array(1024);
  private withoutFix = new Float64Array(1024);
  private forced = new Float64Array(1024);
  private privateDays = new Float64Array(1024);
  private publicDays = new Float64Array(1024);

  clear(): void {
    this.length = 0;
  }

  private grow(): void {
    const size = 2 * this.mixes.length;
    const grown = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.mixes = grown(this.mixes, (n) => new Int32Array(n));
    this.withoutFix = grown(this.withoutFix, (n) => new Float64Array(n));
    this.forced = grown(this.forced, (n) => new Float64Array(n));
    this.privateDays = grown(this.privateDays, (n) => new Float64Array(n));
    this.publicDays = grown(this.publicDays, (n) => new Float64Array(n));
  }

  /** Logs report `report`, whose forced path (without anticipation) is `o`, for a run of `horizon` days. */
  push(report: number, o: ProductPath, horizon: number): void {
    const H = horizon;
    const arrival = o.arrival;
    let withoutFix = 0;
    let forced = 0;
    let privateDays = 0;
    let publicDays = 0;
    if (o.tPublish <= H) {
      if (!o.withFix) withoutFix = -1;
      if (o.forced) forced = -1;
    }
    if (o.vulnerable) {
      // The anticipating path: fixed at the deadline (its publication), so never public unfixed.
      const fixedA = o.tPublish < H ? o.tPublish : H;
      const privateEndA = o.tPublish < fixedA ? o.tPublish : fixedA;
      const fixed = o.tFix < H ? o.tFix : H;
      const privateEnd = o.tPublish < fixed ? o.tPublish : fixed;
      const added = privateEndA > arrival;
      const removed = privateEnd > arrival;
      if (added && removed) privateDays = privateEndA - arrival + -(privateEnd - arrival);
      else if (added) privateDays = privateEndA - arrival;
      else if (removed) privateDays = -(privateEnd - arrival);
      if (o.tPublish < fixed) publicDays = -(fixed - o.tPublish);
    }
    // A report whose changes all cancel changes nothing: it is left out.
    if (withoutFix === 0 && forced === 0 && privateDays === 0 && publicDays === 0) return;
    if (this.length === this.mixes.length) this.grow();
    const j = this.length++;
    this.mixes[j] = caseMix(report);
    this.withoutFix[j] = withoutFix;
    this.forced[j] = forced;
    this.privateDays[j] = privateDays;
    this.publicDays[j] = publicDays;
  }

  /**
   * Applies to a tally's buffer the change of each report whose developer anticipates in the trial with key tk
   * (its anticipation draw below `share`). Each report's change is added times 1 or 0 (belowBound) rather than
   * behind a branch: times 0 a count adds 0 and a day sum adds ±0, which leaves it as it was (none is ever -0:
   * its terms are never zero), so the sums are those of adding the drawn reports alone, bit for bit.
   */
  apply(all: Float64Array, tk: number, share: number): void {
    const { mixes, withoutFix, forced, privateDays, publicDays } = this;
    const n = this.length;
    // The trial key as an int32: a key above 2^31 is a double, and every sum below then took the double path.
    const key = tk | 0;
    const mix = purposeMix(Draw.anticipation);
    const bound = shareBound(share);
    let sumWithoutFix = 0;
    let sumForced = 0;
    let privateSum = all[C.pPrivate]!;
    let publicSum = all[C.pPublic]!;
    for (let j = 0; j < n; j++) {
      const drawn = belowBound(leverKeyOfMix(key, mixes[j]!), mix, bound);
      sumWithoutFix += drawn * withoutFix[j]!;
      sumForced += drawn * forced[j]!;
      privateSum += drawn * privateDays[j]!;
      publicSum += drawn * publicDays[j]!;
    }
    all[C.pWithoutFix]! += sumWithoutFix;
    all[C.forced]! += sumForced;
    all[C.pPrivate] = privateSum;
    all[C.pPublic] = publicSum;
  }
}
