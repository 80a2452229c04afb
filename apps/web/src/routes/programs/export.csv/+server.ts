import { today } from '@kaiji/kb/dates';
import { error } from '@sveltejs/kit';
import { apiLang } from '$lib/i18n';
import { exportParams, parseMatrixView } from '$lib/matrix/query';
import { unknownTagValues } from '$lib/matrix/unknown-values';
import { m } from '$lib/paraglide/messages';
import { apiPath, query } from '$lib/server/api';
import { TAXONOMY_QUERY } from '$lib/server/operations/programs';
import { fairUseRefusalFrom, forwardedFor } from '$lib/server/fair-use';
import type { RequestHandler } from './$types';

/** A refusal a member can read: plain text in the page's language, never the API's JSON. */
function refuse(message: string): Response {
  return new Response(`${message}\n`, {
    status: 400,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}

/**
 * The current view of the matrix as CSV, from the API's export path (UTF-8 with a BOM, so Excel reads the
 * Japanese correctly). Proxied so that the browser needs no second origin and the CSP can stay 'self'.
 */
export const GET: RequestHandler = async (event) => {
  const { url, fetch, locals } = event;
  const lang =
    url.searchParams.get('lang') === 'en' ? 'en' : url.searchParams.get('lang') === 'ja' ? 'ja' : locals.locale;
  const message = { locale: lang };
  // An exported file must be the view the link names: a value the taxonomy does not know refuses the export
  // (the page itself drops it and says so).
  const { taxonomy } = await query(fetch, TAXONOMY_QUERY, { lang: apiLang(lang) });
  const unknown = unknownTagValues(url.searchParams, taxonomy);
  if (unknown.length) {
    const values = unknown
      .map((u) => (lang === 'ja' ? `${u.label}「${u.value}」` : `${u.label} "${u.value}"`))
      .join(lang === 'ja' ? '、' : ', ');
    return refuse(m.export_refused({ values }, message));
  }
  const target = apiPath('/export/matrix.csv');
  target.search = exportParams(parseMatrixView(url.searchParams), lang).toString();
  let upstream: Response;
  try {
    // The API budgets exports per visitor (fair use), so it is told whom this server asks for.
    upstream = await fetch(target, { headers: forwardedFor(event) });
  } catch {
    error(503, { message: m.api_unreachable({}, message) });
  }
  if (upstream.status === 429) return fairUseRefusalFrom(upstream, lang);
  if (upstream.status === 400) return refuse(m.export_refused_other({}, message));
  if (!upstream.ok) error(502, { message: m.api_bad_answer({ status: String(upstream.status) }, message) });
  const date = today();
  return new Response(await upstream.arrayBuffer(), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="kaiji-programs-${lang}-${date}.csv"`,
      'cache-control': 'no-store',
    },
  });
};
