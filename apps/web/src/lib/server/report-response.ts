import { error, type RequestEvent } from '@sveltejs/kit';
import { refusal } from '$lib/server/export-params';
import { today } from '@kaiji/kb/dates';
import { fairUseRefusal, forwardedFor } from '$lib/server/fair-use';
import { ReportRequestError, simulationReport, type SimulationReport } from '$lib/server/simulation-report';
import type { Locale } from '$lib/paraglide/runtime';

/**
 * Serves a file made from a report the request asks for: it takes a token of the visitor's export budget, the
 * report is loaded through the API (on the visitor's own budgets), a refusal becomes a plain 400 (or 429) in the
 * page's language, and the file is an attachment named after the language and the day.
 */
export async function fileResponse<R>(
  event: RequestEvent,
  file: { stem: string; extension: string; type: string },
  load: (locale: Locale, day: string, headers: Record<string, string>) => Promise<R>,
  make: (report: R) => Promise<Uint8Array<ArrayBuffer>>,
): Promise<Response> {
  const locale: Locale = event.locals.locale;
  const refused = await fairUseRefusal(event, 'export');
  if (refused) return refused;
  const day = today();
  let report: R;
  try {
    report = await load(locale, day, forwardedFor(event));
  } catch (e) {
    if (e instanceof ReportRequestError) return refusal(e.status, e.message);
    throw e;
  }
  const started = performance.now();
  const body = await make(report);
  const ms = Math.round(performance.now() - started);
  if (!body.byteLength) error(500, 'empty file');
  return new Response(body, {
    headers: {
      'content-type': file.type,
      'content-disposition': `attachment; filename="${file.stem}-${locale}-${day}.${file.extension}"`,
      'cache-control': 'no-store',
      // How long building the file took, apart from the API's runs (Server-Timing is visible in devtools).
      'server-timing': `build;dur=${ms}`,
    },
  });
}

/** A file of the scenario of a /simulate URL (the deck, the workbook). */
export const reportFile = (
  event: RequestEvent,
  file: { stem: string; extension: string; type: string },
  make: (report: SimulationReport) => Promise<Uint8Array<ArrayBuffer>>,
): Promise<Response> =>
  fileResponse(
    event,
    file,
    (locale, day, headers) => simulationReport(event.fetch, event.url, locale, day, headers),
    make,
  );
