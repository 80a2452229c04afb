/**
 * The simulator's presets: one per reference program of Table 4-3, a BOD-style mandate and the blank baseline.
 * Each is the lever part of a SimulationInput (the contract's shape); assumptions stay as the model has them.
 */
import type { SimulationInputRaw } from '@kaiji/sim';
import type { SchemaEnum } from '$lib/graphql';

/** The lever part of the engine's input (@kaiji/sim owns its shape). */
export type LeverInput = Pick<
  SimulationInputRaw,
  'forcedPublication' | 'bounty' | 'acknowledgement' | 'legalMandate' | 'staffCapacity'
>;

export type PresetKey = 'baseline' | 'cert-cc' | 'kisa-krcert' | 'ncsc-nl' | 'cert-eu' | 'cisa-bod-20-01';

export interface Preset {
  key: PresetKey;
  /** The program it stands for, where there is one. */
  program: string | null;
  /** The option of Table 4-3 it stands for, where there is one. */
  option: SchemaEnum<'PolicyOptionKey'> | null;
  levers: LeverInput;
}

export const PRESETS: readonly Preset[] = [
  { key: 'baseline', program: null, option: null, levers: {} },
  {
    key: 'cert-cc',
    program: 'cert-cc',
    option: 'FORCED_PUBLICATION',
    // CERT/CC publishes 45 days after the initial report, patched or not.
    levers: { forcedPublication: { afterDays: 45, appliesTo: 'ALL_PRODUCT_REPORTS' } },
  },
  {
    key: 'kisa-krcert',
    program: 'kisa-krcert',
    option: 'BOUNTY',
    // About KRW 0.6-0.8M per award in 2016-2017 (Korean press): roughly 70,000 yen.
    levers: { bounty: { amountJpy: 70000 } },
  },
  {
    key: 'ncsc-nl',
    program: 'ncsc-nl',
    option: 'BOUNTY',
    // From a T-shirt to gift vouchers: a small reward, plus the Wall of Fame.
    levers: { bounty: { amountJpy: 5000 }, acknowledgement: true },
  },
  { key: 'cert-eu', program: 'cert-eu', option: 'ACKNOWLEDGEMENT', levers: { acknowledgement: true } },
  {
    key: 'cisa-bod-20-01',
    program: 'cisa-bod-20-01',
    option: 'LEGAL_MANDATE',
    // BOD 19-02 style: high findings within 30 days; agencies met deadlines about half the time.
    levers: { legalMandate: { remediationDays: 30, compliance: 0.5 } },
  },
];

export function presetByKey(key: string | null | undefined): Preset | undefined {
  return PRESETS.find((p) => p.key === key);
}

/** The preset that tries a Table 4-3 option as a reference program has it. */
export function presetForOption(option: string, program: string): PresetKey | undefined {
  return (PRESETS.find((p) => p.option === option && p.program === program) ?? PRESETS.find((p) => p.option === option))
    ?.key;
}
