import { comparisonReport } from '$lib/server/comparison-report';
import { fileResponse } from '$lib/server/report-response';
import { comparisonWorkbook } from '$lib/server/workbook/comparison';
import { workbookBytes, XLSX_TYPE } from '$lib/server/workbook/sheet';
import type { RequestHandler } from './$types';

/**
 * `/simulate/compare.xlsx?ids=<saved scenario ids>` (and under /en/): the comparison of two to four saved
 * scenarios on /simulate as an Excel workbook for the minutes, in the page's language.
 */
export const GET: RequestHandler = (event) =>
  fileResponse(
    event,
    { stem: 'kaiji-comparison-tables', extension: 'xlsx', type: XLSX_TYPE },
    (locale, day, headers) => comparisonReport(event.fetch, event.url, locale, day, headers),
    (report) => workbookBytes(comparisonWorkbook(report)),
  );
