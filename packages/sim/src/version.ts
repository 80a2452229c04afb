// The engine's and the model's versions, apart from the engine: a browser page checks the model it fetched
// (@kaiji/sim/version) without loading the engine and zod, which only its workers need.
import type { SimulationModel } from './model.ts';
import { lowbias32 } from './random.ts';

/** Bumped whenever a change to the engine can change a number: a shared link carries it. */
export const ENGINE_VERSION = '1.0.0';

const modelVersions = new WeakMap<SimulationModel, string>();

/** A hash of the model's data (its JSON), which a result carries beside the engine's version. */
export function modelVersion(model: SimulationModel): string {
  let v = modelVersions.get(model);
  if (v === undefined) {
    const text = JSON.stringify(model);
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) h = lowbias32((h ^ text.charCodeAt(i)) >>> 0);
    v = h.toString(16).padStart(8, '0');
    modelVersions.set(model, v);
  }
  return v;
}
