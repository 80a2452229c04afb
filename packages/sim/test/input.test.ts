import { describe, expect, it } from 'vitest';
import { MAX_TRIALS, SimulationInputError, parseSimulationInput } from '../src/index.ts';
import { model } from './model.ts';

function refusal(raw: unknown): SimulationInputError {
  try {
    parseSimulationInput(raw, model.assumptions);
  } catch (error) {
    expect(error).toBeInstanceOf(SimulationInputError);
    return error as SimulationInputError;
  }
  throw new Error(`accepted ${JSON.stringify(raw)}`);
}

describe('given a valid input', () => {
  it('fills in the defaults and keeps the levers', () => {
    const input = parseSimulationInput(
      { forcedPublication: { afterDays: 45, appliesTo: 'ALL_PRODUCT_REPORTS' }, legalMandate: null, trials: 10 },
      model.assumptions,
    );
    expect(input.forcedPublication).toEqual({ afterDays: 45, appliesTo: 'ALL_PRODUCT_REPORTS' });
    expect(input.legalMandate).toBeNull();
    expect(input.acknowledgement).toBe(false);
    expect(input.trials).toBe(10);
    expect(Number.isInteger(input.seed)).toBe(true);
  });

  it('accepts an override inside the assumption range', () => {
    const input = parseSimulationInput(
      { assumptions: [{ key: 'forcedPublication.anticipation', value: 0.9 }] },
      model.assumptions,
    );
    expect(input.assumptions).toEqual([{ key: 'forcedPublication.anticipation', value: 0.9 }]);
  });
});

describe('given a bad input', () => {
  const cases: [string, unknown, string, RegExp][] = [
    [
      'negative days',
      { forcedPublication: { afterDays: -1, appliesTo: 'UNREACHABLE_VENDORS' } },
      'forcedPublication.afterDays',
      /from 0 to 7300/,
    ],
    [
      'fractional days',
      { legalMandate: { remediationDays: 2.5, compliance: 0.5 } },
      'legalMandate.remediationDays',
      /integer from 1 to 3650/,
    ],
    [
      'compliance above 1',
      { legalMandate: { remediationDays: 30, compliance: 1.5 } },
      'legalMandate.compliance',
      /from 0 to 1/,
    ],
    [
      'negative compliance',
      { legalMandate: { remediationDays: 30, compliance: -0.1 } },
      'legalMandate.compliance',
      /from 0 to 1/,
    ],
    ['negative bounty', { bounty: { amountJpy: -100 } }, 'bounty.amountJpy', /from 0 to 10000000/],
    ['zero trials', { trials: 0 }, 'trials', new RegExp(`from 1 to ${MAX_TRIALS}`)],
    ['absurd trials', { trials: 1_000_000 }, 'trials', new RegExp(`from 1 to ${MAX_TRIALS}`)],
    ['NaN trials', { trials: Number.NaN }, 'trials', /got NaN/],
    [
      'NaN compliance',
      { legalMandate: { remediationDays: 30, compliance: Number.NaN } },
      'legalMandate.compliance',
      /got NaN/,
    ],
    ['infinite bounty', { bounty: { amountJpy: Number.POSITIVE_INFINITY } }, 'bounty.amountJpy', /from 0/],
    [
      'unknown scope',
      { forcedPublication: { afterDays: 45, appliesTo: 'EVERYONE' } },
      'forcedPublication.appliesTo',
      /UNREACHABLE_VENDORS or ALL_PRODUCT_REPORTS/,
    ],
    ['unknown field', { bonus: 1 }, 'bonus', /unknown field/],
    [
      'unknown assumption',
      { assumptions: [{ key: 'bounty.magic', value: 1 }] },
      'assumptions.0.key',
      /unknown assumption/,
    ],
    [
      'override outside its range',
      { assumptions: [{ key: 'forcedPublication.anticipation', value: 0.95 }] },
      'assumptions.0.value',
      /from 0 to 0.9/,
    ],
    [
      'override twice',
      {
        assumptions: [
          { key: 'bounty.supplyElasticity', value: 0.1 },
          { key: 'bounty.supplyElasticity', value: 0.2 },
        ],
      },
      'assumptions.1.key',
      /twice/,
    ],
    ['seed beyond 32 bits', { seed: 2 ** 40 }, 'seed', /integer/],
  ];
  for (const [name, raw, path, message] of cases) {
    it(`refuses ${name}, naming ${path} and the allowed range`, () => {
      const error = refusal(raw);
      expect(error.path).toBe(path);
      expect(error.message).toMatch(message);
      expect(error.message).toContain(path);
      expect(error.messageJa.length).toBeGreaterThan(0);
    });
  }
});
