import { workerData } from 'node:worker_threads';
import {
  HistoryCache,
  runBacktest,
  runSensitivityRuns,
  runSimulation,
  SimulationInputError,
  type BacktestOptions,
  type BacktestResult,
  type SensitivityOptions,
  type SensitivityRuns,
  type SimulationResult,
} from '@kaiji/sim';
import { loadModel } from './model.ts';

/** A job for a simulation worker: the Monte Carlo trials run there, off the thread that serves HTTP. */
export type SimulationJob =
  | { kind: 'simulate'; input: unknown; mode: 'monteCarlo' | 'preview' }
  | { kind: 'backtest'; options: BacktestOptions }
  | { kind: 'sensitivity'; input: unknown; part?: SensitivityOptions['part'] };

export type JobResult = SimulationResult | BacktestResult | SensitivityRuns;

/**
 * What a job gives back. A refusal comes back as a value, not thrown: an error crossing threads keeps only its
 * message, and the input's refusal must keep its field and its Japanese text.
 */
export type JobReply =
  | { ok: true; result: JobResult; timing: { startedAt: number; computedAt: number } }
  | {
      ok: false;
      error: { kind: 'input' | 'internal'; message: string; path?: string; messageJa?: string; issues?: unknown };
    };

const { model } = loadModel((workerData as { dataDir?: string } | undefined)?.dataDir);
// The histories of the last run, so that a series of scenarios on one seed (a slider drag) redraws nothing.
const cache = new HistoryCache();

/** The worker's task (piscina's default export): one job, with when it started and ended (epoch ms). */
export default function runJob(job: SimulationJob): JobReply {
  try {
    const startedAt = performance.timeOrigin + performance.now();
    const result =
      job.kind === 'backtest'
        ? runBacktest(model, job.options)
        : job.kind === 'sensitivity'
          ? runSensitivityRuns(job.input, model, { cache, ...(job.part ? { part: job.part } : {}) })
          : runSimulation(job.input, model, { mode: job.mode, cache });
    return { ok: true, result, timing: { startedAt, computedAt: performance.timeOrigin + performance.now() } };
  } catch (error) {
    const e = error as Error;
    return {
      ok: false,
      error:
        error instanceof SimulationInputError
          ? { kind: 'input', message: e.message, path: error.path, messageJa: error.messageJa, issues: error.issues }
          : { kind: 'internal', message: e.message },
    };
  }
}
