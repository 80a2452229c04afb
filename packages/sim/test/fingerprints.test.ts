import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HistoryCache, runSimulation, type RunOptions, type SimulationResult } from '../src/index.ts';
import { model } from './model.ts';

/**
 * Every number of a handful of runs, held as a hash: a change made for speed (or any refactor) must leave them
 * all bit for bit as they were. The inputs reach every path of the engine: a history shared by one or two trials
 * and by three or more (the lever cache keeps change logs only then), both levers over the data and projected,
 * open cases at a start date, induced reports, a staff change, pinned assumptions, the preview, a kept cache.
 *
 * A change that is meant to move numbers (a new fit, a model change) updates the snapshot with
 * `pnpm --filter @kaiji/sim exec vitest run -u test/fingerprints.test.ts`, and bumps ENGINE_VERSION if the
 * engine's arithmetic changed. Text (labels, warnings, sources) is not part of the fingerprint.
 */

const forcedAll = { forcedPublication: { afterDays: 45, appliesTo: 'ALL_PRODUCT_REPORTS' } };
const mandate = { legalMandate: { remediationDays: 30, compliance: 0.5 } };
const to2030 = { until: '2030-03-31', startsOn: '2027-04-01' };

const RUNS: { name: string; input: object; options?: RunOptions }[] = [
  { name: 'no lever, over the data', input: { trials: 50, seed: 1 } },
  { name: 'two levers, logged change', input: { ...forcedAll, ...mandate, trials: 81, seed: 2 } },
  { name: 'two levers to 2030 from 2027-04-01', input: { ...forcedAll, ...mandate, ...to2030, trials: 81, seed: 3 } },
  {
    name: 'two levers to 2030, preview',
    input: { ...forcedAll, ...mandate, ...to2030, seed: 4 },
    options: { mode: 'preview' },
  },
  {
    name: 'unreachable vendors, bounty and acknowledgement to 2025',
    input: {
      forcedPublication: { afterDays: 90, appliesTo: 'UNREACHABLE_VENDORS' },
      bounty: { amountJpy: 100_000 },
      acknowledgement: true,
      until: '2025-12-31',
      startsOn: '2022-04-01',
      trials: 48,
      seed: 5,
    },
  },
  {
    name: 'staff capacity and a bounty',
    input: {
      staffCapacity: { reportsPerWorkingDay: 3 },
      bounty: { amountJpy: 300_000 },
      ...forcedAll,
      trials: 24,
      seed: 6,
    },
  },
  {
    name: 'pinned assumptions, full compliance, to 2035',
    input: {
      ...forcedAll,
      legalMandate: { remediationDays: 60, compliance: 1 },
      assumptions: [{ key: 'forcedPublication.anticipation', value: 0.5 }],
      until: '2035-12-31',
      startsOn: '2022-01-01',
      trials: 45,
      seed: 7,
    },
  },
  { name: 'two trials, a mandate only', input: { ...mandate, trials: 2, seed: 8 } },
];

/** The result's numbers (and booleans and nulls) in order, its text left out. */
function numbersOf(result: SimulationResult): string {
  return JSON.stringify(result, (_key, value: unknown) => (typeof value === 'string' ? undefined : value));
}

function fingerprint(result: SimulationResult) {
  return {
    sha256: createHash('sha256').update(numbersOf(result)).digest('hex'),
    // Two figures in clear, so that a failure shows roughly how far the numbers moved.
    productInHandling: result.metrics.find((m) => m.key === 'PRODUCT_IN_HANDLING')!.scenario,
    websiteFixed: result.metrics.find((m) => m.key === 'WEBSITE_FIXED')!.scenario,
  };
}

describe('the engine’s numbers', () => {
  // One cache for all the runs, as a worker keeps one.
  const cache = new HistoryCache();
  for (const run of RUNS) {
    it(`are unchanged: ${run.name}`, () => {
      // The first run draws its histories into the cache, the second reuses them.
      const result = runSimulation(run.input, model, { ...run.options, cache });
      expect(fingerprint(result)).toMatchSnapshot();
      expect(numbersOf(runSimulation(run.input, model, { ...run.options, cache })), 'histories reused').toBe(
        numbersOf(result),
      );
    });
  }
});

describe('a kept cache through a slider drag on one seed', () => {
  // Each history keeps its lever cache between runs, each lever's part keyed by that lever's settings: every
  // step must give what a fresh run gives, whichever part was kept and whichever worked out again.
  const base = { ...forcedAll, ...mandate, ...to2030, seed: 9 };
  const steps: { input: object; options?: RunOptions }[] = [
    { input: { ...base, trials: 81 } },
    { input: { ...base, trials: 81, legalMandate: { remediationDays: 31, compliance: 0.5 } } },
    { input: { ...base, trials: 81, forcedPublication: { afterDays: 60, appliesTo: 'ALL_PRODUCT_REPORTS' } } },
    { input: { ...base, trials: 81, forcedPublication: { afterDays: 60, appliesTo: 'UNREACHABLE_VENDORS' } } },
    { input: { ...base, trials: 81, startsOn: '2025-01-01' } },
    { input: { ...base, trials: 81, legalMandate: null } },
    { input: { ...base, trials: 81 } },
    { input: base, options: { mode: 'preview' } },
    { input: { ...base, legalMandate: { remediationDays: 33, compliance: 0.5 } }, options: { mode: 'preview' } },
    {
      input: { ...base, forcedPublication: { afterDays: 90, appliesTo: 'ALL_PRODUCT_REPORTS' } },
      options: { mode: 'preview' },
    },
    { input: base, options: { mode: 'preview' } },
  ];
  it('gives at every step what a fresh run gives', () => {
    const cache = new HistoryCache();
    for (const step of steps) {
      const kept = numbersOf(runSimulation(step.input, model, { ...step.options, cache }));
      expect(kept, JSON.stringify(step.input)).toBe(numbersOf(runSimulation(step.input, model, step.options)));
    }
  });
});
