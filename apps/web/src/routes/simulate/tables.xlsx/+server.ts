import { reportFile } from '$lib/server/report-response';
import { simulationWorkbook } from '$lib/server/workbook/simulation';
import { workbookBytes, XLSX_TYPE } from '$lib/server/workbook/sheet';
import type { RequestHandler } from './$types';

/**
 * `/simulate/tables.xlsx?<the simulate page's query>` (and under /en/): the scenario on screen as an Excel workbook
 * for the minutes (key figures, series with observed values, assumptions, the tornado), in the page's language;
 * a link in an email gives the same workbook.
 */
export const GET: RequestHandler = (event) =>
  reportFile(event, { stem: 'kaiji-scenario-tables', extension: 'xlsx', type: XLSX_TYPE }, (report) =>
    workbookBytes(simulationWorkbook(report)),
  );
