import { apiLang, href, intlLocale } from '$lib/i18n';
import { matrixViewSearch, parseMatrixView, programFilter } from '$lib/matrix/query';
import { sortPrograms } from '$lib/matrix/sort';
import { m } from '$lib/paraglide/messages';
import { ApiError, query } from '$lib/server/api';
import { matrixParamsProblem, paramProblemMessage, refusal, tagValueProblem } from '$lib/server/export-params';
import { today } from '@kaiji/kb/dates';
import { refusedDate } from '$lib/server/operations/changes';
import { MATRIX_QUERY, TAXONOMY_QUERY, type MatrixResult } from '$lib/server/operations/programs';
import { programsWorkbook } from '$lib/server/workbook/programs';
import { workbookBytes, XLSX_TYPE } from '$lib/server/workbook/sheet';
import type { RequestHandler } from './$types';

/**
 * `/programs/export.xlsx?<the matrix page's query>` (and under /en/): the view on screen, filtered and sorted, as
 * an Excel workbook in the page's language. A parameter the page would silently drop is refused here with a
 * plain 400 naming it, so that a link in an email never exports a different selection.
 */
export const GET: RequestHandler = async ({ url, fetch, locals }) => {
  const locale = locals.locale;
  const o = { locale };
  const problem = matrixParamsProblem(url.searchParams);
  if (problem) return refusal(400, paramProblemMessage(problem, locale));
  const view = parseMatrixView(url.searchParams);
  const lang = apiLang(locale);
  let data: MatrixResult;
  try {
    data = await query(fetch, MATRIX_QUERY, {
      filter: programFilter(view),
      lang,
      asOf: view.asOf ?? null,
    });
  } catch (e) {
    if (!(e instanceof ApiError) || !e.userInput) throw e;
    const date = refusedDate(e);
    if (view.asOf && date?.field === 'asOf')
      return refusal(400, m.export_error_asof_early({ date: view.asOf, earliest: date.earliest }, o));
    const { taxonomy } = await query(fetch, TAXONOMY_QUERY, { lang });
    const tag = tagValueProblem(url.searchParams, taxonomy);
    return refusal(
      400,
      tag ? paramProblemMessage(tag, locale) : m.export_error_api({ message: e.messageIn(locale) }, o),
    );
  }
  data.comparisonMatrix.programs = sortPrograms(
    data.comparisonMatrix.programs,
    view.sort,
    view.order,
    intlLocale(locale),
  );
  const link = new URL(`${href('/programs', locale)}${matrixViewSearch(view)}`, url.origin).href;
  const day = today();
  const workbook = programsWorkbook(data, { locale, view, link, today: day });
  return new Response(await workbookBytes(workbook), {
    headers: {
      'content-type': XLSX_TYPE,
      'content-disposition': `attachment; filename="kaiji-programs-${locale}-${day}.xlsx"`,
      'cache-control': 'no-store',
    },
  });
};
