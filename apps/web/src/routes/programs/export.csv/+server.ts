import { error } from '@sveltejs/kit';
import { exportParams, parseMatrixView } from '$lib/matrix/query';
import { m } from '$lib/paraglide/messages';
import { apiPath } from '$lib/server/api';
import type { RequestHandler } from './$types';

/**
 * The current view of the matrix as CSV, from the API's export path (UTF-8 with a BOM, so Excel reads the
 * Japanese correctly). Proxied so that the browser needs no second origin and the CSP can stay 'self'.
 */
export const GET: RequestHandler = async ({ url, fetch, locals }) => {
  const lang =
    url.searchParams.get('lang') === 'en' ? 'en' : url.searchParams.get('lang') === 'ja' ? 'ja' : locals.locale;
  const target = apiPath('/export/matrix.csv');
  target.search = exportParams(parseMatrixView(url.searchParams), lang).toString();
  let upstream: Response;
  try {
    upstream = await fetch(target);
  } catch {
    error(503, { message: m.api_unreachable() });
  }
  if (!upstream.ok)
    error(upstream.status === 400 ? 400 : 502, { message: m.api_bad_answer({ status: String(upstream.status) }) });
  const date = new Date().toISOString().slice(0, 10);
  return new Response(await upstream.arrayBuffer(), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="kaiji-programs-${lang}-${date}.csv"`,
      'cache-control': 'no-store',
    },
  });
};
