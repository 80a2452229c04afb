import { MAX_UNTIL } from '@kaiji/sim/limits';
import { INTAKE_START, REPORT_DATE } from '@kaiji/kb/dates';

/**
 * When a scenario's levers take effect (startsOn) and how far it runs (until): the presets of the controls and
 * the checks a typed date or a link's date meets before the engine sees it. The engine checks them again.
 */

/**
 * The day the data end: Chapter 1's statistics date, the report's (the model's calendar says it too; a link read
 * before the model is at hand uses this).
 */
export const DATA_ENDS_ON = REPORT_DATE;
export { INTAKE_START, MAX_UNTIL };

/** The start the study group asks about first: the fiscal year 2027 (April). */
export const START_PRESETS = ['2027-04-01'] as const;
/** The horizons offered beside the data's end: fiscal-year ends. */
export const HORIZONS = ['2030-03-31', '2035-03-31'] as const;

export type DateProblem = 'notDate' | 'notQuarterEnd' | 'dateOutside';

const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'];

/**
 * A real calendar day written YYYY-MM-DD (2021-02-30 is not one): kb's isIsoDate (zod's z.iso.date, the data's
 * rule) restated without zod, which /simulate's first load would otherwise carry for this one check.
 * timing.test.ts holds the two to the same answers.
 */
export function isIsoDay(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** A horizon: a quarter end from the data's end to MAX_UNTIL. */
export function checkUntil(v: string, dataEndsOn: string = DATA_ENDS_ON): DateProblem | null {
  if (!isIsoDay(v)) return 'notDate';
  if (!QUARTER_ENDS.includes(v.slice(5))) return 'notQuarterEnd';
  if (v < dataEndsOn || v > MAX_UNTIL) return 'dateOutside';
  return null;
}

/** A start date: from the Partnership's first day of intake (an earlier one is "always") to the run's end. */
export function checkStartsOn(v: string, until: string | null, dataEndsOn: string = DATA_ENDS_ON): DateProblem | null {
  if (!isIsoDay(v)) return 'notDate';
  if (v < INTAKE_START || v > (until ?? dataEndsOn)) return 'dateOutside';
  return null;
}
