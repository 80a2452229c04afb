import { gzipSync } from 'node:zlib';
import { error } from '@sveltejs/kit';
import { SimulationModel } from '@kaiji/sim';
import { SIMULATION_MODEL_PATH } from '@kaiji/serving/simulation-model';
import { m } from '$lib/paraglide/messages';
import { apiPath } from './api';

/** The API's model as this server holds it: the bytes to relay to browsers and the model read from them. */
export interface ServedModel {
  /** The API's ETag: the engine version and the model hash. */
  etag: string;
  engineVersion: string;
  modelVersion: string;
  /** false when the API serves the model's start values (data/simulation/fitted.yaml missing). */
  calibrated: boolean;
  model: SimulationModel;
  /** The API's response body, byte for byte, and gzipped once for browsers that accept it. */
  text: string;
  gzip: Buffer;
}

let held: ServedModel | undefined;
let pending: Promise<ServedModel> | undefined;

/**
 * The model the API's `simulate` runs, from GET /simulation/model.json. The web server never reads data/ for
 * it: it asks the API, and on every later call revalidates its copy with the ETag (the model hash), so a model
 * rebuilt behind the API reaches the next page. Concurrent calls share one request.
 */
export function simulationModel(fetchFn: typeof fetch = fetch): Promise<ServedModel> {
  pending ??= revalidate(fetchFn).finally(() => (pending = undefined));
  return pending;
}

async function revalidate(fetchFn: typeof fetch): Promise<ServedModel> {
  const url = apiPath(SIMULATION_MODEL_PATH);
  let response: Response;
  try {
    response = await fetchFn(url, { headers: held ? { 'if-none-match': held.etag } : {} });
  } catch (cause) {
    console.error('Kaiji API unreachable at', url.href, cause);
    error(503, { message: m.api_unreachable() });
  }
  if (response.status === 304 && held) return held;
  const etag = response.headers.get('etag');
  if (!response.ok || !etag) error(502, { message: m.api_bad_answer({ status: String(response.status) }) });
  const text = await response.text();
  held = readServedModel(text, etag);
  return held;
}

/** Reads the API's response; a body that is not the model is the API's fault (502), not the visitor's. */
export function readServedModel(text: string, etag: string): ServedModel {
  let body: { engineVersion?: unknown; modelVersion?: unknown; calibrated?: unknown; model?: unknown };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    error(502, { message: m.api_bad_answer({ status: 'JSON' }) });
  }
  const parsed = SimulationModel.safeParse(body.model);
  if (!parsed.success || typeof body.modelVersion !== 'string' || typeof body.engineVersion !== 'string') {
    console.error('Kaiji API: /simulation/model.json is not a simulation model', parsed.error?.issues.slice(0, 3));
    error(502, { message: m.api_bad_answer({ status: 'model' }) });
  }
  return {
    etag,
    engineVersion: body.engineVersion,
    modelVersion: body.modelVersion,
    calibrated: body.calibrated !== false,
    // The model as the API sent it (checked above): its JSON, and so its hash, is the API's.
    model: body.model as SimulationModel,
    text,
    gzip: gzipSync(text),
  };
}

/** For tests: forget the held copy. */
export function forgetSimulationModel() {
  held = undefined;
}
