/// <reference lib="webworker" />
import { HistoryCache, runSimulation, SimulationInputError, type SimulationModel } from '@kaiji/sim';
import type { FromWorker, ToWorker } from './protocol';

// The same engine as the API's `simulate`, and the model the API serves (the page fetched it by its hash and
// checked it), so a browser run and a server run of an input agree.
let model: SimulationModel | undefined;
// The histories of the last run: a slider drag on one seed redraws nothing.
const cache = new HistoryCache();

const post = (message: FromWorker) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const msg = event.data;
  if (msg.type === 'init') {
    model = msg.model;
    return;
  }
  if (!model) {
    post({
      type: 'error',
      id: msg.id,
      message: 'The model is not loaded yet.',
      messageJa: 'モデルがまだ読み込まれていません。',
      path: null,
    });
    return;
  }
  const start = performance.now();
  try {
    const result = runSimulation(msg.input, model, { mode: msg.mode, cache });
    post({ type: 'result', id: msg.id, mode: msg.mode, result, ms: performance.now() - start });
  } catch (e) {
    if (e instanceof SimulationInputError) {
      post({ type: 'error', id: msg.id, message: e.message, messageJa: e.messageJa, path: e.path });
    } else {
      post({ type: 'error', id: msg.id, message: String(e), messageJa: String(e), path: null });
    }
  }
};
