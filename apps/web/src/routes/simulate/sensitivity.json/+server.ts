import { json } from '@sveltejs/kit';
import { ApiError, query } from '$lib/server/api';
import { refusal } from '$lib/server/export-params';
import { forwardedFor } from '$lib/server/fair-use';
import { SENSITIVITY_QUERY } from '$lib/server/operations/simulation';
import { inputRefusal, ReportRequestError, reportInput } from '$lib/server/simulation-report';
import type { RequestHandler } from './$types';

/**
 * `/simulate/sensitivity.json?<the simulate page's query>[&metric=KEY]`: the tornado the page draws, from the API's
 * `sensitivity` (the same runs the deck and the workbook show). The API counts it against the visitor's own
 * sensitivity budget (forwarded address); a refusal is plain text in the page's language.
 */
export const GET: RequestHandler = async (event) => {
  const locale = event.locals.locale;
  try {
    const { input, metric } = await reportInput(event.url, locale);
    const data = await query(event.fetch, SENSITIVITY_QUERY, { input, metric }, forwardedFor(event));
    return json(data.sensitivity, { headers: { 'cache-control': 'no-store' } });
  } catch (e) {
    if (e instanceof ReportRequestError) return refusal(e.status, e.message);
    if (e instanceof ApiError && e.code === 'RATE_LIMITED')
      return refusal(429, locale === 'ja' && e.messageJa ? e.messageJa : e.message);
    if (e instanceof ApiError && e.userInput) return refusal(400, inputRefusal(e, locale).message);
    throw e;
  }
};
