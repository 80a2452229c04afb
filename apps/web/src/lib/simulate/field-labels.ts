import { m } from '$lib/paraglide/messages';

/** What a link parameter sets, in the page's language, for the notice of what a link had that was ignored. */
export function fieldLabel(param: string, assumptionText?: (key: string) => string | undefined): string {
  const join = (a: string, b: string) => m.sim_field_path({ group: a, field: b });
  switch (param) {
    case 'forcedPublication.afterDays':
      return join(m.sim_fp_title(), m.sim_fp_days());
    case 'forcedPublication.appliesTo':
      return join(m.sim_fp_title(), m.sim_fp_scope());
    case 'bounty.amountJpy':
      return join(m.sim_bounty_title(), m.sim_bounty_amount());
    case 'acknowledgement':
      return m.sim_ack_title();
    case 'legalMandate.remediationDays':
      return join(m.sim_mandate_title(), m.sim_mandate_days());
    case 'legalMandate.compliance':
      return join(m.sim_mandate_title(), m.sim_mandate_compliance());
    case 'staffCapacity.reportsPerWorkingDay':
      return join(m.sim_capacity_title(), m.sim_capacity_value());
    case 'trials':
      return m.sim_trials();
    case 'seed':
      return m.sim_seed();
    case 'startsOn':
      return m.sim_starts_custom_label();
    case 'until':
      return m.sim_until_title();
    case 'preset':
      return m.sim_presets();
    case 'chart':
      return m.sim_chart_choose();
    case 'view':
      return m.sim_field_view();
    default:
      if (!param.startsWith('assumption.')) return m.sim_field_unknown({ param });
      {
        const key = param.slice('assumption.'.length);
        return assumptionText?.(key) ?? m.sim_field_assumption({ key });
      }
  }
}
