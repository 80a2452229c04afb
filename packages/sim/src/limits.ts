// What an input may hold, apart from its checks: no imports, so that a browser page can show and check the
// limits (@kaiji/sim/limits) without loading zod and the engine.

/** More trials than this per run are refused: 2,000 trials take a few seconds on one core. */
export const MAX_TRIALS = 2000;
export const DEFAULT_TRIALS = 200;
export const DEFAULT_SEED = 20200930;
/** The latest quarter end a run may project to. */
export const MAX_UNTIL = '2040-03-31';

export type InputRange = { min: number; max: number; integer: boolean };

/**
 * The allowed range of every numeric field of the input. The bounds are what the engine can run sensibly, not
 * what the evidence supports: leaving the evidence gives a warning in the result (data/simulation/levers.yaml),
 * leaving these bounds is an error.
 */
export const INPUT_RANGES = {
  'forcedPublication.afterDays': { min: 0, max: 7300, integer: true },
  'bounty.amountJpy': { min: 0, max: 10_000_000, integer: true },
  'legalMandate.remediationDays': { min: 1, max: 3650, integer: true },
  'legalMandate.compliance': { min: 0, max: 1, integer: false },
  'staffCapacity.reportsPerWorkingDay': { min: 0.5, max: 40, integer: false },
  trials: { min: 1, max: MAX_TRIALS, integer: true },
  seed: { min: -2147483648, max: 2147483647, integer: true },
} as const satisfies Record<string, InputRange>;
