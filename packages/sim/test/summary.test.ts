import { describe, expect, it } from 'vitest';
import { lowbias32 } from '../src/random.ts';
import { band, historyBand } from '../src/summary.ts';

/** Type-7 percentile of a fully sorted copy: the textbook definition the summaries must match exactly. */
function reference(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  return lo + 1 >= s.length ? s[lo]! : s[lo]! + (s[lo + 1]! - s[lo]!) * (h - lo);
}

/** Deterministic values in [0, 100) with ties, from a hash. */
const value = (i: number, ties: number) => (lowbias32(i) % ties) + (lowbias32(i + 7) % 1000) / 1000;

describe('given a baseline stored per history', () => {
  const quarters = 5;
  for (const [histories, trials] of [
    [40, 1000],
    [40, 1001],
    [7, 30],
    [3, 3],
  ] as const) {
    it(`gives each quarter the mean and percentiles of every trial's copy (${histories} histories, ${trials} trials)`, () => {
      const perHistory = new Float64Array(histories * quarters);
      for (let i = 0; i < perHistory.length; i++) perHistory[i] = value(i, i % 3 === 0 ? 2 : 50);
      const b = historyBand(perHistory, histories, trials, quarters);
      for (let q = 0; q < quarters; q++) {
        // Trial t runs on history t % histories.
        const copies = Array.from({ length: trials }, (_, t) => perHistory[(t % histories) * quarters + q]!);
        let sum = 0;
        for (const v of copies) sum += v;
        expect(b.mean[q]).toBe(sum / trials);
        expect(b.low[q]).toBe(reference(copies, 0.05));
        expect(b.high[q]).toBe(reference(copies, 0.95));
      }
    });
  }
});

describe("given a scenario's series", () => {
  const trials = 200;
  const quarters = 4;
  const values = new Float64Array(trials * quarters);
  for (let i = 0; i < values.length; i++) values[i] = value(i, 30);
  // Trials ran in a shuffled order: column[t] is where trial t's quarters are stored.
  const column = Int32Array.from({ length: trials }, (_, t) => (t * 7) % trials);
  const baseline = { mean: [1, 2, 3, 4], low: [0, 1, 2, 3], high: [2, 3, 4, 5] };

  it("takes the baseline's band for a quarter no trial changed and works out the others", () => {
    const differs = Uint8Array.from([0, 1, 0, 1]);
    const b = band(values, trials, quarters, column, { differs, band: baseline });
    for (const q of [0, 2]) {
      expect([b.mean[q], b.low[q], b.high[q]]).toEqual([baseline.mean[q], baseline.low[q], baseline.high[q]]);
    }
    for (const q of [1, 3]) {
      const byTrial = Array.from({ length: trials }, (_, t) => values[column[t]! * quarters + q]!);
      let sum = 0;
      for (const v of byTrial) sum += v;
      expect(b.mean[q]).toBe(sum / trials);
      expect(b.low[q]).toBe(reference(byTrial, 0.05));
      expect(b.high[q]).toBe(reference(byTrial, 0.95));
    }
  });
});
