import { describe, expect, it } from 'vitest';
import {
  mergeSensitivityRuns,
  runSensitivity,
  runSensitivityRuns,
  runSimulation,
  SENSITIVITY_TRIALS,
  SimulationInputError,
  tornadoOf,
} from '../src/index.ts';
import { model } from './model.ts';

const CERT_CC = { forcedPublication: { afterDays: 45, appliesTo: 'ALL_PRODUCT_REPORTS' }, seed: 7 } as const;
const swing = (b: { atLow: number; atHigh: number }) => Math.abs(b.atHigh - b.atLow);

describe('runSensitivity', { timeout: 300_000 }, () => {
  const tornado = runSensitivity(CERT_CC, 'PRODUCT_PUBLISHED_WITHOUT_FIX', model);

  it('puts the vendors’ anticipation of the deadline first for the CERT/CC 45-day rule', () => {
    expect(tornado.bars[0]!.assumption).toBe('forcedPublication.anticipation');
    expect(swing(tornado.bars[0]!)).toBeGreaterThan(10 * swing(tornado.bars[1]!));
  });

  it('has one bar per assumption, at the ends of its range, the largest swing first', () => {
    expect(tornado.bars.map((b) => b.assumption).sort()).toEqual(model.assumptions.map((a) => a.key).sort());
    for (const bar of tornado.bars) {
      const a = model.assumptions.find((x) => x.key === bar.assumption)!;
      expect([bar.low, bar.high]).toEqual(a.range);
    }
    const swings = tornado.bars.map(swing);
    expect(swings).toEqual([...swings].sort((x, y) => y - x));
    expect(tornado.runs).toBe(1 + 2 * model.assumptions.length);
  });

  it('holds every other input: an assumption of a lever not pulled moves nothing', () => {
    const bounty = tornado.bars.find((b) => b.assumption === 'bounty.supplyElasticity')!;
    expect([bounty.atLow, bounty.atHigh]).toEqual([tornado.base, tornado.base]);
  });

  it('reads the base from a run with every assumption pinned at its value, the input’s pins kept', () => {
    const pinnedInput = { ...CERT_CC, assumptions: [{ key: 'forcedPublication.patchHazardRatio', value: 3 }] };
    const pinned = runSensitivity(pinnedInput, 'PRODUCT_IN_HANDLING', model);
    const assumptions = model.assumptions.map((a) => ({
      key: a.key,
      value: a.key === 'forcedPublication.patchHazardRatio' ? 3 : a.value,
    }));
    const run = runSimulation({ ...CERT_CC, trials: SENSITIVITY_TRIALS, assumptions }, model);
    expect(pinned.base).toBe(run.metrics.find((m) => m.key === 'PRODUCT_IN_HANDLING')!.scenario);
  });

  it('gives the same order and nearly the same swings on other random numbers (enough trials)', () => {
    const other = runSensitivity({ ...CERT_CC, seed: 8 }, 'PRODUCT_PUBLISHED_WITHOUT_FIX', model);
    expect(other.bars[0]!.assumption).toBe(tornado.bars[0]!.assumption);
    expect(Math.abs(swing(other.bars[0]!) - swing(tornado.bars[0]!)) / swing(tornado.bars[0]!)).toBeLessThan(0.02);
  });

  it('refuses a bad input or metric as simulate does, naming the field', () => {
    expect(() => runSensitivity({ bounty: { amountJpy: -1 } }, 'BOUNTY_COST_JPY', model)).toThrow(SimulationInputError);
    try {
      runSensitivity({ legalMandate: { remediationDays: 30, compliance: 2 } }, 'WEBSITE_FIXED', model);
    } catch (e) {
      expect((e as SimulationInputError).path).toBe('legalMandate.compliance');
    }
    expect(() => runSensitivity({}, 'NOPE' as never, model)).toThrow(/metric must be one of/);
  });

  it('keeps every metric of its runs, and its parts put together are the whole', () => {
    const keys = model.assumptions.map((a) => a.key);
    const parts = [0, 1].map((p) =>
      runSensitivityRuns(CERT_CC, model, { part: { assumptions: keys.filter((_, i) => i % 2 === p), base: p === 0 } }),
    );
    const whole = mergeSensitivityRuns(parts, model);
    expect(whole.bars.map((b) => b.assumption)).toEqual(keys);
    expect(tornadoOf(whole, 'PRODUCT_PUBLISHED_WITHOUT_FIX')).toEqual(tornado);
    // Another metric's tornado from the same runs, without running again.
    const stock = tornadoOf(whole, 'PRODUCT_IN_HANDLING');
    expect(stock.metric).toBe('PRODUCT_IN_HANDLING');
    expect(stock.bars.map((b) => b.assumption).sort()).toEqual([...keys].sort());
    expect(() => tornadoOf(parts[1]!, 'PRODUCT_IN_HANDLING')).toThrow(/base run/);
  });
});
