import { createGraphQLError } from 'graphql-yoga';
import {
  BACKTEST_TRIALS,
  DEFAULT_SEED,
  METRIC_KEYS,
  mergeSensitivityRuns,
  parseSimulationInput,
  SimulationInputError,
  tornadoOf,
  type BacktestResult,
  type MetricKey,
  type SensitivityResult,
  type SensitivityRuns,
  type SimulationResult,
} from '@kaiji/sim';
import { invalidInput } from './errors.ts';
import { loadModel, type LoadedModel } from './model.ts';
import { SimulationPool, type PoolOptions, type WorkerTiming } from './pool.ts';
import type { JobResult, SimulationJob } from './worker.ts';

export type SimulationMode = Extract<SimulationJob, { kind: 'simulate' }>['mode'];

const METRICS = new Set<string>(METRIC_KEYS);

/** The backtest's trials: at most this many (it runs the baseline only; MODEL.md §6 says why 40 suffice). */
export const MAX_BACKTEST_TRIALS = 200;

export type SimulatorOptions = Partial<PoolOptions>;

/**
 * Runs simulations on worker threads with a bounded queue. Inputs are checked on the calling thread first, so
 * a wrong input is refused at once, naming its field, without taking a worker.
 */
export class Simulator {
  private loaded: LoadedModel | undefined;
  private pool: SimulationPool;
  private readonly options: PoolOptions;

  constructor(options: SimulatorOptions = {}) {
    this.options = {
      workers: options.workers ?? Number(process.env.KAIJI_SIM_WORKERS ?? 1),
      maxQueue: options.maxQueue ?? 4,
      timeoutMs: options.timeoutMs ?? 60_000,
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    };
    this.pool = new SimulationPool(this.options);
  }

  /** The model as loaded on this thread (for checking inputs and describing assumptions). */
  get model(): LoadedModel {
    this.loaded ??= loadModel(this.options.dataDir);
    return this.loaded;
  }

  /**
   * Checks an input and fills its defaults; throws a BAD_USER_INPUT error naming the field, as a path from
   * `argument` (where the input was given).
   */
  check(input: unknown, argument = 'input') {
    try {
      return parseSimulationInput(input, this.model.model.assumptions, this.model.model.calendar.asOf);
    } catch (error) {
      if (error instanceof SimulationInputError) throw invalidInput(error, argument);
      throw error;
    }
  }

  run(input: unknown, mode: SimulationMode = 'monteCarlo'): Promise<SimulationResult> {
    this.check(input);
    return this.submit({ kind: 'simulate', input, mode }) as Promise<SimulationResult>;
  }

  /** Tornado runs by scenario, newest last; a few scenarios' worth (each is 23 small records of 13 numbers). */
  private tornadoRuns = new Map<string, Promise<SensitivityRuns>>();
  static readonly TORNADO_RUNS_KEPT = 32;

  /**
   * A tornado of one metric for the input. Its runs keep every metric, and are kept per scenario (the input as
   * parsed, without its trials, which a tornado does not use): the page's other metrics, the deck and the
   * workbook of the same scenario read the same runs instead of making them again. With more than one worker,
   * the runs are shared out among them (assumptions round-robin, the base run with the first part).
   */
  sensitivity(input: unknown, metric: MetricKey): Promise<SensitivityResult> {
    const parsed = this.check(input);
    if (!METRICS.has(metric)) return Promise.reject(new Error(`unknown metric ${metric}`));
    const key = JSON.stringify({ ...parsed, trials: null });
    let runs = this.tornadoRuns.get(key);
    if (runs) {
      // Most recently used last, so the oldest scenario is the one dropped.
      this.tornadoRuns.delete(key);
    } else {
      runs = this.makeTornadoRuns(input);
      // A failure (busy, timeout) is not kept: the next request tries again.
      const made = runs;
      made.catch(() => {
        if (this.tornadoRuns.get(key) === made) this.tornadoRuns.delete(key);
      });
      for (const old of this.tornadoRuns.keys()) {
        if (this.tornadoRuns.size < Simulator.TORNADO_RUNS_KEPT) break;
        this.tornadoRuns.delete(old);
      }
    }
    this.tornadoRuns.set(key, runs);
    return runs.then((r) => tornadoOf(r, metric));
  }

  /** Tornadoes whose runs were made, not read from those kept (for tests and the benchmark). */
  tornadoRunsMade = 0;

  private makeTornadoRuns(input: unknown): Promise<SensitivityRuns> {
    this.tornadoRunsMade++;
    const keys = this.model.model.assumptions.map((a) => a.key);
    const parts = Math.max(1, Math.min(this.options.workers, keys.length));
    if (parts === 1) return this.submit({ kind: 'sensitivity', input }) as Promise<SensitivityRuns>;
    const jobs = Array.from({ length: parts }, (_, p) =>
      this.submit({
        kind: 'sensitivity',
        input,
        part: { assumptions: keys.filter((_, i) => i % parts === p), base: p === 0 },
      }),
    ) as Promise<SensitivityRuns>[];
    return Promise.all(jobs).then((done) => mergeSensitivityRuns(done, this.model.model));
  }

  /** Backtests by (trials, seed), kept until the model reloads: a backtest is deterministic and costly. */
  private backtests = new Map<string, Promise<BacktestResult>>();

  /**
   * The backtest (runBacktest of @kaiji/sim) on a worker, once per model, trials and seed. Refuses trials outside
   * 1..MAX_BACKTEST_TRIALS or a seed beyond 32 bits with a BAD_USER_INPUT naming the argument.
   */
  backtest(trials: number = BACKTEST_TRIALS, seed: number = DEFAULT_SEED): Promise<BacktestResult> {
    if (!Number.isInteger(trials) || trials < 1 || trials > MAX_BACKTEST_TRIALS) {
      throw createGraphQLError(
        `Invalid backtest argument: trials must be an integer from 1 to ${MAX_BACKTEST_TRIALS}`,
        {
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'trials',
            messageJa: `trials は 1 以上 ${MAX_BACKTEST_TRIALS} 以下の整数で指定してください（指定値: ${trials}）`,
            http: { status: 400 },
          },
        },
      );
    }
    const key = `${trials}|${seed}`;
    let result = this.backtests.get(key);
    if (!result) {
      result = this.submit({ kind: 'backtest', options: { trials, seed } }) as Promise<BacktestResult>;
      // A failure (busy, timeout) is not kept: the next request tries again.
      result.catch(() => this.backtests.delete(key));
      this.backtests.set(key, result);
    }
    return result;
  }

  /** The timing of the last result a worker sent (for the benchmark). */
  get lastTiming(): WorkerTiming | undefined {
    return this.pool.lastTiming;
  }

  /** Jobs handed to the pool so far (an input refused by check() never is). */
  jobsSubmitted = 0;

  private submit(job: SimulationJob): Promise<JobResult> {
    this.jobsSubmitted++;
    return this.pool.run(job);
  }

  /** After data/ changed: reload the model here and in fresh workers (jobs still running are refused). */
  async reload(): Promise<void> {
    this.loaded = undefined;
    this.backtests.clear();
    this.tornadoRuns.clear();
    const old = this.pool;
    this.pool = new SimulationPool(this.options);
    await old.close();
  }

  async close(): Promise<void> {
    await this.pool.close();
  }
}
