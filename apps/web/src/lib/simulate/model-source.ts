import type { SimulationModel } from '@kaiji/sim';
// The light subpath: the page checks the model without loading the engine and zod (its workers load them).
import { ENGINE_VERSION, modelVersion } from '@kaiji/sim/version';

/** Why a worker has no model to run: said in both languages, as the engine's refusals are. */
export class ModelUnavailable extends Error {
  constructor(
    message: string,
    readonly messageJa: string,
  ) {
    super(message);
    this.name = 'ModelUnavailable';
  }
}

/**
 * The model the API runs, as the page fetches it for its workers: the web app relays the API's GET
 * /simulation/model.json, and the URL names the model hash the page was rendered with, so the browser's cache
 * keeps it until the model changes. The workers run it only if it is that model (its hash recomputed) for this
 * engine version: a browser run and an API run of one input then give the same numbers.
 */
export async function fetchModel(
  modelUrl: string,
  expectedVersion: string,
  fetchFn: typeof fetch = fetch,
): Promise<SimulationModel> {
  let body: { engineVersion?: string; modelVersion?: string; model?: SimulationModel };
  try {
    const response = await fetchFn(modelUrl);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    body = (await response.json()) as typeof body;
  } catch (e) {
    throw new ModelUnavailable(
      `The simulation model could not be loaded (${(e as Error).message}). Reload the page.`,
      `シミュレーションのモデルを読み込めませんでした（${(e as Error).message}）。ページを再読み込みしてください。`,
    );
  }
  if (body.engineVersion !== ENGINE_VERSION)
    throw new ModelUnavailable(
      `The API runs engine ${body.engineVersion ?? '?'} and this page engine ${ENGINE_VERSION}: reload the page (after an update, rebuild the web app).`,
      `API のエンジン（${body.engineVersion ?? '?'}）とこのページのエンジン（${ENGINE_VERSION}）が違います。ページを再読み込みしてください（更新後なら UI を作り直してください）。`,
    );
  if (!body.model || body.modelVersion !== expectedVersion || modelVersion(body.model) !== expectedVersion)
    throw new ModelUnavailable(
      'The simulation model changed after this page was opened: reload the page.',
      'このページを開いた後にシミュレーションのモデルが更新されました。ページを再読み込みしてください。',
    );
  return body.model;
}
