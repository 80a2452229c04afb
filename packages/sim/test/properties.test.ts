import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runSimulation } from '../src/index.ts';
import { model } from './model.ts';

const lever = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const input = fc.record({
  forcedPublication: lever(
    fc.record({
      afterDays: fc.integer({ min: 0, max: 7300 }),
      appliesTo: fc.constantFrom('UNREACHABLE_VENDORS', 'ALL_PRODUCT_REPORTS'),
    }),
  ),
  bounty: lever(fc.record({ amountJpy: fc.integer({ min: 0, max: 10_000_000 }) })),
  acknowledgement: lever(fc.boolean()),
  legalMandate: lever(
    fc.record({
      remediationDays: fc.integer({ min: 1, max: 3650 }),
      compliance: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
  ),
  staffCapacity: lever(fc.record({ reportsPerWorkingDay: fc.double({ min: 0.5, max: 40, noNaN: true }) })),
  trials: fc.integer({ min: 1, max: 3 }),
  seed: fc.integer(),
  assumptions: lever(
    fc
      .subarray(model.assumptions.filter((a) => a.role === 'response'))
      .chain((picked) =>
        fc.tuple(
          ...picked.map((a) =>
            fc.double({ min: a.range[0], max: a.range[1], noNaN: true }).map((value) => ({ key: a.key, value })),
          ),
        ),
      ),
  ),
});

function numbers(value: unknown, path: string, out: [string, number][]): void {
  if (typeof value === 'number') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => numbers(v, `${path}.${i}`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) numbers(v, `${path}.${k}`, out);
}

describe('given any valid input', () => {
  it('gives finite numbers, shares within 0..1, and accounts for every report', () => {
    fc.assert(
      fc.property(input, (raw) => {
        const r = runSimulation(raw, model);
        const all: [string, number][] = [];
        numbers(r, '', all);
        for (const [path, v] of all) expect(Number.isFinite(v), path).toBe(true);
        for (const m of r.metrics) {
          if (m.unit === 'share')
            for (const v of [m.baseline, m.scenario, m.scenarioLow, m.scenarioHigh])
              expect(v >= 0 && v <= 1, m.key).toBe(true);
          else for (const v of [m.baseline, m.scenario, m.scenarioLow]) expect(v >= 0, m.key).toBe(true);
          expect(m.scenarioLow <= m.scenario + 1e-9 && m.scenario <= m.scenarioHigh + 1e-9, m.key).toBe(true);
        }
        const sum = (arm: 'baseline' | 'scenario') => r.outcomes.reduce((s, o) => s + o[arm], 0);
        expect(sum('baseline')).toBeCloseTo(15923, 6);
        expect(sum('scenario')).toBeCloseTo(r.reports.received.scenario, 6);
        expect(r.reports.received.scenario).toBeCloseTo(15923 + r.reports.induced.scenario, 6);
      }),
      { numRuns: 40, seed: 20200930 },
    );
  });
});
