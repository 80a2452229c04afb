import { formatNumber } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import type { Scenario } from './scenario';

/** The levers of a scenario in one line, e.g. "一定期間経過後の公開：45 日（未公表のすべての製品届出）". */
export function leverSummary(s: Scenario, locale: Locale): string {
  const o = { locale };
  const colon = locale === 'ja' ? '：' : ': ';
  const n = (v: number, opts: Intl.NumberFormatOptions = {}) => formatNumber(v, opts, locale);
  const parts: string[] = [];
  if (s.forcedPublication) {
    const scope =
      s.forcedPublication.appliesTo === 'ALL_PRODUCT_REPORTS'
        ? m.sim_fp_scope_all({}, o)
        : m.sim_fp_scope_unreachable({}, o);
    const open = locale === 'ja' ? '（' : ' (';
    const close = locale === 'ja' ? '）' : ')';
    parts.push(
      `${m.sim_fp_title({}, o)}${colon}${n(s.forcedPublication.afterDays)} ${m.sim_unit_days({}, o)}${open}${scope}${close}`,
    );
  }
  if (s.bounty) parts.push(`${m.sim_bounty_title({}, o)}${colon}${n(s.bounty.amountJpy)} ${m.sim_unit_jpy({}, o)}`);
  if (s.acknowledgement) parts.push(m.sim_ack_title({}, o));
  if (s.legalMandate)
    parts.push(
      `${m.sim_mandate_title({}, o)}${colon}${n(s.legalMandate.remediationDays)} ${m.sim_unit_days({}, o)}, ${n(s.legalMandate.compliance, { style: 'percent' })}`,
    );
  if (s.staffCapacity)
    parts.push(
      `${m.sim_capacity_title({}, o)}${colon}${n(s.staffCapacity.reportsPerWorkingDay)} ${m.sim_unit_per_day({}, o)}`,
    );
  return parts.length ? parts.join(locale === 'ja' ? '／' : ' / ') : m.sim_preset_baseline({}, o);
}
