import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';

/**
 * The units data/simulation writes (`days`, `working days`, `share`, …) as a member reads them in the page's
 * language. A unit that data/ adds later shows as written until it is given a label here.
 */
const UNIT_LABELS: Record<string, (inputs: object, options?: { locale?: Locale }) => string> = {
  days: m.unit_days,
  'working days': m.unit_working_days,
  reports: m.unit_reports,
  share: m.unit_share,
  JPY: m.unit_jpy,
  'reports/working day': m.unit_reports_per_working_day,
  elasticity: m.unit_elasticity,
  'log days': m.unit_log_days,
  ratio: m.unit_ratio,
  shape: m.unit_shape,
};

/** In the page's language, or in `locale` (a file made on the server names its own). */
export function unitLabel(unit: string, locale?: Locale): string {
  return UNIT_LABELS[unit]?.({}, locale ? { locale } : {}) ?? unit;
}
