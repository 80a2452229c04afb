import { SvelteSet } from 'svelte/reactivity';
import type { MetricKey, SimulationResult, SimulationInputRaw } from '@kaiji/sim';
import { matchingPreset, readView, viewSearch, type SimulateView } from './link';
import { presetByKey, type PresetKey } from './presets';
import {
  emptyScenario,
  scenarioFromLevers,
  toInput,
  type AssumptionBounds,
  type IgnoredParam,
  type Scenario,
} from './scenario';
import { DEFAULT_SERIES, SERIES_FOR_OPTION, stepSeries, type SeriesName } from './series';
import { DATA_ENDS_ON } from './timing';

/** What the page needs of the engine runner (the Simulator class, or a stand-in in tests). */
export interface EngineRunner {
  readonly preview: SimulationResult | null;
  readonly full: SimulationResult | null;
  readonly fullResultKey: string | null;
  readonly running: boolean;
  runPreview(input: SimulationInputRaw): void;
  runFull(input: SimulationInputRaw): void;
}

/**
 * Where the results stand, for the page and its tests (data-run-state): a field holds a value that cannot run,
 * nothing has come back yet, a run is going, a preview is shown, or the full run of the input is.
 */
export type RunState = 'invalid' | 'waiting' | 'running' | 'preview' | 'done';

/** How the page writes its state into the address bar: a new history entry, or in place. */
export type WriteUrl = (search: string, how: { replace: boolean }) => void;

/** Milliseconds a settled change waits before its full run and history entry: arrow keys fire one per press. */
export const COMMIT_DELAY_MS = 250;

/**
 * The state of /simulate. The URL is the state: a link (or a history entry) opens to a scenario, every settled
 * change writes one history entry, and Back and Forward bring each back through `restore`. Values that cannot
 * run never reach the scenario: the field that holds one reports it in `invalid`, and while any does the page
 * shows no result as current and the URL keeps the last scenario that could run.
 */
export class SimulatePage {
  scenario: Scenario = $state(emptyScenario());
  chart: SeriesName = $state(DEFAULT_SERIES);
  present = $state(false);
  /** What the opening link said that was refused. */
  ignored = $state<IgnoredParam[]>([]);
  /** The ids of the fields holding a value that cannot run. */
  readonly invalid = new SvelteSet<string>();
  runner = $state<EngineRunner | null>(null);

  readonly engineVersion: string;
  /** The engine version of the opening link, where it named one. */
  readonly linkedEngine: string | null;
  readonly #assumptions: readonly AssumptionBounds[];
  readonly #writeUrl: WriteUrl;
  #ready = false;
  #commitTimer: ReturnType<typeof setTimeout> | undefined;

  readonly presetKey = $derived<PresetKey | 'custom'>(matchingPreset(this.scenario));
  readonly input = $derived<SimulationInputRaw>(toInput(this.scenario));
  readonly inputKey = $derived(JSON.stringify(this.input));
  readonly search = $derived(this.#searchOf(this.scenario, this.chart, this.present));
  /** False while a field holds a value that cannot run: nothing on screen is then the current input's result. */
  readonly valid = $derived(this.invalid.size === 0);
  /** The result of the scenario as it is, the full run once it has landed, else the latest preview. */
  readonly shown = $derived.by((): SimulationResult | null => {
    const r = this.runner;
    if (!r) return null;
    if (r.full && r.fullResultKey === this.inputKey) return r.full;
    return r.preview ?? r.full;
  });
  readonly isPreview = $derived(this.shown?.mode === 'preview');
  /** What the page shows as the result: nothing while a field holds a value that cannot run. */
  readonly onScreen = $derived(this.valid ? this.shown : null);
  readonly runState = $derived<RunState>(
    !this.valid
      ? 'invalid'
      : !this.shown
        ? 'waiting'
        : this.runner?.running
          ? 'running'
          : this.isPreview
            ? 'preview'
            : 'done',
  );
  /** The result on screen is not yet the current input's (it is waiting or running). */
  readonly busy = $derived(this.valid && (!this.shown || !!this.runner?.running));
  /** The tornado's metric where the reader picked one; else the scenario's lead metric (as the deck takes it). */
  tornadoMetric = $state<MetricKey | null>(null);
  /** The page's query for the meeting files (deck, workbook): the scenario, and the tornado's metric if picked. */
  readonly fileSearch = $derived(this.tornadoMetric ? `${this.search}&metric=${this.tornadoMetric}` : this.search);

  /** The day the model's data end: a later `until` projects. */
  readonly dataEndsOn: string;

  constructor(
    params: URLSearchParams,
    engineVersion: string,
    assumptions: readonly AssumptionBounds[],
    writeUrl: WriteUrl,
    dataEndsOn: string = DATA_ENDS_ON,
  ) {
    this.engineVersion = engineVersion;
    this.#assumptions = assumptions;
    this.#writeUrl = writeUrl;
    this.dataEndsOn = dataEndsOn;
    const view = readView(params, assumptions, dataEndsOn);
    this.linkedEngine = view.engine;
    this.#apply(view);
    this.ignored = view.ignored;
  }

  #searchOf(scenario: Scenario, chart: SeriesName, present: boolean): string {
    return viewSearch({ scenario, chart, present }, this.engineVersion);
  }

  #apply(view: SimulateView) {
    this.scenario = view.scenario;
    this.chart = view.chart;
    this.present = view.present;
  }

  /** Starts the runs and, once the router can take URL updates, writes the canonical URL in place of the link. */
  attach(runner: EngineRunner) {
    this.runner = runner;
    runner.runPreview($state.snapshot(this.input));
    runner.runFull($state.snapshot(this.input));
  }

  /** The router has started: from now on the URL follows the state. The link's refused parts leave the URL. */
  ready() {
    if (this.#ready) return;
    this.#ready = true;
    this.#writeUrl(this.search, { replace: true });
  }

  /** Back, Forward or a link to this page while it is open: the URL's scenario becomes the one on screen. */
  restore(params: URLSearchParams) {
    const view = readView(params, this.#assumptions, this.dataEndsOn);
    if (this.#searchOf(view.scenario, view.chart, view.present) === this.search) return;
    clearTimeout(this.#commitTimer);
    this.#apply(view);
    this.ignored = view.ignored;
    this.runner?.runPreview($state.snapshot(this.input));
    this.runner?.runFull($state.snapshot(this.input));
  }

  /** Runs the full simulation of the scenario as it is and writes it into the history. */
  commitNow() {
    clearTimeout(this.#commitTimer);
    this.runner?.runFull($state.snapshot(this.input));
    if (this.#ready) this.#writeUrl(this.search, { replace: false });
  }

  commitSoon() {
    clearTimeout(this.#commitTimer);
    this.#commitTimer = setTimeout(() => this.commitNow(), COMMIT_DELAY_MS);
  }

  /** Changes the scenario: a preview at once, and when the value has settled (`commit`) the full run. */
  change(mutate: (s: Scenario) => void, commit: boolean) {
    mutate(this.scenario);
    this.runner?.runPreview($state.snapshot(this.input));
    if (commit) this.commitSoon();
  }

  applyPreset(key: PresetKey) {
    const p = presetByKey(key);
    if (!p) return;
    this.scenario = scenarioFromLevers(p.levers, this.scenario);
    if (p.option) this.chart = SERIES_FOR_OPTION[p.option];
    this.runner?.runPreview($state.snapshot(this.input));
    this.commitNow();
  }

  /** Pins an assumption to a value; its default value unpins it. */
  setAssumption(key: string, value: number, defaultValue: number, commit: boolean) {
    this.change((s) => {
      if (Math.abs(defaultValue - value) < 1e-12) delete s.assumptions[key];
      else s.assumptions[key] = value;
    }, commit);
  }

  resetAssumptions() {
    this.scenario.assumptions = {};
    this.runner?.runPreview($state.snapshot(this.input));
    this.commitNow();
  }

  /** When the levers take effect (null: always, a replay) and how far the run goes (null: the data's end). */
  setTiming(timing: { startsOn?: string | null; until?: string | null }) {
    this.change((s) => {
      if (timing.until !== undefined) s.until = timing.until;
      if (timing.startsOn !== undefined) s.startsOn = timing.startsOn;
      // A start after the new end would change nothing: it moves to "always".
      if (s.startsOn !== null && s.startsOn > (s.until ?? this.dataEndsOn)) s.startsOn = null;
    }, true);
  }

  /** A field reports whether it holds a value that cannot run. */
  setInvalid(id: string, invalid: boolean) {
    if (invalid) this.invalid.add(id);
    else this.invalid.delete(id);
  }

  /** The chart and the view are not the scenario: they change the address in place, with no history entry. */
  setChart(name: SeriesName) {
    this.chart = name;
    if (this.#ready) this.#writeUrl(this.search, { replace: true });
  }

  stepChart(by: number) {
    this.setChart(stepSeries(this.chart, by));
  }

  setPresent(on: boolean) {
    this.present = on;
    if (this.#ready) this.#writeUrl(this.search, { replace: true });
  }

  /**
   * A key pressed in presentation mode: Escape leaves it, the arrows step through the charts (not inside a field,
   * where they move the caret or a slider). Says whether it left the mode, so the page can move the focus.
   */
  presentKey(key: string, inField: boolean): 'exit' | 'step' | null {
    if (!this.present) return null;
    if (key === 'Escape') {
      this.setPresent(false);
      return 'exit';
    }
    if ((key === 'ArrowRight' || key === 'ArrowLeft') && !inField) {
      this.stepChart(key === 'ArrowRight' ? 1 : -1);
      return 'step';
    }
    return null;
  }

  destroy() {
    clearTimeout(this.#commitTimer);
  }
}
