import type { StoredDraws } from './histories.ts';
import type { Arrivals } from './intake.ts';
import type { LeverCache } from './lever-cache.ts';
import type { ModelRuntime } from './runtime.ts';
import type { Tally } from './tally.ts';
import { TrialLevers } from './trial-levers.ts';

/**
 * What a run writes its per-trial values into: [arm][measure * trials + trial]; the baseline's series per history,
 * [series][history * quarters + quarter] (every trial on a history has its baseline); the scenario's per trial,
 * [series][column * quarters + quarter]; which of the scenario's quarters differ from the baseline in some trial,
 * [series][quarter]; and the trial's levers. A run summarises them before it returns and never reads them
 * afterwards, so the next run may write into the same buffers: a 1,000-trial run's are about 9 MB, which allocated
 * anew each run cost the page faults of fresh memory and the collections it set off.
 */
export interface RunBuffers {
  trials: number;
  quarters: number;
  measures: [Float64Array, Float64Array];
  series: [Float64Array[], Float64Array[]];
  differs: Uint8Array[];
  levers: TrialLevers;
}

/** New buffers for a run (measures and differs zeroed; every series value and lever is written before it is read). */
export function newRunBuffers(
  trials: number,
  histories: number,
  quarters: number,
  measures: number,
  series: number,
): RunBuffers {
  const arm = (columns: number) => Array.from({ length: series }, () => new Float64Array(columns * quarters));
  return {
    trials,
    quarters,
    measures: [new Float64Array(measures * trials), new Float64Array(measures * trials)],
    series: [arm(histories), arm(trials)],
    differs: Array.from({ length: series }, () => new Uint8Array(quarters)),
    levers: new TrialLevers(quarters),
  };
}

/** One drawn history: the reports as they arrive, every report's draws, and the baseline they give. */
export interface History {
  arrivals: Arrivals;
  /**
   * Whether `arrivals` belong to this history alone (a projection's), so that the history that replaces it may
   * write into their buffers; otherwise they are the runtime's, shared by every history, and never written.
   */
  ownsArrivals: boolean;
  draws: StoredDraws;
  baseline: Tally;
  /** What the levers of the latest run do to this history, kept for the next run (lever-cache.ts). */
  levers: LeverCache | null;
}

/**
 * The histories of the last run, for the next run on the same model, seed and structure: a slider drag or a
 * series of scenarios against one baseline then redraws nothing. The caller owns it (a worker keeps one, a test
 * makes its own), so no run depends on what an unrelated earlier run left behind. About 15 MB for 40 histories.
 */
export class HistoryCache {
  private runtime: ModelRuntime | undefined;
  private key = '';
  private histories: History[] = [];
  private buffers: RunBuffers | undefined;

  /** The last run's buffers if they have this run's layout (their measures and differs zeroed), else new ones kept for the next. */
  runBuffers(trials: number, histories: number, quarters: number, measures: number, series: number): RunBuffers {
    const b = this.buffers;
    if (
      b &&
      b.trials === trials &&
      b.quarters === quarters &&
      b.series[0][0]!.length === histories * quarters &&
      b.measures[0].length === measures * trials
    ) {
      b.measures[0].fill(0);
      b.measures[1].fill(0);
      for (const d of b.differs) d.fill(0);
      return b;
    }
    return (this.buffers = newRunBuffers(trials, histories, quarters, measures, series));
  }

  /**
   * The histories for (runtime, key), drawn by `draw` unless this cache holds them. `draw` is given the histories
   * it replaces, whose buffers it may take over (they are never used again): two sets are never held at once.
   */
  get(runtime: ModelRuntime, key: string, draw: (spent: History[]) => History[]): History[] {
    if (this.runtime !== runtime || this.key !== key) {
      const spent = this.histories;
      this.histories = [];
      this.runtime = undefined;
      this.histories = draw(spent);
      this.runtime = runtime;
      this.key = key;
    }
    return this.histories;
  }

  clear(): void {
    this.runtime = undefined;
    this.key = '';
    this.histories = [];
    this.buffers = undefined;
  }
}
