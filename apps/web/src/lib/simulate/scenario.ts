import type { ScenarioInput, SimulationInputRaw } from '@kaiji/sim';
import { checkValue, limitsOf, parseNumber, type Limits, type LimitedField, type ValueProblem } from './limits';
import type { LeverInput } from './presets';
import { DATA_ENDS_ON, checkStartsOn, checkUntil, type DateProblem } from './timing';

/**
 * A scenario as the simulator and a shared link hold it: the levers, the assumptions pinned by the user, and the
 * run settings. `toInput` turns it into the engine's (and the API's) SimulationInput.
 */
export interface Scenario extends Pick<
  ScenarioInput,
  'forcedPublication' | 'bounty' | 'acknowledgement' | 'legalMandate' | 'staffCapacity' | 'startsOn' | 'until'
> {
  /** Assumptions pinned by the user, by key. */
  assumptions: Record<string, number>;
  /** null: the engine's default. */
  trials: number | null;
  seed: number | null;
}

export function emptyScenario(): Scenario {
  return {
    forcedPublication: null,
    bounty: null,
    acknowledgement: false,
    legalMandate: null,
    staffCapacity: null,
    assumptions: {},
    trials: null,
    seed: null,
    startsOn: null,
    until: null,
  };
}

export function scenarioFromLevers(
  levers: LeverInput,
  keep?: Pick<Scenario, 'assumptions' | 'trials' | 'seed'> & Partial<Pick<Scenario, 'startsOn' | 'until'>>,
): Scenario {
  return {
    ...emptyScenario(),
    forcedPublication: levers.forcedPublication ? { ...levers.forcedPublication } : null,
    bounty: levers.bounty ? { ...levers.bounty } : null,
    acknowledgement: levers.acknowledgement ?? false,
    legalMandate: levers.legalMandate ? { ...levers.legalMandate } : null,
    staffCapacity: levers.staffCapacity ? { ...levers.staffCapacity } : null,
    ...(keep
      ? {
          assumptions: { ...keep.assumptions },
          trials: keep.trials,
          seed: keep.seed,
          startsOn: keep.startsOn ?? null,
          until: keep.until ?? null,
        }
      : {}),
  };
}

/** The SimulationInput of the contract (plus Kaiji's staffCapacity and assumptions); unset levers are left out. */
export function toInput(s: Scenario): SimulationInputRaw {
  const input: SimulationInputRaw = {};
  if (s.forcedPublication) input.forcedPublication = { ...s.forcedPublication };
  if (s.bounty) input.bounty = { ...s.bounty };
  if (s.acknowledgement) input.acknowledgement = true;
  if (s.legalMandate) input.legalMandate = { ...s.legalMandate };
  if (s.staffCapacity) input.staffCapacity = { ...s.staffCapacity };
  const overrides = Object.entries(s.assumptions).map(([key, value]) => ({ key, value }));
  if (overrides.length) input.assumptions = overrides.sort((a, b) => a.key.localeCompare(b.key));
  if (s.trials !== null) input.trials = s.trials;
  if (s.seed !== null) input.seed = s.seed;
  if (s.startsOn !== null) input.startsOn = s.startsOn;
  if (s.until !== null) input.until = s.until;
  return input;
}

export function fromInput(input: SimulationInputRaw): Scenario {
  return {
    forcedPublication: input.forcedPublication ?? null,
    bounty: input.bounty ?? null,
    acknowledgement: input.acknowledgement ?? false,
    legalMandate: input.legalMandate ?? null,
    staffCapacity: input.staffCapacity ?? null,
    assumptions: Object.fromEntries((input.assumptions ?? []).map((a) => [a.key, a.value])),
    trials: input.trials ?? null,
    seed: input.seed ?? null,
    startsOn: input.startsOn ?? null,
    until: input.until ?? null,
  };
}

/**
 * The scenario in a URL, one readable parameter per field of the input (`forcedPublication.afterDays=45`),
 * plus `engine=<version>` so that a link says which engine made its numbers.
 */
export function scenarioSearch(s: Scenario, engineVersion: string, extra: Record<string, string> = {}): string {
  const p: [string, string][] = [];
  if (s.forcedPublication) {
    p.push(['forcedPublication.afterDays', String(s.forcedPublication.afterDays)]);
    p.push(['forcedPublication.appliesTo', s.forcedPublication.appliesTo]);
  }
  if (s.bounty) p.push(['bounty.amountJpy', String(s.bounty.amountJpy)]);
  if (s.acknowledgement) p.push(['acknowledgement', 'true']);
  if (s.legalMandate) {
    p.push(['legalMandate.remediationDays', String(s.legalMandate.remediationDays)]);
    p.push(['legalMandate.compliance', String(s.legalMandate.compliance)]);
  }
  if (s.staffCapacity) p.push(['staffCapacity.reportsPerWorkingDay', String(s.staffCapacity.reportsPerWorkingDay)]);
  for (const [key, value] of Object.entries(s.assumptions).sort(([a], [b]) => a.localeCompare(b)))
    p.push([`assumption.${key}`, String(value)]);
  if (s.trials !== null) p.push(['trials', String(s.trials)]);
  if (s.seed !== null) p.push(['seed', String(s.seed)]);
  if (s.startsOn !== null) p.push(['startsOn', s.startsOn]);
  if (s.until !== null) p.push(['until', s.until]);
  for (const [k, v] of Object.entries(extra)) p.push([k, v]);
  p.push(['engine', engineVersion]);
  return `?${p.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;
}

/** A link parameter that could not be used, and why: the page says so instead of silently running the baseline. */
export interface IgnoredParam {
  param: string;
  value: string;
  problem: ValueProblem | DateProblem | 'unknownValue' | 'unknownParam';
  /** The allowed values, for a number outside them. */
  limits?: Limits;
}

/** An assumption as a link may pin it: its key and its range. */
export interface AssumptionBounds {
  key: string;
  range: [number, number];
}

const LEVER_PARAM = /^(forcedPublication|bounty|acknowledgement|legalMandate|staffCapacity)\b/;

/**
 * Reads a scenario from a URL, checking every value against the engine's bounds (and each pinned assumption
 * against its range, when the model's assumptions are given). A value that cannot run is left out and listed in
 * `ignored`; `used` names the parameters read. `hasLevers` says whether the URL sets any lever (assumptions are
 * not levers: `?preset=cert-cc&assumption.x=…` applies the preset's levers and keeps the assumption).
 */
export function scenarioFromSearch(
  params: URLSearchParams,
  assumptions?: readonly AssumptionBounds[],
  dataEndsOn: string = DATA_ENDS_ON,
): { scenario: Scenario; hasLevers: boolean; ignored: IgnoredParam[]; used: Set<string> } {
  const s = emptyScenario();
  const ignored: IgnoredParam[] = [];
  const used = new Set<string>();
  /** The parameter's value when it is present and allowed; a present value that is not allowed is reported. */
  const read = (param: string, limits: Limits): number | null => {
    const raw = params.get(param);
    if (raw === null) return null;
    used.add(param);
    const value = parseNumber(raw);
    const problem = checkValue(value, limits);
    if (problem) {
      ignored.push({ param, value: raw, problem, limits });
      return null;
    }
    return value;
  };
  const field = (name: LimitedField) => read(name, limitsOf(name));

  const afterDays = field('forcedPublication.afterDays');
  const scope = params.get('forcedPublication.appliesTo');
  if (scope !== null) {
    used.add('forcedPublication.appliesTo');
    if (scope !== 'UNREACHABLE_VENDORS' && scope !== 'ALL_PRODUCT_REPORTS')
      ignored.push({ param: 'forcedPublication.appliesTo', value: scope, problem: 'unknownValue' });
  }
  if (afterDays !== null)
    s.forcedPublication = {
      afterDays,
      appliesTo: scope === 'UNREACHABLE_VENDORS' ? 'UNREACHABLE_VENDORS' : 'ALL_PRODUCT_REPORTS',
    };
  const bounty = field('bounty.amountJpy');
  if (bounty !== null) s.bounty = { amountJpy: bounty };
  const ack = params.get('acknowledgement');
  if (ack !== null) {
    used.add('acknowledgement');
    if (ack !== 'true' && ack !== 'false')
      ignored.push({ param: 'acknowledgement', value: ack, problem: 'unknownValue' });
    s.acknowledgement = ack === 'true';
  }
  const days = field('legalMandate.remediationDays');
  const compliance = field('legalMandate.compliance');
  if (days !== null) s.legalMandate = { remediationDays: days, compliance: compliance ?? 0.5 };
  const cap = field('staffCapacity.reportsPerWorkingDay');
  if (cap !== null) s.staffCapacity = { reportsPerWorkingDay: cap };
  for (const [k, v] of params) {
    if (!k.startsWith('assumption.')) continue;
    used.add(k);
    const key = k.slice('assumption.'.length);
    const known = assumptions ? assumptions.find((a) => a.key === key) : undefined;
    if (assumptions ? !known : !/^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z0-9]*)+$/.test(key)) {
      ignored.push({ param: k, value: v, problem: 'unknownParam' });
      continue;
    }
    const limits: Limits = known
      ? { min: known.range[0], max: known.range[1], integer: false }
      : { min: -Infinity, max: Infinity, integer: false };
    const value = read(k, limits);
    if (value !== null) s.assumptions[key] = value;
  }
  s.trials = field('trials');
  s.seed = field('seed');
  const date = (param: 'startsOn' | 'until', check: (v: string) => DateProblem | null): string | null => {
    const raw = params.get(param);
    if (raw === null) return null;
    used.add(param);
    const problem = check(raw);
    if (problem) {
      ignored.push({ param, value: raw, problem });
      return null;
    }
    return raw;
  };
  s.until = date('until', (v) => checkUntil(v, dataEndsOn));
  s.startsOn = date('startsOn', (v) => checkStartsOn(v, s.until));
  const hasLevers = [...params.keys()].some((k) => LEVER_PARAM.test(k));
  return { scenario: s, hasLevers, ignored, used };
}

export function scenariosEqual(a: Scenario, b: Scenario): boolean {
  return JSON.stringify(toInput(a)) === JSON.stringify(toInput(b));
}
