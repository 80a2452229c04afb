import { href } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { ApiError, query } from '$lib/server/api';
import { SCENARIO_QUERY } from '$lib/server/operations/scenarios';
import { SIMULATION_REPORT_QUERY, type SimulationRun } from '$lib/server/operations/simulation';
import { inputRefusal, ReportRequestError } from '$lib/server/simulation-report';
import { leverSummary } from '$lib/simulate/lever-summary';
import type { SimulationInputRaw } from '@kaiji/sim';
import { fromInput, scenarioSearch, toInput } from '$lib/simulate/scenario';

/** The comparison on /simulate takes two to four saved scenarios; so do its files. */
export const COMPARED = { min: 2, max: 4 } as const;
/** A saved scenario's id as the API issues it (a Relay global id): base64url-ish, never long. */
const ID = /^[A-Za-z0-9+/=_-]{1,120}$/;

/** One compared scenario: what it is called, its levers in words, its link, and its run through the API. */
export interface ComparedScenario {
  id: string;
  /** Untrusted text, stored verbatim: written as text only. */
  name: string;
  description: string | null;
  levers: string;
  startsOn: string | null;
  link: string;
  result: SimulationRun;
}

/** Everything a deck or a workbook of the saved-scenario comparison shows, in the order the reader chose. */
export interface ComparisonReport {
  locale: Locale;
  scenarios: ComparedScenario[];
  /** YYYY-MM-DD. */
  made: string;
  /** The comparison's own link (the files' URL on the page). */
  link: string;
}

/**
 * The saved scenarios a comparison file asks for: `ids=a,b` (or `ids` repeated), two to four distinct ids and
 * nothing else. Throws a ReportRequestError naming the parameter, in the page's language.
 */
export function comparedIds(params: URLSearchParams, locale: Locale): string[] {
  const o = { locale };
  for (const key of params.keys())
    if (key !== 'ids') throw new ReportRequestError(m.export_error_unknown_param({ param: key, known: 'ids' }, o), 400);
  const ids = params
    .getAll('ids')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  const bad = ids.find((id) => !ID.test(id));
  if (bad)
    throw new ReportRequestError(
      m.export_error_bad_value(
        { param: 'ids', value: bad.slice(0, 24), expected: m.export_error_expected_ids({}, o) },
        o,
      ),
      400,
    );
  const distinct = [...new Set(ids)];
  if (distinct.length < COMPARED.min || distinct.length > COMPARED.max || distinct.length !== ids.length)
    throw new ReportRequestError(
      m.export_error_compare_count({ min: String(COMPARED.min), max: String(COMPARED.max) }, o),
      400,
    );
  return distinct;
}

/** Reads each saved scenario from the API and runs it there (on the visitor's budgets, `headers`). */
export async function comparisonReport(
  fetch: typeof globalThis.fetch,
  url: URL,
  locale: Locale,
  today: string,
  headers: Record<string, string> = {},
): Promise<ComparisonReport> {
  const ids = comparedIds(url.searchParams, locale);
  const o = { locale };
  const lang = locale === 'en' ? 'EN' : 'JA';
  try {
    // An id the API cannot read is a scenario that does not exist, as far as the reader can tell.
    const saved = await Promise.all(
      ids.map((id) =>
        query(fetch, SCENARIO_QUERY, { id }, headers).catch((e: unknown) => {
          if (e instanceof ApiError && e.userInput) return { scenario: null } as const;
          throw e;
        }),
      ),
    );
    const inputs = saved.map(({ scenario }, i) => {
      if (!scenario) throw new ReportRequestError(m.export_error_scenario_missing({ id: ids[i]! }, o), 400);
      let input: SimulationInputRaw;
      try {
        input = JSON.parse(scenario.input) as SimulationInputRaw;
      } catch {
        throw new ReportRequestError(m.export_error_scenario_unreadable({ name: scenario.name }, o), 400);
      }
      return { scenario, levers: fromInput(input) };
    });
    // All at once: the API queues them on its workers.
    const runs = await Promise.all(
      inputs.map(({ levers }) => query(fetch, SIMULATION_REPORT_QUERY, { input: toInput(levers), lang }, headers)),
    );
    return {
      locale,
      made: today,
      link: url.href,
      scenarios: inputs.map(({ scenario, levers }, i) => ({
        id: scenario.id,
        name: scenario.name,
        description: scenario.description,
        levers: leverSummary(levers, locale),
        startsOn: levers.startsOn,
        link: new URL(href(`/simulate${scenarioSearch(levers, scenario.engineVersion)}`, locale), url.origin).href,
        result: runs[i]!.simulate,
      })),
    };
  } catch (e) {
    if (e instanceof ApiError && e.code === 'RATE_LIMITED')
      throw new ReportRequestError(locale === 'ja' && e.messageJa ? e.messageJa : e.message, 429);
    if (e instanceof ApiError && e.userInput) throw inputRefusal(e, locale);
    throw e;
  }
}
