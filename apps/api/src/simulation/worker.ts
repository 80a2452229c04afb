import { parentPort, workerData } from 'node:worker_threads';
import {
  HistoryCache,
  runBacktest,
  runSensitivityRuns,
  runSimulation,
  SimulationInputError,
  type BacktestOptions,
  type SensitivityOptions,
} from '@kaiji/sim';
import { loadModel } from './model.ts';

/** A simulation worker: the Monte Carlo trials run here, off the thread that serves HTTP. */
export type SimulationJob =
  | { id: number; kind: 'simulate'; input: unknown; mode: 'monteCarlo' | 'preview' }
  | { id: number; kind: 'backtest'; options: BacktestOptions }
  | { id: number; kind: 'sensitivity'; input: unknown; part?: SensitivityOptions['part'] };

const { model } = loadModel((workerData as { dataDir?: string } | undefined)?.dataDir);
// The histories of the last run, so that a series of scenarios on one seed (a slider drag) redraws nothing.
const cache = new HistoryCache();

parentPort!.on('message', (job: SimulationJob) => {
  try {
    const startedAt = performance.timeOrigin + performance.now();
    const result =
      job.kind === 'backtest'
        ? runBacktest(model, job.options)
        : job.kind === 'sensitivity'
          ? runSensitivityRuns(job.input, model, { cache, ...(job.part ? { part: job.part } : {}) })
          : runSimulation(job.input, model, { mode: job.mode, cache });
    const computedAt = performance.timeOrigin + performance.now();
    parentPort!.postMessage({ id: job.id, ok: true, result, timing: { startedAt, computedAt } });
  } catch (error) {
    const e = error as Error;
    parentPort!.postMessage({
      id: job.id,
      ok: false,
      error:
        error instanceof SimulationInputError
          ? { kind: 'input', message: e.message, path: error.path, messageJa: error.messageJa, issues: error.issues }
          : { kind: 'internal', message: e.message },
    });
  }
});
parentPort!.postMessage({ ready: true });
