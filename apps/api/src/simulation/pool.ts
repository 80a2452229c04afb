import { Piscina } from 'piscina';
import { defaultDataDir } from '@kaiji/sim/node';
import { invalidInput, simulatorBusy } from './errors.ts';
import { workerScript } from './worker-bundle.ts';
import type { JobReply, JobResult, SimulationJob } from './worker.ts';

export interface PoolOptions {
  /** Worker threads; one leaves the other core of a two-core machine to HTTP. */
  workers: number;
  /** Jobs waiting beyond those running; more are refused as busy rather than queued without end. */
  maxQueue: number;
  /** A job not answered this long after it was handed over is abandoned, and a running one's worker replaced. */
  timeoutMs: number;
  dataDir?: string;
}

/** Epoch milliseconds: the job started and ended in the worker, and its reply was received here. */
export interface WorkerTiming {
  startedAt: number;
  computedAt: number;
  receivedAt: number;
}

/**
 * The simulation workers: a piscina pool (issue 13: a maintained pool rather than our own) of a fixed number of
 * threads that live as long as the pool, so each keeps its history cache between jobs. Bounded: a job that
 * finds every worker busy and the queue full is refused at once (503); a job past its time is aborted, which
 * ends its worker (piscina starts another).
 */
export class SimulationPool {
  private pool: Promise<Piscina> | undefined;
  /** Jobs handed over and not yet answered. */
  private inFlight = 0;
  private closing = false;

  constructor(private readonly options: PoolOptions) {}

  /** The timing of the last job answered (for the benchmark). */
  lastTiming: WorkerTiming | undefined;

  private started(): Promise<Piscina> {
    this.pool ??= workerScript().then(
      (script) =>
        new Piscina({
          filename: script.href,
          minThreads: this.options.workers,
          maxThreads: this.options.workers,
          // Idle workers stay (minThreads = maxThreads): a worker's history cache is what makes a slider fast.
          idleTimeout: Infinity,
          // The bound is counted in run(): piscina's own maxQueue refuses with a bare Error known only by its
          // message, and counts a starting worker's capacity as queue room.
          maxQueue: Infinity,
          // The data folder is found here: a bundled worker's own location says nothing about where data/ is.
          workerData: { dataDir: this.options.dataDir ?? defaultDataDir() },
        }),
    );
    return this.pool;
  }

  /** A backtest runs four projections: it gets five times a simulation's time; a sensitivity about three. */
  private timeoutOf(job: SimulationJob): number {
    return this.options.timeoutMs * (job.kind === 'backtest' ? 5 : job.kind === 'sensitivity' ? 3 : 1);
  }

  async run(job: SimulationJob): Promise<JobResult> {
    if (this.inFlight >= this.options.workers + this.options.maxQueue) throw simulatorBusy();
    this.inFlight++;
    const timeoutMs = this.timeoutOf(job);
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const pool = await this.started();
      let reply: JobReply;
      try {
        reply = (await pool.run(job, { signal })) as JobReply;
      } catch (error) {
        if (signal.aborted) throw new Error(`simulation timed out after ${timeoutMs} ms`, { cause: error });
        if (this.closing) throw new Error('the simulator was closed', { cause: error });
        throw error;
      }
      if (reply.ok) {
        this.lastTiming = { ...reply.timing, receivedAt: performance.timeOrigin + performance.now() };
        return reply.result;
      }
      throw reply.error.kind === 'input' ? invalidInput(reply.error) : new Error(reply.error.message);
    } finally {
      this.inFlight--;
    }
  }

  /** Ends every worker; jobs not answered yet are refused. */
  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    if (!pool) return;
    this.closing = true;
    try {
      await (await pool).destroy();
    } finally {
      this.closing = false;
    }
  }
}
