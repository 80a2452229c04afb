import { simulationModel } from '$lib/server/sim-model';
import type { RequestHandler } from './$types';

/**
 * GET /simulation/model.json: the API's model, relayed byte for byte, for the page to hand its Web Workers. The page asks
 * for `?v=<model hash>`; while that is the model the API runs, the answer is immutable (a browser keeps it until
 * the model changes, when the page asks for a new hash). Without `v`, or with an old one, the answer must be
 * revalidated (ETag), and a page that asked for another hash says it is out of date.
 */
export const GET: RequestHandler = async ({ request, url }) => {
  const served = await simulationModel();
  const current = url.searchParams.get('v') === served.modelVersion;
  const headers: Record<string, string> = {
    etag: served.etag,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': current ? 'public, max-age=31536000, immutable' : 'no-cache',
    vary: 'accept-encoding',
  };
  if (request.headers.get('if-none-match') === served.etag) return new Response(null, { status: 304, headers });
  // About 30 KB of JSON, a fifth of it gzipped: a meeting room's network is often slow.
  if (/\bgzip\b/.test(request.headers.get('accept-encoding') ?? ''))
    return new Response(new Uint8Array(served.gzip), { headers: { ...headers, 'content-encoding': 'gzip' } });
  return new Response(served.text, { headers });
};
