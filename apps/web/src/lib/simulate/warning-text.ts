import type { SimulationWarning } from '@kaiji/sim';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { fieldLabel } from './field-labels';

/**
 * A warning as the page shows it: the engine names the input it concerns by its code (`bounty.amountJpy = …`,
 * an assumption's key) in both languages; the page names it by the field's label in its own language, from the
 * warning's structured `field`.
 */
export function warningText(
  w: SimulationWarning,
  locale: Locale,
  assumptionText?: (key: string) => string | undefined,
): string {
  const text = w.text[locale];
  if (!w.field || !text.includes(w.field)) return text;
  const param = w.code === 'BASELINE_UNCALIBRATED' ? `assumption.${w.field}` : w.field;
  const label = m.sim_warning_field({ label: fieldLabel(param, assumptionText) }, { locale });
  return text.replaceAll(w.field, label);
}
