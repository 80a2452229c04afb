/**
 * How many trials a tornado needs: one JSON object per line.
 *
 *   pnpm --filter @kaiji/sim sensitivity:trials [trials...]     (default: 5 10 20; PRESETS=cert-cc,... for some)
 *
 * For each preset of the simulator with the metric its tornado opens on (leadMetric), the tornado at a few
 * trials on seeds 1 to SEEDS is compared with a reference at REFERENCE_TRIALS trials on seed 1:
 * - `top`: on how many seeds the largest swing is the reference's;
 * - `order`: on how many seeds the assumptions that matter (a swing of at least MATERIAL of the reference's
 *   largest) come in the reference's order;
 * - `topError`: the largest relative error of the largest swing over the seeds;
 * - `ms`: the median time of one tornado (every metric's runs at once) on this machine, bundled as the worker runs it.
 * The engine is bundled (as bench/sim-engine.ts does) because through tsx's loader it runs at about half speed.
 */
import type * as Engine from '../packages/sim/src/index.ts';
import { loadSimulationModel } from '../packages/sim/src/node/index.ts';
import { bundledEngine } from './bundled-engine.ts';

const REFERENCE_TRIALS = 200;
const SEEDS = 8;
const MATERIAL = 0.05;

const engine = await bundledEngine();

const model = loadSimulationModel();
const cache = new engine.HistoryCache();

/** The presets of apps/web/src/lib/simulate/presets.ts with the metric leadMetric opens their tornado on. */
const CASES: { preset: string; input: object; metric: Engine.MetricKey }[] = [
  {
    preset: 'cert-cc',
    input: { forcedPublication: { afterDays: 45, appliesTo: 'ALL_PRODUCT_REPORTS' } },
    metric: 'PRODUCT_PUBLISHED_WITHOUT_FIX',
  },
  { preset: 'kisa-krcert', input: { bounty: { amountJpy: 70000 } }, metric: 'BOUNTY_COST_JPY' },
  { preset: 'ncsc-nl', input: { bounty: { amountJpy: 5000 }, acknowledgement: true }, metric: 'BOUNTY_COST_JPY' },
  { preset: 'cert-eu', input: { acknowledgement: true }, metric: 'REPORTS_PER_WORKING_DAY' },
  {
    preset: 'cisa-bod-20-01',
    input: { legalMandate: { remediationDays: 30, compliance: 0.5 } },
    metric: 'WEBSITE_FIXED_WITHIN_90_DAYS_SHARE',
  },
  { preset: 'baseline', input: {}, metric: 'PRODUCT_IN_HANDLING' },
];

const swing = (b: { atLow: number; atHigh: number }) => Math.abs(b.atHigh - b.atLow);

function tornado(input: object, metric: Engine.MetricKey, trials: number, seed: number) {
  const start = performance.now();
  const runs = engine.runSensitivityRuns({ ...input, seed }, model, { trials, cache });
  return { result: engine.tornadoOf(runs, metric), ms: performance.now() - start };
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
const counts = process.argv.slice(2).map(Number).filter(Number.isInteger);
const trialCounts = counts.length ? counts : [5, 10, 20];

const only = process.env.PRESETS?.split(',');
for (const c of CASES.filter((x) => !only || only.includes(x.preset))) {
  const reference = tornado(c.input, c.metric, REFERENCE_TRIALS, 1).result;
  const top = swing(reference.bars[0]!);
  const material = reference.bars.filter((b) => swing(b) >= MATERIAL * top).map((b) => b.assumption);
  for (const trials of trialCounts) {
    let sameTop = 0;
    let sameOrder = 0;
    let topError = 0;
    const times: number[] = [];
    for (let seed = 1; seed <= SEEDS; seed++) {
      const { result, ms } = tornado(c.input, c.metric, trials, seed);
      times.push(ms);
      if (result.bars[0]!.assumption === reference.bars[0]!.assumption) sameTop++;
      const order = result.bars.map((b) => b.assumption).filter((k) => material.includes(k));
      if (order.join() === material.join()) sameOrder++;
      const mine = result.bars.find((b) => b.assumption === reference.bars[0]!.assumption)!;
      topError = Math.max(topError, top > 0 ? Math.abs(swing(mine) - top) / top : 0);
    }
    console.log(
      JSON.stringify({
        preset: c.preset,
        metric: c.metric,
        trials,
        seeds: SEEDS,
        top: sameTop,
        order: sameOrder,
        material,
        topError: Math.round(topError * 10_000) / 10_000,
        // The largest swing against the base: where it is a sliver of the base, its size is sampling noise.
        referenceTopSwing: top,
        base: reference.base,
        ms: Math.round(median(times)),
      }),
    );
  }
}
