import { ENGINE_VERSION, modelVersion } from '@kaiji/sim';
import type { Plugin } from 'graphql-yoga';
import { SIMULATION_MODEL_PATH } from '@kaiji/serving/simulation-model';
import type { Simulator } from '../simulation/simulator.ts';

// Where the browser's Web Worker fetches (through the web app) the simulation model the API runs.
export { SIMULATION_MODEL_PATH };

/**
 * `GET /simulation/model.json`: `{ engineVersion, modelVersion, calibrated, model }`, the model the API's workers
 * run (reloaded with them after a rebuild), so that a browser and the API never run different models. The
 * ETag is the model hash: a browser revalidates (If-None-Match) and gets a 304 until the model changes.
 */
export function useSimulationModel(simulator: Simulator): Plugin {
  let body: { version: string; text: string } | undefined;
  return {
    onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname !== SIMULATION_MODEL_PATH) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      const loaded = simulator.model;
      const version = modelVersion(loaded.model);
      if (body?.version !== version) {
        body = {
          version,
          text: JSON.stringify({
            engineVersion: ENGINE_VERSION,
            modelVersion: version,
            calibrated: loaded.calibrated,
            model: loaded.model,
          }),
        };
      }
      const etag = `"${ENGINE_VERSION}-${version}"`;
      const headers = { etag, 'cache-control': 'no-cache', 'content-type': 'application/json; charset=utf-8' };
      if (request.headers.get('if-none-match') === etag) {
        endResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : body.text, { status: 200, headers }));
    },
  };
}
