import { Worker } from 'node:worker_threads';
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
import { defaultDataDir } from '@kaiji/sim/node';
import { loadModel, type LoadedModel } from './model.ts';
import { workerScript } from './worker-bundle.ts';
import type { SimulationJob } from './worker.ts';

export type SimulationMode = Extract<SimulationJob, { kind: 'simulate' }>['mode'];

/** A job before it has an id. */
type JobRequest = SimulationJob extends infer J ? (J extends SimulationJob ? Omit<J, 'id'> : never) : never;

/** Epoch milliseconds: the job started and ended in the worker, the reply was sent, and received here. */
export interface WorkerTiming {
  startedAt: number;
  computedAt: number;
  receivedAt: number;
}

type Reply =
  | {
      id: number;
      ok: true;
      result: SimulationResult | BacktestResult | SensitivityRuns;
      timing: Omit<WorkerTiming, 'receivedAt'>;
    }
  | {
      id: number;
      ok: false;
      error: { kind: 'input' | 'internal'; message: string; path?: string; messageJa?: string; issues?: unknown };
    };

interface Pending {
  job: SimulationJob;
  resolve: (result: SimulationResult | BacktestResult | SensitivityRuns) => void;
  reject: (error: Error) => void;
}

const METRICS = new Set<string>(METRIC_KEYS);

/** The backtest's trials: at most this many (it runs the baseline only; MODEL.md §6 says why 40 suffice). */
export const MAX_BACKTEST_TRIALS = 200;

export interface SimulatorOptions {
  /** Worker threads; one leaves the other core of a two-core machine to HTTP. */
  workers?: number;
  /** Jobs waiting beyond those running; more are refused as busy rather than queued without end. */
  maxQueue?: number;
  /** A job running longer is abandoned and its worker replaced. */
  timeoutMs?: number;
  dataDir?: string;
}

/** The refusal of a job that finds the queue full: a 503 with Retry-After, so clients back off. */
export const simulatorBusy = () =>
  createGraphQLError('The simulator is busy; try again in a few seconds.', {
    extensions: { code: 'SIMULATOR_BUSY', http: { status: 503, headers: { 'Retry-After': '5' } } },
  });

/**
 * An input the engine refuses, naming the field in English, and in Japanese in extensions. The field is a path
 * from the argument: `input.bounty.amountJpy` for `simulate(input:)`, `input.input.bounty.amountJpy` for the
 * JSON in `saveScenario(input: { input })`.
 */
export function invalidInput(
  error: { message: string; path?: string; messageJa?: string; issues?: unknown },
  argument = 'input',
) {
  const field = `${argument}.${error.path ?? ''}`.replace(/\.$/, '');
  return createGraphQLError(`Invalid SimulationInput: ${field}: ${error.message}`, {
    extensions: {
      code: 'BAD_USER_INPUT',
      field,
      messageJa: error.messageJa,
      issues: error.issues,
      http: { status: 400 },
    },
  });
}

/** One worker thread, started when a job needs it and replaced (at the next job) when it fails. */
class SimulationWorker {
  private worker: Worker | undefined;
  private ready: Promise<Worker> | undefined;
  current: { pending: Pending; timer: NodeJS.Timeout } | undefined;

  constructor(
    private readonly options: Required<Omit<SimulatorOptions, 'dataDir'>> & { dataDir?: string },
    private readonly onIdle: () => void,
  ) {}

  /** The worker once it says it is ready: started from the bundled script (worker-bundle.ts) at the first job. */
  private start(): Promise<Worker> {
    if (this.ready) return this.ready;
    const ready = workerScript().then((script) => {
      // The data folder is found here: a bundled worker's own location says nothing about where data/ is.
      const worker = new Worker(script, { workerData: { dataDir: this.options.dataDir ?? defaultDataDir() } });
      worker.unref();
      this.worker = worker;
      this.listen(worker);
      return new Promise<Worker>((resolve, reject) => {
        const onMessage = (m: { ready?: boolean }) => {
          if (m.ready) {
            worker.off('message', onMessage);
            resolve(worker);
          }
        };
        worker.on('message', onMessage);
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`simulation worker exited with code ${code} while starting`)));
      });
    });
    ready.catch(() => undefined);
    this.ready = ready;
    return ready;
  }

  private listen(worker: Worker): void {
    worker.on('message', (reply: Reply | { ready: true }) => {
      if (!('id' in reply) || !this.current || reply.id !== this.current.pending.job.id) return;
      const { pending, timer } = this.current;
      clearTimeout(timer);
      this.current = undefined;
      if (reply.ok) {
        this.lastTiming = { ...reply.timing, receivedAt: performance.timeOrigin + performance.now() };
        pending.resolve(reply.result);
      } else if (reply.error.kind === 'input') pending.reject(invalidInput(reply.error));
      else pending.reject(new Error(reply.error.message));
      this.onIdle();
    });
    worker.on('error', (error) => {
      if (worker === this.worker) this.fail(error);
    });
    worker.on('exit', (code) => {
      if (worker === this.worker) this.fail(new Error(`simulation worker exited with code ${code}`));
    });
  }

  /** When the last result was computed, sent and received (epoch ms), for the benchmark. */
  lastTiming: WorkerTiming | undefined;

  get busy(): boolean {
    return this.current !== undefined;
  }

  run(pending: Pending): void {
    // A backtest runs four projections: it gets five times a simulation's time.
    // A sensitivity makes up to 1 + 2 × assumptions runs of SENSITIVITY_TRIALS trials: about three runs' time.
    const timeoutMs =
      this.options.timeoutMs * (pending.job.kind === 'backtest' ? 5 : pending.job.kind === 'sensitivity' ? 3 : 1);
    const timer = setTimeout(() => {
      this.fail(new Error(`simulation timed out after ${timeoutMs} ms`));
    }, timeoutMs);
    timer.unref();
    this.current = { pending, timer };
    const ready = this.start();
    ready.then(
      (worker) => {
        if (worker === this.worker && this.current?.pending === pending) worker.postMessage(pending.job);
      },
      (error: Error) => {
        if (this.ready === ready) this.fail(error);
      },
    );
  }

  private rejectCurrent(error: Error): void {
    const current = this.current;
    this.current = undefined;
    if (current) {
      clearTimeout(current.timer);
      current.pending.reject(error);
    }
  }

  /** Drops the worker (the next job starts a new one) and fails the job it had. */
  private fail(error: Error): void {
    const broken = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    void broken?.terminate();
    this.rejectCurrent(error);
    this.onIdle();
  }

  async terminate(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    this.rejectCurrent(new Error('the simulator was restarted'));
    await worker?.terminate();
  }
}

/**
 * Runs simulations on worker threads with a bounded queue. Inputs are checked on the calling thread first, so
 * a wrong input is refused at once, naming its field, without taking a worker.
 */
export class Simulator {
  private loaded: LoadedModel | undefined;
  private workers: SimulationWorker[] | undefined;
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private readonly options: Required<Omit<SimulatorOptions, 'dataDir'>> & { dataDir?: string };

  constructor(options: SimulatorOptions = {}) {
    this.options = {
      workers: options.workers ?? Number(process.env.KAIJI_SIM_WORKERS ?? 1),
      maxQueue: options.maxQueue ?? 4,
      timeoutMs: options.timeoutMs ?? 60_000,
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    };
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

  /** The timing of the last result any worker sent (for the benchmark). */
  get lastTiming(): WorkerTiming | undefined {
    let last: WorkerTiming | undefined;
    for (const w of this.workers ?? [])
      if (w.lastTiming && (!last || w.lastTiming.receivedAt > last.receivedAt)) last = w.lastTiming;
    return last;
  }

  /** Jobs handed to the queue so far (an input refused by check() never is). */
  jobsSubmitted = 0;

  private submit(request: JobRequest): Promise<SimulationResult | BacktestResult | SensitivityRuns> {
    this.jobsSubmitted++;
    const workers = (this.workers ??= Array.from(
      { length: Math.max(1, this.options.workers) },
      () => new SimulationWorker(this.options, () => this.dispatch()),
    ));
    const waiting = this.queue.length + workers.filter((w) => w.busy).length - workers.length;
    if (waiting >= this.options.maxQueue) return Promise.reject(simulatorBusy());
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { ...request, id: this.nextId++ }, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    for (const worker of this.workers ?? []) {
      if (this.queue.length === 0) return;
      if (!worker.busy) worker.run(this.queue.shift()!);
    }
  }

  /** After data/ changed: reload the model here and in fresh workers. */
  async reload(): Promise<void> {
    this.loaded = undefined;
    this.backtests.clear();
    this.tornadoRuns.clear();
    const old = this.workers;
    this.workers = undefined;
    await Promise.all((old ?? []).map((w) => w.terminate()));
  }

  async close(): Promise<void> {
    for (const pending of this.queue.splice(0)) pending.reject(new Error('the simulator was closed'));
    await Promise.all((this.workers ?? []).map((w) => w.terminate()));
    this.workers = undefined;
  }
}
