import { ENGINE_VERSION } from '@kaiji/sim';
import { apiLang } from '$lib/i18n';
import { query } from '$lib/server/api';
import { SOURCES_QUERY } from '$lib/server/operations/sources';
import { simulationModel } from '$lib/server/sim-model';
import { modelCitation } from '$lib/simulate/model-citation';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, locals }) => {
  const [result, { model }] = await Promise.all([
    query(fetch, SOURCES_QUERY, { lang: apiLang(locals.locale) }),
    simulationModel(),
  ]);
  return {
    sources: result.sources,
    engineVersion: ENGINE_VERSION,
    asOf: model.calendar.asOf,
    assumptions: model.assumptions.map((a) => ({
      key: a.key,
      value: a.value,
      range: a.range,
      unit: a.unit,
      confidence: a.confidence,
      text: a.text,
      source: modelCitation(a.source, locals.locale),
      basis: a.basis ?? null,
    })),
    targets: model.calibration.targets
      .filter((t) => !t.measure.startsWith('series.'))
      .map((t) => ({ measure: t.measure, value: t.value, tolerance: t.tolerance, label: t.label })),
  };
};
