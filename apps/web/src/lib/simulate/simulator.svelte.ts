import type { SimulationModel, SimulationResult, SimulationInputRaw } from '@kaiji/sim';
import { SIMULATION_MODEL_PATH } from '@kaiji/serving/simulation-model';
import { base } from '$app/paths';
import { fetchModel, ModelUnavailable } from './model-source';
import type { FromWorker, RunMode } from './protocol';

/**
 * Runs the engine off the main thread, in two workers: one for previews while a slider moves (a few trials,
 * assumptions at their central values) and one for the full Monte Carlo run. A newer request supersedes an
 * older one: a preview waits for the running one and then only the latest goes; a Monte Carlo run still going
 * when a newer one arrives is abandoned by restarting its worker.
 */
export class Simulator {
  preview = $state<SimulationResult | null>(null);
  full = $state<SimulationResult | null>(null);
  /** The input whose full run is under way or was last requested. */
  fullKey = $state<string | null>(null);
  /** The input of the full result on screen. */
  fullResultKey = $state<string | null>(null);
  running = $state(false);
  error = $state<{ message: string; messageJa: string; path: string | null } | null>(null);
  lastFullMs = $state<number | null>(null);
  lastPreviewMs = $state<number | null>(null);

  /** The API's model, fetched once for the page's workers (the page's CSP lets the page fetch, not a worker). */
  #model: Promise<SimulationModel>;
  #previewWorker: Worker | null = null;
  #fullWorker: Worker | null = null;
  #nextId = 1;
  #previewBusy = false;
  #pendingPreview: SimulationInputRaw | null = null;
  #fullId = 0;
  #fullStarted = 0;

  /** `modelVersion`: the hash of the model the page was rendered with, which the workers must run. */
  constructor(model: { modelVersion: string }) {
    const url = `${base}${SIMULATION_MODEL_PATH}?v=${encodeURIComponent(model.modelVersion)}`;
    this.#model = fetchModel(url, model.modelVersion);
    this.#model.catch((e: unknown) => {
      const { message, messageJa } = e instanceof ModelUnavailable ? e : { message: String(e), messageJa: String(e) };
      this.error = { message, messageJa, path: null };
      this.running = false;
    });
  }

  #spawn(onMessage: (m: FromWorker) => void): Worker {
    const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'kaiji-engine' });
    worker.onmessage = (e: MessageEvent<FromWorker>) => onMessage(e.data);
    worker.onerror = (e) => {
      this.error = {
        message: e.message || 'The simulation worker failed.',
        messageJa: e.message || 'シミュレーションの実行に失敗しました。',
        path: null,
      };
      this.running = false;
    };
    // Runs are posted after the model too (#post), so a worker always has it before its first run.
    this.#model.then(
      (model) => worker.postMessage({ type: 'init', model }),
      () => {},
    );
    return worker;
  }

  #onPreview = (m: FromWorker) => {
    this.#previewBusy = false;
    if (m.type === 'result') {
      this.preview = m.result;
      this.lastPreviewMs = m.ms;
      this.error = null;
    } else {
      this.error = m;
    }
    const next = this.#pendingPreview;
    this.#pendingPreview = null;
    if (next) this.runPreview(next);
  };

  #onFull = (m: FromWorker) => {
    if (m.id !== this.#fullId) return;
    this.running = false;
    if (m.type === 'result') {
      this.full = m.result;
      this.fullResultKey = this.fullKey;
      this.lastFullMs = m.ms;
      this.error = null;
    } else {
      this.error = m;
    }
  };

  runPreview(input: SimulationInputRaw): void {
    if (this.#previewBusy) {
      this.#pendingPreview = input;
      return;
    }
    this.#previewWorker ??= this.#spawn(this.#onPreview);
    this.#previewBusy = true;
    this.#post(this.#previewWorker, input, 'preview');
  }

  runFull(input: SimulationInputRaw): void {
    const key = JSON.stringify(input);
    if (key === this.fullKey && (this.running || this.fullResultKey === key)) return;
    if (this.running && this.#fullWorker) {
      this.#fullWorker.terminate();
      this.#fullWorker = null;
    }
    this.#fullWorker ??= this.#spawn(this.#onFull);
    this.fullKey = key;
    this.running = true;
    this.#fullStarted = performance.now();
    this.#fullId = this.#post(this.#fullWorker, input, 'monteCarlo');
  }

  /** Milliseconds since the running full run started. */
  elapsed(): number {
    return this.running ? performance.now() - this.#fullStarted : 0;
  }

  #post(worker: Worker, input: SimulationInputRaw, mode: RunMode): number {
    const id = this.#nextId++;
    this.#model.then(
      () => worker.postMessage({ type: 'run', id, input, mode }),
      () => {},
    );
    return id;
  }

  /**
   * Runs several inputs to the end in a worker of their own (the comparison of saved scenarios), one after the
   * other, and resolves with their results in order.
   */
  runAll(inputs: SimulationInputRaw[]): Promise<SimulationResult[]> {
    return new Promise((resolve, reject) => {
      this.#model.catch(reject);
      const results: SimulationResult[] = [];
      const worker = this.#spawn((m) => {
        if (m.type === 'error') {
          worker.terminate();
          reject(new Error(m.message));
          return;
        }
        results.push(m.result);
        if (results.length === inputs.length) {
          worker.terminate();
          resolve(results);
        }
      });
      inputs.forEach((input) => this.#post(worker, input, 'monteCarlo'));
    });
  }

  destroy(): void {
    this.#previewWorker?.terminate();
    this.#fullWorker?.terminate();
    this.#previewWorker = this.#fullWorker = null;
  }
}
