import { intlLocale, apiLang } from '$lib/i18n';
import { matrixViewSearch, parseMatrixView, programFilter } from '$lib/matrix/query';
import { sortPrograms } from '$lib/matrix/sort';
import { ApiError, query } from '$lib/server/api';
import { MATRIX_QUERY, type MatrixResult } from '$lib/server/operations/programs';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, fetch, locals }) => {
  const view = parseMatrixView(url.searchParams);
  const lang = apiLang(locals.locale);
  let result: MatrixResult;
  let filterError: string | null = null;
  try {
    result = await query<MatrixResult>(fetch, MATRIX_QUERY, { filter: programFilter(view), lang });
  } catch (e) {
    if (!(e instanceof ApiError) || !e.userInput) throw e;
    // An edited link with a value the API does not know: show everything, and say why.
    filterError = e.message;
    result = await query<MatrixResult>(fetch, MATRIX_QUERY, { filter: {}, lang });
  }
  const jurisdictions = [...new Set(result.all.edges.map((e) => e.node.jurisdiction))].sort();
  return {
    view,
    search: matrixViewSearch(view),
    filterError,
    asOf: result.comparisonMatrix.asOf,
    items: result.comparisonMatrix.items,
    programs: sortPrograms(result.comparisonMatrix.programs, view.sort, view.order, intlLocale(locals.locale)),
    total: result.all.totalCount,
    taxonomy: result.taxonomy,
    jurisdictions,
  };
};
