import { intlLocale, apiLang } from '$lib/i18n';
import { matrixViewSearch, parseMatrixView, programFilter } from '$lib/matrix/query';
import { sortPrograms } from '$lib/matrix/sort';
import { ApiError, query } from '$lib/server/api';
import { MATRIX_QUERY, type MatrixResult } from '$lib/server/operations/programs';
import { asOfError } from '$lib/server/operations/changes';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, fetch, locals }) => {
  const view = parseMatrixView(url.searchParams);
  const lang = apiLang(locals.locale);
  let result: MatrixResult;
  let filterError: string | null = null;
  // The date to view at, as asked in the URL; a refused one is said, and today shown instead.
  const asOfAsked = url.searchParams.get('asOf') || null;
  let asOfProblem = asOfAsked ? asOfError(asOfAsked) : null;
  if (asOfProblem) view.asOf = null;
  try {
    result = await query<MatrixResult>(fetch, MATRIX_QUERY, {
      filter: programFilter(view),
      lang,
      asOf: view.asOf ?? null,
    });
  } catch (e) {
    if (!(e instanceof ApiError) || !e.userInput) throw e;
    asOfProblem = view.asOf ? asOfError(view.asOf, e.message) : null;
    if (asOfProblem) view.asOf = null;
    // An edited link with a value the API does not know: show everything, and say why.
    if (!asOfProblem) filterError = e.message;
    result = await query<MatrixResult>(fetch, MATRIX_QUERY, { filter: asOfProblem ? programFilter(view) : {}, lang });
  }
  const jurisdictions = [...new Set(result.all.edges.map((e) => e.node.jurisdiction))].sort();
  return {
    view,
    search: matrixViewSearch(view),
    filterError,
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
