import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HistoryCache, runSimulation } from '../src/index.ts';
import { parseSimulationInput } from '../src/input.ts';
import { MEASURES, replay } from '../src/replay.ts';
import { prepareModel } from '../src/runtime.ts';
import { model } from './model.ts';

const input = {
  trials: 16,
  seed: 42,
  forcedPublication: { afterDays: 60, appliesTo: 'ALL_PRODUCT_REPORTS' },
  bounty: { amountJpy: 50_000 },
};

describe('given the same input and seed', () => {
  it('gives byte-identical JSON', () => {
    const a = JSON.stringify(runSimulation(input, model));
    const b = JSON.stringify(runSimulation(structuredClone(input), structuredClone(model)));
    expect(b).toBe(a);
  });
  it('gives the same result whether the histories were drawn by an earlier run or anew', () => {
    const other = { ...input, bounty: null, legalMandate: { remediationDays: 30, compliance: 0.5 } };
    const cache = new HistoryCache();
    runSimulation(input, model, { cache });
    const reused = JSON.stringify(runSimulation(other, model, { cache }));
    const fresh = JSON.stringify(runSimulation(other, structuredClone(model)));
    expect(reused).toBe(fresh);
  });
  it('gives a different draw with a different seed', () => {
    const a = runSimulation(input, model).metrics[1]!.baseline;
    const b = runSimulation({ ...input, seed: 43 }, model).metrics[1]!.baseline;
    expect(b).not.toBe(a);
  });
  it('keeps each trial the same however many trials run (counter-based draws)', () => {
    const one = runSimulation({ trials: 1, seed: 5 }, model).metrics;
    const first = runSimulation({ trials: 1, seed: 5, bounty: { amountJpy: 10_000 } }, model).metrics;
    expect(first.map((m) => m.baseline)).toEqual(one.map((m) => m.baseline));
  });
});

describe('given a scenario without levers', () => {
  it('equals the baseline exactly', () => {
    const r = runSimulation({ trials: 8, seed: 3 }, model);
    for (const m of r.metrics)
      expect([m.key, m.scenario, m.scenarioLow, m.scenarioHigh]).toEqual([
        m.key,
        m.baseline,
        m.baselineLow,
        m.baselineHigh,
      ]);
    for (const o of r.outcomes) expect(o.scenario).toBe(o.baseline);
    expect(r.series.websiteInHandling.scenario).toEqual(r.series.websiteInHandling.baseline);
  });
});

describe('given the engine sources', () => {
  const dir = join(import.meta.dirname, '../src');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  // Code only: the comments may name what the code avoids.
  const code = (f: string) =>
    readFileSync(join(dir, f), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
  it('use no Node API, so the same code runs in a browser Web Worker', () => {
    for (const f of files) expect(code(f), f).not.toMatch(/from 'node:|process\.|require\(/);
  });
  it('use no engine-dependent Math function (exp, log, pow...), so Node and browsers agree to the bit', () => {
    for (const f of files) {
      expect(code(f), f).not.toMatch(
        /Math\.(exp|expm1|log|log1p|log2|log10|pow|sin|cos|tan|atan|atan2|asin|acos|sinh|cosh|tanh|cbrt|hypot)\b/,
      );
    }
  });
});

/**
 * The scenario that the shortcuts give (per-history change logs, shifted reports, skipped quarters) against
 * replaying every report of every trial in full: the same counts and series, exposure sums to rounding.
 */
function expectSameAsExhaustive(raw: object, drawAssumptions: boolean): void {
  const rt = prepareModel(model);
  const input = parseSimulationInput(raw, model.assumptions);
  const quick = replay(rt, input, { drawAssumptions });
  const full = replay(rt, input, { drawAssumptions, exhaustive: true });
  MEASURES.forEach((m, i) => {
    for (let t = 0; t < input.trials; t++) {
      const a = quick.measures[1][i * input.trials + t]!;
      const b = full.measures[1][i * input.trials + t]!;
      expect(Math.abs(a - b), `${m} in trial ${t}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
    }
  });
  expect(quick.series[1]).toEqual(full.series[1]);
}

describe('given the shortcuts of the replay', () => {
  it('give what replaying every report gives for forced publication and a mandate', () => {
    expectSameAsExhaustive(
      {
        trials: 6,
        seed: 9,
        forcedPublication: { afterDays: 45, appliesTo: 'ALL_PRODUCT_REPORTS' },
        legalMandate: { remediationDays: 30, compliance: 0.6 },
      },
      true,
    );
    expectSameAsExhaustive(
      { trials: 6, seed: 9, forcedPublication: { afterDays: 90, appliesTo: 'UNREACHABLE_VENDORS' } },
      true,
    );
  });
  it('give it in a preview too (histories used by one trial each, no change logs)', () => {
    expectSameAsExhaustive(
      {
        trials: 4,
        seed: 21,
        forcedPublication: { afterDays: 30, appliesTo: 'ALL_PRODUCT_REPORTS' },
        legalMandate: { remediationDays: 60, compliance: 0.7 },
      },
      false,
    );
  });
  it('give it when a staff change moves every report', () => {
    expectSameAsExhaustive(
      { trials: 3, seed: 4, bounty: { amountJpy: 120_000 }, legalMandate: { remediationDays: 45, compliance: 0.5 } },
      true,
    );
    expectSameAsExhaustive({ trials: 3, seed: 4, staffCapacity: { reportsPerWorkingDay: 3 } }, true);
  });
});
