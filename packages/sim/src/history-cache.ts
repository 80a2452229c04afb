import type { StoredDraws } from './histories.ts';
import type { Arrivals } from './intake.ts';
import type { LeverCache } from './lever-cache.ts';
import type { ModelRuntime } from './runtime.ts';
import type { Tally } from './tally.ts';

/** One drawn history: the reports as they arrive, every report's draws, and the baseline they give. */
export interface History {
  arrivals: Arrivals;
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
  }
}
