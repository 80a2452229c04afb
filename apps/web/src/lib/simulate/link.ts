import { PRESETS, presetByKey, type PresetKey } from './presets';
import {
  scenarioFromLevers,
  scenarioFromSearch,
  scenarioSearch,
  scenariosEqual,
  type AssumptionBounds,
  type IgnoredParam,
  type Scenario,
} from './scenario';
import { DEFAULT_SERIES, SERIES_FOR_OPTION, isSeriesName, type SeriesName } from './series';

/** Everything a /simulate link says: the scenario, the chart and view on screen, and what it said that was refused. */
export interface SimulateView {
  scenario: Scenario;
  chart: SeriesName;
  present: boolean;
  /** The engine version the link was made with, if it says. */
  engine: string | null;
  ignored: IgnoredParam[];
}

const PAGE_PARAMS = new Set(['preset', 'chart', 'view', 'engine']);

/**
 * Reads a /simulate link. Explicit levers win; a bare `?preset=` applies the preset's levers. Unknown
 * parameters and values that cannot run are listed in `ignored`, never run.
 */
export function readView(
  params: URLSearchParams,
  assumptions?: readonly AssumptionBounds[],
  dataEndsOn?: string,
): SimulateView {
  const { scenario: fromUrl, hasLevers, ignored, used } = scenarioFromSearch(params, assumptions, dataEndsOn);
  const presetParam = params.get('preset');
  const preset = presetByKey(presetParam);
  if (presetParam !== null && !preset) ignored.push({ param: 'preset', value: presetParam, problem: 'unknownValue' });
  const scenario = !hasLevers && preset ? scenarioFromLevers(preset.levers, fromUrl) : fromUrl;
  const chartParam = params.get('chart');
  if (chartParam !== null && !isSeriesName(chartParam))
    ignored.push({ param: 'chart', value: chartParam, problem: 'unknownValue' });
  const chart = isSeriesName(chartParam) ? chartParam : defaultChart(preset?.key);
  const viewParam = params.get('view');
  if (viewParam !== null && viewParam !== 'present')
    ignored.push({ param: 'view', value: viewParam, problem: 'unknownValue' });
  for (const [param, value] of params)
    if (!used.has(param) && !PAGE_PARAMS.has(param)) ignored.push({ param, value, problem: 'unknownParam' });
  return { scenario, chart, present: viewParam === 'present', engine: params.get('engine'), ignored };
}

/** The chart a preset opens with: the one that shows what its option moves. */
export function defaultChart(preset: PresetKey | 'custom' | undefined): SeriesName {
  const option = preset && preset !== 'custom' ? presetByKey(preset)?.option : null;
  return (option && SERIES_FOR_OPTION[option]) ?? DEFAULT_SERIES;
}

/** The preset whose levers the scenario has exactly, else 'custom'. */
export function matchingPreset(scenario: Scenario): PresetKey | 'custom' {
  return PRESETS.find((p) => scenariosEqual(scenarioFromLevers(p.levers, scenario), scenario))?.key ?? 'custom';
}

/** The canonical link of a view: what the address bar holds and a shared link opens to. */
export function viewSearch(view: Omit<SimulateView, 'ignored' | 'engine'>, engineVersion: string): string {
  const extra: Record<string, string> = {};
  const preset = matchingPreset(view.scenario);
  if (preset !== 'custom' && preset !== 'baseline') extra.preset = preset;
  if (view.chart !== defaultChart(preset)) extra.chart = view.chart;
  if (view.present) extra.view = 'present';
  return scenarioSearch(view.scenario, engineVersion, extra);
}
