import { Draw, uniform } from './random.ts';
import type { ModelRuntime } from './runtime.ts';

/**
 * What every report's path shares, whatever its kind: the outcomes Chapter 1 counts, the quarter a day falls in,
 * and the draws every report makes first. product-path.ts and website-path.ts hold each kind's draws, path and
 * record; MODEL.md §2 to §4 describe the paths.
 */

/** Outcomes of a report's path, as Chapter 1 counts them. */
export const Outcome = {
  NOT_ACCEPTED: 0,
  PUBLISHED: 1,
  HANDLED_INDIVIDUALLY: 2,
  NOT_VULNERABLE: 3,
  IN_HANDLING: 4,
  FIXED: 5,
  CLOSED_AFTER_ALERT: 6,
  OPERATOR_UNREACHABLE: 7,
} as const;

export function quarterIndex(rt: ModelRuntime, t: number): number {
  return t < rt.horizon ? rt.calendar.quarterOfDay[t | 0]! : rt.quarters;
}

/**
 * The draws every report makes first, in this order: its key, its triage time, and the one uniform that picks
 * its class (0 for a report known to be invalid, which is then never accepted). Returns that uniform.
 */
export function drawArrival(
  d: { key: number; triage: number },
  rt: ModelRuntime,
  key: number,
  invalid: boolean,
): number {
  d.key = key;
  d.triage = rt.unitExponential.quantile(uniform(key, Draw.triage));
  return invalid ? 0 : uniform(key, Draw.path);
}

/**
 * Days a deadline of `days` allows a case that began (was accepted, or notified) on day t: counted from the
 * levers' start day for a case begun before it and still open then (MODEL.md §4).
 */
export function daysAllowed(t: number, startDay: number, days: number): number {
  return t < startDay ? startDay - t + days : days;
}
