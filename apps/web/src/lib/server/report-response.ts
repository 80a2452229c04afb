import { error } from '@sveltejs/kit';
import { refusal } from '$lib/server/export-params';
import { today } from '@kaiji/kb/dates';
import { ReportRequestError, simulationReport, type SimulationReport } from '$lib/server/simulation-report';
import type { Locale } from '$lib/paraglide/runtime';

/**
 * Serves a file made from the scenario of a /simulate URL: the report is run through the API, a refusal becomes a
 * plain 400 in the page's language, and the file is an attachment named after the page's language and the day.
 */
export async function reportFile(
  event: { url: URL; fetch: typeof globalThis.fetch; locals: { locale: Locale } },
  file: { stem: string; extension: string; type: string },
  make: (report: SimulationReport) => Promise<Uint8Array<ArrayBuffer>>,
): Promise<Response> {
  const locale = event.locals.locale;
  const day = today();
  let report: SimulationReport;
  try {
    report = await simulationReport(event.fetch, event.url, locale, day);
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
