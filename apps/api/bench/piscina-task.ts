import { workerData } from 'node:worker_threads';
import { HistoryCache, runSimulation } from '@kaiji/sim';
import { loadModel } from '../src/simulation/model.ts';

/**
 * The simulation worker as a piscina task, for pool.bench.ts: the same engine, model and history cache as
 * src/simulation/worker.ts, behind piscina's task interface instead of our messages.
 */
const { model } = loadModel((workerData as { dataDir?: string } | undefined)?.dataDir);
const cache = new HistoryCache();

export default function simulate(job: { input: unknown; mode: 'monteCarlo' | 'preview' }) {
  const startedAt = performance.timeOrigin + performance.now();
  const result = runSimulation(job.input, model, { mode: job.mode, cache });
  return { result, startedAt, computedAt: performance.timeOrigin + performance.now() };
}
