import { SCENARIO_LIMITS } from '@kaiji/db/scenario-limits';
import { METRIC_KEYS, type MetricKey } from '@kaiji/sim';
import { formatNumber, href } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { ApiError, query } from '$lib/server/api';
import { simulationModel } from '$lib/server/sim-model';
import {
  SENSITIVITY_QUERY,
  SIMULATION_REPORT_QUERY,
  type SensitivityRun,
  type SimulationRun,
} from '$lib/server/operations/simulation';
import { leadMetric } from '$lib/simulate/lead-metric';
import { leverSummary } from '$lib/simulate/lever-summary';
import { scenarioTitle } from '$lib/simulate/scenario-title';
import { presetByKey } from '$lib/simulate/presets';
import { scenarioFromLevers, scenarioFromSearch, toInput, type Scenario } from '$lib/simulate/scenario';

/** Everything a deck or a workbook of one scenario shows, from the API (so files and API never disagree). */
export interface SimulationReport {
  locale: Locale;
  /** A saved scenario's name, else the levers in words. */
  title: string;
  levers: string;
  scenario: Scenario;
  /** The date the levers take effect (`startsOn`), if the URL sets one. */
  startsOn: string | null;
  link: string;
  /** YYYY-MM-DD. */
  made: string;
  result: SimulationRun;
  tornado: SensitivityRun;
}

/** A refusal of the request, in the page's language. */
export class ReportRequestError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 429 | 502 | 503,
  ) {
    super(message);
  }
}

/** Parameters whose value must be a number; the page drops a malformed one, a file export refuses it. */
const NUMERIC =
  /^(forcedPublication\.afterDays|bounty\.amountJpy|legalMandate\.(remediationDays|compliance)|staffCapacity\.reportsPerWorkingDay|trials|seed|assumption\..+)$/;

/** The scenario of a /simulate query string (the page's own rules: explicit levers win over `preset`). */
export async function scenarioOfSearch(params: URLSearchParams, locale: Locale): Promise<Scenario> {
  const o = { locale };
  for (const [key, value] of params) {
    if (NUMERIC.test(key) && (value.trim() === '' || !Number.isFinite(Number(value))))
      throw new ReportRequestError(
        m.export_error_bad_value(
          { param: key, value: value.slice(0, 24), expected: m.export_error_expected_number({}, o) },
          o,
        ),
        400,
      );
  }
  for (const key of ['acknowledgement'] as const) {
    const value = params.get(key);
    if (value !== null && value !== 'true' && value !== 'false')
      throw new ReportRequestError(
        m.export_error_bad_value(
          { param: key, value: value.slice(0, 24), expected: m.export_error_expected_bool({}, o) },
          o,
        ),
        400,
      );
  }
  const preset = params.get('preset');
  if (preset !== null && !presetByKey(preset))
    throw new ReportRequestError(
      m.export_error_bad_value(
        {
          param: 'preset',
          value: preset.slice(0, 24),
          expected: m.export_error_expected_enum(
            { values: 'cert-cc, kisa-krcert, ncsc-nl, cert-eu, cisa-bod-20-01' },
            o,
          ),
        },
        o,
      ),
      400,
    );
  // The page drops a value it cannot run and says so; a file must not silently be of another scenario.
  const fromUrl = scenarioFromSearch(params, (await simulationModel()).model.assumptions);
  const bad = fromUrl.ignored[0];
  if (bad) {
    const l = bad.limits;
    const why =
      bad.problem === 'unknownParam'
        ? m.sim_ignored_unknown_param({}, o)
        : bad.problem === 'unknownValue' || !l
          ? m.sim_ignored_unknown_value({}, o)
          : m.sim_ignored_outside(
              {
                min: formatNumber(l.min, {}, locale),
                max: formatNumber(l.max, {}, locale),
                kind: l.integer ? m.sim_kind_integer({}, o) : m.sim_kind_number({}, o),
              },
              o,
            );
    throw new ReportRequestError(
      m.export_error_sim_value({ param: bad.param, value: bad.value.slice(0, 24), why }, o),
      400,
    );
  }
  const urlPreset = presetByKey(preset);
  return !fromUrl.hasLevers && urlPreset ? scenarioFromLevers(urlPreset.levers, fromUrl.scenario) : fromUrl.scenario;
}

/** The metric the tornado explains: the URL's `metric`, else the scenario's lead metric. */
export function metricOf(params: URLSearchParams, scenario: Scenario, locale: Locale): MetricKey {
  const asked = params.get('metric');
  if (asked === null) return leadMetric(scenario);
  if ((METRIC_KEYS as readonly string[]).includes(asked)) return asked as MetricKey;
  throw new ReportRequestError(
    m.export_error_bad_value(
      {
        param: 'metric',
        value: asked.slice(0, 40),
        expected: m.export_error_expected_enum({ values: METRIC_KEYS.join(', ') }, { locale }),
      },
      { locale },
    ),
    400,
  );
}

/** The API's refusal of an input in the page's language: its Japanese message in Japanese, its own in English. */
export function inputRefusal(e: ApiError, locale: Locale): ReportRequestError {
  const english = e.message.replace(/^Invalid SimulationInput: [^:]+: /, '');
  const message = locale === 'ja' && e.messageJa ? e.messageJa : english;
  return new ReportRequestError(m.sim_error({ message }, { locale }), 400);
}

/**
 * The run a /simulate URL asks for: its scenario, the tornado's metric and the API's input (the levers, pins,
 * trials and seed, and the run's dates as the URL has them: the API checks those and names input.startsOn).
 * Throws a ReportRequestError naming a malformed parameter.
 */
export async function reportInput(url: URL, locale: Locale) {
  const scenario = await scenarioOfSearch(url.searchParams, locale);
  const metric = metricOf(url.searchParams, scenario, locale);
  const dates = Object.fromEntries(
    (['startsOn', 'until'] as const).flatMap((k) => (url.searchParams.get(k) ? [[k, url.searchParams.get(k)!]] : [])),
  ) as { startsOn?: string; until?: string };
  return { scenario, metric, dates, input: { ...toInput(scenario), ...dates } };
}

/** Runs the scenario of a /simulate URL and its tornado through the API. */
export async function simulationReport(
  fetch: typeof globalThis.fetch,
  url: URL,
  locale: Locale,
  today: string,
  /** Whom the web server asks for (forwardedFor), so the API spends that visitor's budgets. */
  headers: Record<string, string> = {},
): Promise<SimulationReport> {
  const { scenario, metric, dates, input } = await reportInput(url, locale);
  const name = (url.searchParams.get('name') ?? '').trim();
  if ([...name].length > SCENARIO_LIMITS.nameChars)
    throw new ReportRequestError(m['saved_error_name-too-long']({}, { locale }), 400);
  const lang = locale === 'en' ? 'EN' : 'JA';
  try {
    // Both at once: the API queues them on its workers, and the tornado's runs may already be kept.
    const [run, tornado] = await Promise.all([
      query(fetch, SIMULATION_REPORT_QUERY, { input, lang }, headers),
      query(fetch, SENSITIVITY_QUERY, { input, metric }, headers),
    ]);
    const levers = leverSummary(scenario, locale);
    const pagePath = href('/simulate', locale);
    const search = url.search;
    return {
      locale,
      // The page's own title: the preset's name where it is one, else the levers, with the start and horizon.
      title: name || scenarioTitle(scenario, locale),
      levers,
      scenario,
      startsOn: dates.startsOn ?? null,
      link: new URL(`${pagePath}${search}`, url.origin).href,
      made: today,
      result: run.simulate,
      tornado: tornado.sensitivity,
    };
  } catch (e) {
    if (e instanceof ApiError && e.code === 'RATE_LIMITED')
      throw new ReportRequestError(locale === 'ja' && e.messageJa ? e.messageJa : e.message, 429);
    if (e instanceof ApiError && e.userInput) throw inputRefusal(e, locale);
    throw e;
  }
}
