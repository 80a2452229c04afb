import { z } from 'zod';
import { DEFAULT_SEED, DEFAULT_TRIALS, INPUT_RANGES, MAX_UNTIL, type InputRange } from './limits.ts';
import type { Assumption } from './model.ts';

export { DEFAULT_SEED, DEFAULT_TRIALS, INPUT_RANGES, MAX_TRIALS, MAX_UNTIL } from './limits.ts';

const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'];
const IsoDay = z.iso.date();

function bounded(path: keyof typeof INPUT_RANGES) {
  const r: InputRange = INPUT_RANGES[path];
  const n = r.integer ? z.int() : z.number();
  return n.min(r.min).max(r.max);
}

export const ForcedPublicationScope = z.enum(['UNREACHABLE_VENDORS', 'ALL_PRODUCT_REPORTS']);
export type ForcedPublicationScope = z.infer<typeof ForcedPublicationScope>;

export const ForcedPublicationInput = z
  .object({ afterDays: bounded('forcedPublication.afterDays'), appliesTo: ForcedPublicationScope })
  .strict();
export const BountyInput = z.object({ amountJpy: bounded('bounty.amountJpy') }).strict();
export const LegalMandateInput = z
  .object({ remediationDays: bounded('legalMandate.remediationDays'), compliance: bounded('legalMandate.compliance') })
  .strict();
/** Kaiji's extension of the contract: the Partnership's handling capacity, in reports per working day. */
export const StaffCapacityInput = z
  .object({ reportsPerWorkingDay: bounded('staffCapacity.reportsPerWorkingDay') })
  .strict();
/** Kaiji's extension of the contract: an assumption pinned to a value of its range in every trial. */
export const AssumptionOverride = z.object({ key: z.string().min(1), value: z.number() }).strict();

/** The contract's SimulationInput, plus staffCapacity and assumptions. null and absent both mean "not set". */
export const SimulationInput = z
  .object({
    forcedPublication: ForcedPublicationInput.nullish(),
    bounty: BountyInput.nullish(),
    acknowledgement: z.boolean().nullish(),
    legalMandate: LegalMandateInput.nullish(),
    staffCapacity: StaffCapacityInput.nullish(),
    trials: bounded('trials').nullish(),
    seed: bounded('seed').nullish(),
    assumptions: z.array(AssumptionOverride).max(100).nullish(),
    /** ISO date the levers take effect (absent: always, from the first report). */
    startsOn: IsoDay.nullish(),
    /** ISO quarter end the run ends at (absent: the data's end). */
    until: IsoDay.nullish(),
  })
  .strict();
export type SimulationInputRaw = z.input<typeof SimulationInput>;

/** A checked input with every default filled in: what the engine runs and what the result echoes. */
export interface ScenarioInput {
  forcedPublication: z.infer<typeof ForcedPublicationInput> | null;
  bounty: z.infer<typeof BountyInput> | null;
  acknowledgement: boolean;
  legalMandate: z.infer<typeof LegalMandateInput> | null;
  staffCapacity: z.infer<typeof StaffCapacityInput> | null;
  trials: number;
  seed: number;
  assumptions: { key: string; value: number }[];
  /** ISO date the levers take effect, or null for always. */
  startsOn: string | null;
  /** ISO quarter end the run ends at, or null for the data's end. */
  until: string | null;
}

export interface InputIssue {
  /** Dotted field path, e.g. 'legalMandate.compliance' or 'assumptions.0.value'. */
  path: string;
  message: string;
  messageJa: string;
}

/** A refused input. `path` and `message` are those of the first problem; `issues` lists them all. */
export class SimulationInputError extends Error {
  readonly path: string;
  readonly messageJa: string;
  readonly issues: InputIssue[];

  constructor(issues: InputIssue[]) {
    const first = issues[0]!;
    super(first.message);
    this.name = 'SimulationInputError';
    this.path = first.path;
    this.messageJa = first.messageJa;
    this.issues = issues;
  }
}

function describeRange(r: InputRange): { en: string; ja: string } {
  const kind = r.integer ? 'an integer' : 'a number';
  return {
    en: `${kind} from ${r.min} to ${r.max}`,
    ja: `${r.min} 以上 ${r.max} 以下の${r.integer ? '整数' : '数値'}`,
  };
}

function shown(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (value === undefined) return 'nothing';
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- only what JSON cannot spell gets here
  return JSON.stringify(value) ?? String(value);
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v = raw;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function issueFromZod(raw: unknown, issue: z.core.$ZodIssue): InputIssue {
  const path = issue.path.map(String).join('.');
  const given = shown(valueAt(raw, issue.path));
  const range = (INPUT_RANGES as Record<string, InputRange>)[path];
  if (range) {
    const r = describeRange(range);
    return {
      path,
      message: `${path} must be ${r.en} (got ${given})`,
      messageJa: `${path} は${r.ja}で指定してください（指定値: ${given}）`,
    };
  }
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join(', ');
    const at = path ? `${path}: ` : '';
    return {
      path: path ? `${path}.${issue.keys[0]}` : issue.keys[0]!,
      message: `${at}unknown field ${keys}`,
      messageJa: `${at}不明な項目 ${keys} があります`,
    };
  }
  if (path === 'startsOn' || path === 'until') {
    return {
      path,
      message: `${path} must be an ISO date YYYY-MM-DD (got ${given})`,
      messageJa: `${path} は YYYY-MM-DD 形式の日付で指定してください（指定値: ${given}）`,
    };
  }
  if (path.endsWith('appliesTo')) {
    return {
      path,
      message: `${path} must be UNREACHABLE_VENDORS or ALL_PRODUCT_REPORTS (got ${given})`,
      messageJa: `${path} は UNREACHABLE_VENDORS または ALL_PRODUCT_REPORTS で指定してください（指定値: ${given}）`,
    };
  }
  return {
    path: path || '(input)',
    message: `${path || 'input'}: ${issue.message} (got ${given})`,
    messageJa: `${path || '入力'} が不正です: ${issue.message}（指定値: ${given}）`,
  };
}

/**
 * Checks an input against the contract and the model's assumptions and fills in the defaults. Throws a
 * SimulationInputError naming the field and its allowed range, in English and Japanese.
 */
export function parseSimulationInput(
  raw: unknown,
  assumptions: readonly Assumption[],
  dataEndsOn?: string,
): ScenarioInput {
  const parsed = SimulationInput.safeParse(raw ?? {});
  if (!parsed.success) throw new SimulationInputError(parsed.error.issues.map((i) => issueFromZod(raw, i)));
  const input = parsed.data;
  const issues: InputIssue[] = [];
  const seen = new Set<string>();
  const overrides = input.assumptions ?? [];
  overrides.forEach((o, i) => {
    const a = assumptions.find((x) => x.key === o.key);
    if (!a) {
      issues.push({
        path: `assumptions.${i}.key`,
        message: `assumptions.${i}.key: unknown assumption '${o.key}'`,
        messageJa: `assumptions.${i}.key: '${o.key}' という前提はありません`,
      });
      return;
    }
    if (seen.has(o.key)) {
      issues.push({
        path: `assumptions.${i}.key`,
        message: `assumptions.${i}.key: '${o.key}' is overridden twice`,
        messageJa: `assumptions.${i}.key: '${o.key}' が 2 回指定されています`,
      });
    }
    seen.add(o.key);
    const [min, max] = a.range;
    if (!(o.value >= min && o.value <= max)) {
      issues.push({
        path: `assumptions.${i}.value`,
        message: `assumptions.${i}.value (${o.key}) must be a number from ${min} to ${max} (got ${shown(o.value)})`,
        messageJa: `assumptions.${i}.value（${o.key}）は ${min} 以上 ${max} 以下の数値で指定してください（指定値: ${shown(o.value)}）`,
      });
    }
  });
  const until = input.until ?? null;
  if (until !== null) {
    const from = dataEndsOn ?? '0000-01-01';
    if (!QUARTER_ENDS.includes(until.slice(5)) || until < from || until > MAX_UNTIL) {
      const range = dataEndsOn ? `from ${dataEndsOn} ` : '';
      const rangeJa = dataEndsOn ? `${dataEndsOn} から ` : '';
      issues.push({
        path: 'until',
        message: `until must be a quarter end (03-31, 06-30, 09-30 or 12-31) ${range}to ${MAX_UNTIL} (got "${until}")`,
        messageJa: `until は ${rangeJa}${MAX_UNTIL} までの四半期末日（03-31、06-30、09-30、12-31）で指定してください（指定値: "${until}"）`,
      });
    }
  }
  if (issues.length > 0) throw new SimulationInputError(issues);
  return {
    forcedPublication: input.forcedPublication ?? null,
    bounty: input.bounty ?? null,
    acknowledgement: input.acknowledgement ?? false,
    legalMandate: input.legalMandate ?? null,
    staffCapacity: input.staffCapacity ?? null,
    trials: input.trials ?? DEFAULT_TRIALS,
    seed: input.seed ?? DEFAULT_SEED,
    assumptions: overrides.map((o) => ({ key: o.key, value: o.value })),
    startsOn: input.startsOn ?? null,
    until,
  };
}
