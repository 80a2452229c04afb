import { comparisonReport } from '$lib/server/comparison-report';
import { buildComparisonDeck } from '$lib/server/deck/comparison';
import { deckBytes, PPTX_TYPE } from '$lib/server/deck/deck';
import { fileResponse } from '$lib/server/report-response';
import type { RequestHandler } from './$types';

/**
 * `/simulate/compare.pptx?ids=<saved scenario ids>` (and under /en/): the comparison of two to four saved
 * scenarios on /simulate as an editable PowerPoint deck with native charts, in the page's language.
 */
export const GET: RequestHandler = (event) =>
  fileResponse(
    event,
    { stem: 'kaiji-comparison', extension: 'pptx', type: PPTX_TYPE },
    (locale, day, headers) => comparisonReport(event.fetch, event.url, locale, day, headers),
    (report) => deckBytes(buildComparisonDeck(report)),
  );
