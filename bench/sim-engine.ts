/**
 * Simulator benchmarks, one JSON object per line: {"name", "value", "unit"}.
 *
 *   pnpm --filter @kaiji/sim bench
 *
 * The engine alone (no model loading, no JSON), on one core: 1,000 trials over all 15,923 reports with two
 * levers (a 45-day forced publication of every product report and a 30-day mandate with half compliance), cold
 * (first run in the process) and warm (median of five, each on a new seed), the same with the seed kept (the
 * histories are reused), the same trials with no lever as the in-run baseline (and the ratio to it), and the
 * preview mode used while a slider moves.
 */
import { HistoryCache, runSimulation as run, type RunOptions } from '../packages/sim/src/index.ts';
import { loadSimulationModel } from '../packages/sim/src/node/index.ts';

const model = loadSimulationModel();
// One history cache for the whole bench, as the API's worker keeps one.
const cache = new HistoryCache();
const runSimulation = (input: object, m: typeof model, options: RunOptions = {}) =>
  run(input, m, { ...options, cache });
const twoLevers = {
  forcedPublication: { afterDays: 45, appliesTo: 'ALL_PRODUCT_REPORTS' },
  legalMandate: { remediationDays: 30, compliance: 0.5 },
};

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function emit(name: string, value: number, unit: string): void {
  console.log(JSON.stringify({ name, value: Number(value.toPrecision(4)), unit }));
}

const full = { ...twoLevers, trials: 1000, seed: 1 };
// CPU time as well as wall time: on a shared machine the wall clock also counts other processes' turns.
const cpuStart = process.cpuUsage();
const cold = time(() => runSimulation(full, model));
const cpu = process.cpuUsage(cpuStart);
emit('sim.engine.1000_trials_two_levers.cold_cpu', (cpu.user + cpu.system) / 1000, 'ms');
const warm = median(Array.from({ length: 5 }, (_, i) => time(() => runSimulation({ ...full, seed: 2 + i }, model))));
emit('sim.engine.1000_trials_two_levers.cold', cold, 'ms');
emit('sim.engine.1000_trials_two_levers.warm', warm, 'ms');
const cpuWarmStart = process.cpuUsage();
runSimulation({ ...full, seed: 50 }, model);
const cpuWarm = process.cpuUsage(cpuWarmStart);
emit('sim.engine.1000_trials_two_levers.warm_cpu', (cpuWarm.user + cpuWarm.system) / 1000, 'ms');
emit('sim.engine.trials_per_second', 1000 / (warm / 1000), 'trials/s');
// The baseline in the same run: the same 1,000 trials with no lever (the replay alone), so that what the levers
// cost reads as a ratio that does not move with the machine's load.
const noLever = median(
  Array.from({ length: 5 }, (_, i) => time(() => runSimulation({ trials: 1000, seed: 200 + i }, model))),
);
emit('sim.engine.1000_trials_no_lever.warm', noLever, 'ms');
emit('sim.engine.two_levers_over_no_lever.ratio', warm / noLever, 'ratio');

// Preview while a slider moves: the seed stays, so the histories drawn by the first call are reused.
const preview = median(
  Array.from({ length: 15 }, (_, i) =>
    time(() =>
      runSimulation({ ...twoLevers, legalMandate: { remediationDays: 30 + i, compliance: 0.5 } }, model, {
        mode: 'preview',
      }),
    ),
  ),
);
emit('sim.engine.preview_two_levers.slider', preview, 'ms');
// Preview with a new seed each time: the histories are drawn again.
const previewCold = median(
  Array.from({ length: 15 }, (_, i) =>
    time(() => runSimulation({ ...twoLevers, seed: 100 + i }, model, { mode: 'preview' })),
  ),
);
emit('sim.engine.preview_two_levers.new_seed', previewCold, 'ms');
// The same 1,000 trials again with other levers: what the API does for a series of scenarios on one seed.
runSimulation({ ...full, seed: 999 }, model);
emit(
  'sim.engine.1000_trials_two_levers.same_seed',
  median(
    Array.from({ length: 3 }, (_, i) =>
      time(() =>
        runSimulation({ ...full, seed: 999, legalMandate: { remediationDays: 20 + i, compliance: 0.5 } }, model),
      ),
    ),
  ),
  'ms',
);
emit(
  'sim.engine.bounty_200_trials',
  median(
    Array.from({ length: 3 }, (_, i) =>
      time(() => runSimulation({ bounty: { amountJpy: 100_000 }, trials: 200, seed: i }, model)),
    ),
  ),
  'ms',
);
