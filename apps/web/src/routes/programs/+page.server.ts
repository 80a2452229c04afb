import { intlLocale, apiLang } from '$lib/i18n';
import { matrixViewSearch, parseMatrixView, programFilter, type MatrixView } from '$lib/matrix/query';
import { sortPrograms } from '$lib/matrix/sort';
import { unknownTagValues, withoutIgnored, type IgnoredValue } from '$lib/matrix/unknown-values';
import { ApiError, query } from '$lib/server/api';
import { MATRIX_QUERY, TAXONOMY_QUERY, type MatrixResult } from '$lib/server/operations/programs';
import { asOfError } from '$lib/server/operations/changes';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, fetch, locals }) => {
  let view = parseMatrixView(url.searchParams);
  const lang = apiLang(locals.locale);
  const run = (v: MatrixView) => query(fetch, MATRIX_QUERY, { filter: programFilter(v), lang, asOf: v.asOf ?? null });
  let result: MatrixResult;
  // What an edited link asked for that could not be used, told in the page's language.
  let ignored: IgnoredValue[] = [];
  let filterRefused = false;
  // The date to view at, as asked in the URL; a refused one is said, and today shown instead.
  const asOfAsked = url.searchParams.get('asOf') || null;
  let asOfProblem = asOfAsked ? asOfError(asOfAsked) : null;
  if (asOfProblem) view.asOf = null;
  try {
    result = await run(view);
  } catch (e) {
    if (!(e instanceof ApiError) || !e.userInput) throw e;
    asOfProblem = view.asOf ? asOfError(view.asOf, e) : null;
    if (asOfProblem) view.asOf = null;
    // Values the taxonomy does not know are dropped one by one; the rest of the link's filter still applies.
    const { taxonomy } = await query(fetch, TAXONOMY_QUERY, { lang });
    ignored = unknownTagValues(url.searchParams, taxonomy);
    view = withoutIgnored(view, ignored);
    try {
      result = await run(view);
    } catch (again) {
      if (!(again instanceof ApiError) || !again.userInput) throw again;
      // Something else in the filter was refused: show everything, and say so (never the API's own text).
      filterRefused = true;
      result = await query(fetch, MATRIX_QUERY, { filter: {}, lang, asOf: view.asOf ?? null });
    }
  }
  const jurisdictions = [...new Set(result.all.edges.map((e) => e.node.jurisdiction))].sort();
  return {
    view,
    search: matrixViewSearch(view),
    ignored,
    filterRefused,
    asOf: result.comparisonMatrix.asOf,
    asOfAsked: asOfProblem ? asOfAsked : (view.asOf ?? null),
    asOfError: asOfProblem,
    tagsAsOf: result.comparisonMatrix.tagsAsOf,
    items: result.comparisonMatrix.items,
    programs: sortPrograms(result.comparisonMatrix.programs, view.sort, view.order, intlLocale(locals.locale)),
    total: result.all.totalCount,
    taxonomy: result.taxonomy,
    jurisdictions,
  };
};
