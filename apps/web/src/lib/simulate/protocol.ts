import type { SimulationModel, SimulationResult, SimulationInputRaw } from '@kaiji/sim';

export type RunMode = 'preview' | 'monteCarlo';

/** `init` hands a worker the API's model, as the page fetched and checked it (model-source.ts). */
export type ToWorker =
  { type: 'init'; model: SimulationModel } | { type: 'run'; id: number; input: SimulationInputRaw; mode: RunMode };

export type FromWorker =
  | { type: 'result'; id: number; mode: RunMode; result: SimulationResult; ms: number }
  | { type: 'error'; id: number; message: string; messageJa: string; path: string | null };
