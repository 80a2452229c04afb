/**
 * Counter-based random numbers: each uniform is a hash of (seed, trial, case, draw purpose).
 *
 * A sequential generator hands out numbers in order, so a lever that needs one more draw for one case would
 * shift every later case's numbers and the scenario would differ from the baseline for no reason. Hashing the
 * coordinates instead gives each (trial, case, purpose) its own number whatever else is drawn: common random
 * numbers hold exactly, and a scenario with no lever reproduces the baseline bit for bit.
 *
 * The mixer is lowbias32 (C. Wellons, "Prospecting for Hash Functions", 2018): a 32-bit finaliser with
 * near-ideal avalanche. Math.imul and shifts are exact integer operations in every JavaScript engine.
 */

export function lowbias32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

const GOLDEN = 0x9e3779b9;

/** A key for one trial of one seed. */
export function trialKey(seed: number, trial: number): number {
  return lowbias32((lowbias32(seed | 0) ^ Math.imul(trial + 1, GOLDEN)) >>> 0);
}

/** A key for one case within a trial. */
export function caseKey(trial: number, caseId: number): number {
  return lowbias32((trial + Math.imul(caseId + 1, 0x85ebca6b)) >>> 0);
}

/** The part of caseKey that depends on the case alone, for loops that key one case in many trials. */
export function caseMix(caseId: number): number {
  return Math.imul(caseId + 1, 0x85ebca6b);
}

/** caseKey(trial, caseId) from caseMix(caseId). */
export function caseKeyOfMix(trial: number, mix: number): number {
  return lowbias32((trial + mix) >>> 0);
}

/**
 * The key of one case's lever draws in one trial (anticipation, compliance), from the trial key: the case's mix
 * added, not hashed, since uniform(key, purpose) hashes it once more. These draws run millions of times a run
 * (every report a deadline reaches, in every trial), and a second hash per draw was a third of their cost. The
 * trial key is itself a hash, so the sum is as well spread as caseKey's input (a raw trial index plus the mix).
 */
export function leverKey(trialKey: number, caseId: number): number {
  return (trialKey + caseMix(caseId)) >>> 0;
}

/** leverKey(trialKey, caseId) from caseMix(caseId). */
export function leverKeyOfMix(trialKey: number, mix: number): number {
  return (trialKey + mix) >>> 0;
}

/** A uniform in (0, 1), never 0 or 1, for one purpose of one case. */
export function uniform(key: number, purpose: number): number {
  return uniformOfMix(key, purposeMix(purpose));
}

/** uniform(key, purpose) from purposeMix(purpose). */
export function uniformOfMix(key: number, mix: number): number {
  return (lowbias32((key ^ mix) >>> 0) + 0.5) / 4294967296;
}

/** The part of uniform(key, purpose) that depends on the purpose alone, for loops that draw one purpose for many cases. */
export function purposeMix(purpose: number): number {
  return Math.imul(purpose + 1, 0xc2b2ae35);
}

/** The bound that belowBound compares with for a share: share * 2^32, worked out once for a loop of draws. */
export function shareBound(share: number): number {
  return share * 4294967296;
}

/**
 * Whether uniform(key, purpose) < share, as 1 or 0, from purposeMix(purpose) and shareBound(share), without the
 * division: the uniform is (h + 1/2) / 2^32, and dividing or multiplying by a power of two is exact, so the
 * comparison is the same as h + 1/2 < share * 2^32. A loop over thousands of cases may multiply by the result
 * rather than branch on it: which cases fall below is as unpredictable as the draw, and a mispredicted branch
 * costs more than the hash.
 */
export function belowBound(key: number, mix: number, bound: number): number {
  return +(lowbias32((key ^ mix) >>> 0) + 0.5 < bound);
}

/**
 * Draw purposes; each report uses each at most once per history or trial. The numbers are part of the engine's
 * output: renumbering one changes every result (and needs a new fit), so retired purposes keep their gaps.
 */
export const Draw = {
  triage: 0,
  path: 2,
  duration: 4,
  unreachableDelay: 5,
  resume: 6,
  committee: 7,
  completion: 8,
  anticipation: 9,
  compliance: 10,
  extraValidity: 11,
  extraOrigin: 12,
} as const;

/** Case ids at and above this one are reserved for per-trial draws (the assumptions drawn from their ranges). */
export const ASSUMPTION_CASE_BASE = 0x7ff00000;

/** Case ids from this one up to ASSUMPTION_CASE_BASE are the per-history draws of the intake after the data end. */
export const INTAKE_CASE_BASE = 0x7fe00000;
