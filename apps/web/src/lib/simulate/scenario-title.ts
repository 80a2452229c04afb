import { formatNumber } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { getLocale, type Locale } from '$lib/paraglide/runtime';
import { formatDate } from './format';
import { matchingPreset } from './link';
import type { Scenario } from './scenario';

/**
 * What a scenario is, in a line for a slide title, a file name or a CSV: the preset's name when it is one,
 * else its levers in words ("45 days to publication (all products) + bounty ¥70,000").
 */
export function scenarioTitle(s: Scenario, locale: Locale = getLocale()): string {
  const preset = matchingPreset(s);
  const o = { locale };
  let title: string;
  if (preset !== 'custom') title = m[`sim_preset_${preset}`]({}, o);
  else {
    const n = (v: number, opts: Intl.NumberFormatOptions = {}) => formatNumber(v, opts, locale);
    const parts: string[] = [];
    if (s.forcedPublication)
      parts.push(
        m.sim_title_fp(
          {
            days: n(s.forcedPublication.afterDays),
            scope:
              s.forcedPublication.appliesTo === 'ALL_PRODUCT_REPORTS'
                ? m.sim_title_fp_all({}, o)
                : m.sim_title_fp_unreachable({}, o),
          },
          o,
        ),
      );
    if (s.bounty)
      parts.push(
        m.sim_title_bounty(
          { amount: n(s.bounty.amountJpy, { style: 'currency', currency: 'JPY', maximumFractionDigits: 0 }) },
          o,
        ),
      );
    if (s.acknowledgement) parts.push(m.sim_title_ack({}, o));
    if (s.legalMandate)
      parts.push(
        m.sim_title_mandate(
          {
            days: n(s.legalMandate.remediationDays),
            compliance: n(s.legalMandate.compliance, { style: 'percent', maximumFractionDigits: 0 }),
          },
          o,
        ),
      );
    if (s.staffCapacity)
      parts.push(
        m.sim_title_capacity({ value: n(s.staffCapacity.reportsPerWorkingDay, { maximumFractionDigits: 2 }) }, o),
      );
    title = parts.length ? parts.join(m.sim_title_join({}, o)) : m.sim_preset_baseline({}, o);
  }
  const timing = [
    ...(s.startsOn ? [m.sim_title_starts({ date: formatDate(s.startsOn, locale) }, o)] : []),
    ...(s.until ? [m.sim_title_until({ date: formatDate(s.until, locale) }, o)] : []),
  ];
  if (timing.length) title = m.sim_title_timing({ title, timing: timing.join(m.sim_title_timing_join({}, o)) }, o);
  const pinned = Object.keys(s.assumptions).length;
  return pinned ? m.sim_title_with_assumptions({ title, count: pinned }, o) : title;
}
