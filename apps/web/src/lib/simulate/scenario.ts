import type { LeverInput } from './presets';

/**
 * A scenario as the simulator and a shared link hold it: the levers, the assumptions pinned by the user, and the
 * run settings. `toInput` turns it into the engine's (and the API's) SimulationInput.
 */
export interface Scenario {
  forcedPublication: { afterDays: number; appliesTo: 'UNREACHABLE_VENDORS' | 'ALL_PRODUCT_REPORTS' } | null;
  bounty: { amountJpy: number } | null;
  acknowledgement: boolean;
  legalMandate: { remediationDays: number; compliance: number } | null;
  staffCapacity: { reportsPerWorkingDay: number } | null;
  assumptions: Record<string, number>;
  trials: number | null;
  seed: number | null;
}

export interface SimulationInputJson {
  forcedPublication?: Scenario['forcedPublication'];
  bounty?: Scenario['bounty'];
  acknowledgement?: boolean;
  legalMandate?: Scenario['legalMandate'];
  staffCapacity?: Scenario['staffCapacity'];
  assumptions?: { key: string; value: number }[];
  trials?: number;
  seed?: number;
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
  };
}

export function scenarioFromLevers(
  levers: LeverInput,
  keep?: Pick<Scenario, 'assumptions' | 'trials' | 'seed'>,
): Scenario {
  return {
    ...emptyScenario(),
    forcedPublication: levers.forcedPublication ? { ...levers.forcedPublication } : null,
    bounty: levers.bounty ? { ...levers.bounty } : null,
    acknowledgement: levers.acknowledgement ?? false,
    legalMandate: levers.legalMandate ? { ...levers.legalMandate } : null,
    staffCapacity: levers.staffCapacity ? { ...levers.staffCapacity } : null,
    ...(keep ? { assumptions: { ...keep.assumptions }, trials: keep.trials, seed: keep.seed } : {}),
  };
}

/** The SimulationInput of the contract (plus Kaiji's staffCapacity and assumptions); unset levers are left out. */
export function toInput(s: Scenario): SimulationInputJson {
  const input: SimulationInputJson = {};
  if (s.forcedPublication) input.forcedPublication = { ...s.forcedPublication };
  if (s.bounty) input.bounty = { ...s.bounty };
  if (s.acknowledgement) input.acknowledgement = true;
  if (s.legalMandate) input.legalMandate = { ...s.legalMandate };
  if (s.staffCapacity) input.staffCapacity = { ...s.staffCapacity };
  const overrides = Object.entries(s.assumptions).map(([key, value]) => ({ key, value }));
  if (overrides.length) input.assumptions = overrides.sort((a, b) => a.key.localeCompare(b.key));
  if (s.trials !== null) input.trials = s.trials;
  if (s.seed !== null) input.seed = s.seed;
  return input;
}

export function fromInput(input: SimulationInputJson): Scenario {
  return {
    forcedPublication: input.forcedPublication ?? null,
    bounty: input.bounty ?? null,
    acknowledgement: input.acknowledgement ?? false,
    legalMandate: input.legalMandate ?? null,
    staffCapacity: input.staffCapacity ?? null,
    assumptions: Object.fromEntries((input.assumptions ?? []).map((a) => [a.key, a.value])),
    trials: input.trials ?? null,
    seed: input.seed ?? null,
  };
}

const num = (v: string | null): number | null => {
  if (v === null || v.trim() === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
};

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
  for (const [k, v] of Object.entries(extra)) p.push([k, v]);
  p.push(['engine', engineVersion]);
  return `?${p.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;
}

/**
 * Reads a scenario from a URL. Values are checked by the engine, which names any field it refuses. `hasLevers`
 * says whether the URL sets any lever (assumptions are not levers: `?preset=cert-cc&assumption.x=…` applies the
 * preset's levers and keeps the assumption).
 */
export function scenarioFromSearch(params: URLSearchParams): { scenario: Scenario; hasLevers: boolean } {
  const s = emptyScenario();
  const afterDays = num(params.get('forcedPublication.afterDays'));
  if (afterDays !== null) {
    s.forcedPublication = {
      afterDays,
      appliesTo:
        params.get('forcedPublication.appliesTo') === 'UNREACHABLE_VENDORS'
          ? 'UNREACHABLE_VENDORS'
          : 'ALL_PRODUCT_REPORTS',
    };
  }
  const bounty = num(params.get('bounty.amountJpy'));
  if (bounty !== null) s.bounty = { amountJpy: bounty };
  s.acknowledgement = params.get('acknowledgement') === 'true';
  const days = num(params.get('legalMandate.remediationDays'));
  if (days !== null)
    s.legalMandate = { remediationDays: days, compliance: num(params.get('legalMandate.compliance')) ?? 0.5 };
  const cap = num(params.get('staffCapacity.reportsPerWorkingDay'));
  if (cap !== null) s.staffCapacity = { reportsPerWorkingDay: cap };
  for (const [k, v] of params) {
    if (!k.startsWith('assumption.')) continue;
    const value = num(v);
    const key = k.slice('assumption.'.length);
    if (value !== null && /^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z0-9]*)+$/.test(key)) s.assumptions[key] = value;
  }
  s.trials = num(params.get('trials'));
  s.seed = num(params.get('seed'));
  const hasLevers = [...params.keys()].some((k) =>
    /^(forcedPublication|bounty|acknowledgement|legalMandate|staffCapacity)\b/.test(k),
  );
  return { scenario: s, hasLevers };
}

export function scenariosEqual(a: Scenario, b: Scenario): boolean {
  return JSON.stringify(toInput(a)) === JSON.stringify(toInput(b));
}
