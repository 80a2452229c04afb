/**
 * Our simulation worker pool against piscina, in the same run, one JSON object per line ({"name", "value", "unit"}):
 *
 *   pnpm --filter @kaiji/api bench   (tsx bench/pool.bench.ts alone for this one)
 *
 * Both run the same bundled engine on one worker thread with a kept history cache, and are given the same jobs
 * in turn: a slider's previews (small jobs, where a pool's own cost shows most) and 1,000-trial runs to 2030.
 * For each job the pool's cost is the round trip from the call to the result in hand, less the engine's time in
 * the worker: dispatch, the input's and the result's structured clone, and waking the caller. Issue 13 asks for a
 * maintained pool unless ours is better; these figures decide (apps/api/README.md says what was decided).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDataDir } from '@kaiji/sim/node';
import { Piscina } from 'piscina';
import { Simulator } from '../src/simulation/simulator.ts';
import { bundleModule } from '../src/simulation/worker-bundle.ts';

const line = (name: string, value: number, unit: string) =>
  console.log(JSON.stringify({ name, value: Number(value.toPrecision(4)), unit }));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const dir = mkdtempSync(join(tmpdir(), 'kaiji-pool-bench-'));
const ours = new Simulator({ workers: 1, maxQueue: 4, timeoutMs: 600_000 });
const task = await bundleModule(fileURLToPath(new URL('./piscina-task.ts', import.meta.url)), join(dir, 'task.mjs'));
const theirs = new Piscina({
  filename: task.href,
  minThreads: 1,
  maxThreads: 1,
  maxQueue: 4,
  workerData: { dataDir: defaultDataDir() },
});

type Job = { input: object; mode: 'monteCarlo' | 'preview' };
const now = () => performance.timeOrigin + performance.now();

async function viaOurs(job: Job) {
  const start = now();
  await ours.run(job.input, job.mode);
  const end = now();
  const t = ours.lastTiming!;
  return { total: end - start, pool: end - start - (t.computedAt - t.startedAt) };
}

async function viaPiscina(job: Job) {
  const start = now();
  // The same check on the calling thread as ours makes, so that only the pools differ.
  ours.check(job.input);
  const r = (await theirs.run(job)) as { startedAt: number; computedAt: number };
  const end = now();
  return { total: end - start, pool: end - start - (r.computedAt - r.startedAt) };
}

const twoLevers = {
  forcedPublication: { afterDays: 45, appliesTo: 'ALL_PRODUCT_REPORTS' },
  legalMandate: { remediationDays: 30, compliance: 0.5 },
  until: '2030-03-31',
  startsOn: '2027-04-01',
};
const previews: Job[] = Array.from({ length: 15 }, (_, i) => ({
  input: { ...twoLevers, legalMandate: { remediationDays: 30 + i, compliance: 0.5 } },
  mode: 'preview',
}));
const runs: Job[] = Array.from({ length: 3 }, (_, i) => ({
  input: { ...twoLevers, legalMandate: { remediationDays: 20 + i, compliance: 0.5 }, trials: 1000, seed: 400 },
  mode: 'monteCarlo',
}));

try {
  // Start both workers and warm them (bundling, model, JIT, the seed's histories): not reported.
  for (const job of [runs[0]!, previews[0]!]) {
    await viaOurs(job);
    await viaPiscina(job);
  }
  for (const [name, jobs] of [
    ['preview_slider', previews],
    ['1000_trials_two_levers_to_2030.same_seed', runs],
  ] as const) {
    const a: { total: number; pool: number }[] = [];
    const b: { total: number; pool: number }[] = [];
    // In turn, so that the machine's load falls on both alike.
    for (const job of jobs) {
      a.push(await viaOurs(job));
      b.push(await viaPiscina(job));
    }
    const oursPool = median(a.map((r) => r.pool));
    const theirsPool = median(b.map((r) => r.pool));
    line(`api.pool.${name}.ours.total`, median(a.map((r) => r.total)), 'ms');
    line(`api.pool.${name}.ours.pool_cost`, oursPool, 'ms');
    line(`api.pool.${name}.piscina.total`, median(b.map((r) => r.total)), 'ms');
    line(`api.pool.${name}.piscina.pool_cost`, theirsPool, 'ms');
    line(`api.pool.${name}.piscina_over_ours.pool_cost`, theirsPool / oursPool, 'ratio');
  }
} finally {
  await ours.close();
  await theirs.destroy();
  rmSync(dir, { recursive: true, force: true });
}
