/**
 * Simulator benchmarks, one JSON object per line: {"name", "value", "unit"}. Each figure is the median of a
 * phase's runs, after one unmeasured run of the same kind.
 *
 *   pnpm --filter @kaiji/sim bench
 *
 * The engine alone (no model loading, no JSON), on one core, bundled as a browser or the API's worker runs it
 * (through tsx's loader it takes about twice the time). Every figure is also given as a ratio to the no-lever
 * replay of 1,000 trials measured in the same run, which does not move with the machine's load as wall times do:
 * - 1,000 trials with two levers (a 45-day forced publication of every product report and a 30-day mandate with
 *   half compliance), over the data and projected to 2030 from 2027-04-01, each on a new seed (histories drawn)
 *   and on a kept seed (histories reused, as a series of scenarios on one seed);
 * - the preview used while a slider moves (8 trials, the seed kept): a mandate's days (the forced publication's
 *   part of each history's lever cache is kept), a forced publication's days (worked out again each time), and
 *   on a new seed.
 */
import { loadavg } from 'node:os';
import type * as Engine from '../packages/sim/src/index.ts';
import { loadSimulationModel } from '../packages/sim/src/node/index.ts';
import { bundledEngine } from './bundled-engine.ts';

const engine = await bundledEngine();

const model = loadSimulationModel();
// One history cache for the whole bench, as the API's worker keeps one.
const cache = new engine.HistoryCache();
const run = (input: object, options: Engine.RunOptions = {}) =>
  engine.runSimulation(input, model, { ...options, cache });
const twoLevers = {
  forcedPublication: { afterDays: 45, appliesTo: 'ALL_PRODUCT_REPORTS' },
  legalMandate: { remediationDays: 30, compliance: 0.5 },
};
const to2030 = { until: '2030-03-31', startsOn: '2027-04-01' };

function time(f: () => unknown): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  f();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function emit(name: string, value: number, unit: string): void {
  console.log(JSON.stringify({ name, value: Number(value.toPrecision(4)), unit }));
}

// The machine's load when the run began: figures measured under load are slower, their ratios less so.
emit('sim.engine.load_average_1m', loadavg()[0]!, 'load');

/** Median wall and CPU time of `runs` calls of f(i). */
function measure(runs: number, f: (i: number) => unknown): { wall: number; cpu: number } {
  // One unmeasured call of the phase's own kind first: the optimiser adapts its code to each new kind of run
  // (a projection after replays, a preview after full runs), and without it a phase measured that adaptation.
  f(runs);
  const times = Array.from({ length: runs }, (_, i) => time(() => f(i)));
  return { wall: median(times.map((t) => t.wall)), cpu: median(times.map((t) => t.cpu)) };
}

// JIT warm-up, not reported.
run({ ...twoLevers, ...to2030, trials: 200, seed: 7 });

const noLever = measure(5, (i) => run({ trials: 1000, seed: 200 + i }));
emit('sim.engine.1000_trials_no_lever.warm', noLever.wall, 'ms');
emit('sim.engine.1000_trials_no_lever.warm_cpu', noLever.cpu, 'ms');

/** Issue 9's targets for the engine, in CPU ms on this kind of machine. */
const TARGETS_MS: Record<string, number> = {
  '1000_trials_two_levers_to_2030.new_seed': 250,
  'preview_two_levers_to_2030.slider': 30,
  'preview_two_levers_to_2030.forced_slider': 30,
};

const report = (name: string, t: { wall: number; cpu: number }) => {
  emit(`sim.engine.${name}`, t.wall, 'ms');
  emit(`sim.engine.${name}_cpu`, t.cpu, 'ms');
  emit(`sim.engine.${name}.over_no_lever`, t.cpu / noLever.cpu, 'ratio');
  const target = TARGETS_MS[name];
  // The target beside the figure, and how far the figure is from it (below 1: met).
  if (target !== undefined) {
    emit(`sim.engine.${name}.target_cpu`, target, 'ms');
    emit(`sim.engine.${name}.over_target`, t.cpu / target, 'ratio');
  }
};
report(
  '1000_trials_two_levers.new_seed',
  measure(5, (i) => run({ ...twoLevers, trials: 1000, seed: 1 + i })),
);
report(
  '1000_trials_two_levers_to_2030.new_seed',
  measure(5, (i) => run({ ...twoLevers, ...to2030, trials: 1000, seed: 20 + i })),
);
run({ ...twoLevers, ...to2030, trials: 1000, seed: 999 });
report(
  '1000_trials_two_levers_to_2030.same_seed',
  measure(5, (i) =>
    run({
      ...twoLevers,
      ...to2030,
      trials: 1000,
      seed: 999,
      legalMandate: { remediationDays: 20 + i, compliance: 0.5 },
    }),
  ),
);
// Preview while a slider moves: the seed stays, so the histories drawn by the first call are reused.
run({ ...twoLevers, ...to2030 }, { mode: 'preview' });
report(
  'preview_two_levers_to_2030.slider',
  measure(15, (i) =>
    run({ ...twoLevers, ...to2030, legalMandate: { remediationDays: 30 + i, compliance: 0.5 } }, { mode: 'preview' }),
  ),
);
report(
  'preview_two_levers_to_2030.forced_slider',
  measure(15, (i) =>
    run(
      { ...twoLevers, ...to2030, forcedPublication: { afterDays: 40 + i, appliesTo: 'ALL_PRODUCT_REPORTS' } },
      { mode: 'preview' },
    ),
  ),
);
report(
  'preview_two_levers_to_2030.new_seed',
  measure(7, (i) => run({ ...twoLevers, ...to2030, seed: 100 + i }, { mode: 'preview' })),
);
report(
  'bounty_200_trials',
  measure(3, (i) => run({ bounty: { amountJpy: 100_000 }, trials: 200, seed: i })),
);
