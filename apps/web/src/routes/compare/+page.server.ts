import { apiLang } from '$lib/i18n';
import { parseProgramList } from '$lib/compare';
import { query } from '$lib/server/api';
import { COMPARE_QUERY } from '$lib/server/operations/programs';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, fetch, locals }) => {
  const { slugs, truncated } = parseProgramList(url.searchParams);
  const result = await query(fetch, COMPARE_QUERY, { lang: apiLang(locals.locale) });
  const all = result.comparisonMatrix.programs;
  const selected = slugs.map((s) => all.find((p) => p.slug === s)).filter((p) => p !== undefined);
  const unknown = slugs.filter((s) => !all.some((p) => p.slug === s));
  return {
    all: all.map((p) => ({ slug: p.slug, name: p.name, jurisdiction: p.jurisdiction })),
    selected,
    unknown,
    truncated,
    items: result.comparisonMatrix.items,
    taxonomy: result.taxonomy,
    onlyDiff: url.searchParams.get('only') === 'diff',
  };
};
