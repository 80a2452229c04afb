import { buildDeck, deckBytes, PPTX_TYPE } from '$lib/server/deck/deck';
import { reportFile } from '$lib/server/report-response';
import type { RequestHandler } from './$types';

/**
 * `/simulate/deck.pptx?<the simulate page's query>` (and under /en/): the scenario on screen as an editable
 * PowerPoint deck with native charts, in the page's language; a link in an email gives the same deck.
 */
export const GET: RequestHandler = (event) =>
  reportFile(event, { stem: 'kaiji-scenario', extension: 'pptx', type: PPTX_TYPE }, (report) =>
    deckBytes(buildDeck(report)),
  );
