import { DEFAULT_TRIALS, MAX_TRIALS } from '@kaiji/sim';
import { builder } from '../builder.ts';

/** What `simulate`, `sensitivity` and a saved scenario take: the scenario's levers, and how to run it. */

const ForcedPublicationScopeEnum = builder.enumType('ForcedPublicationScope', {
  description: 'Which product reports a forced publication applies to.',
  values: {
    UNREACHABLE_VENDORS: {
      description: "Only cases whose vendor cannot be reached (the report's 連絡不能 / 調整不能 path).",
    },
    ALL_PRODUCT_REPORTS: { description: 'Every accepted software-product report still unpublished at the deadline.' },
  },
});

const ForcedPublicationInput = builder.inputType('ForcedPublicationInput', {
  description: 'Publish product vulnerabilities after a set period (Table 4-3, reference: CERT/CC).',
  fields: (t) => ({
    afterDays: t.int({
      required: true,
      description: 'Days after acceptance at which an unpublished case is published.',
    }),
    appliesTo: t.field({ type: ForcedPublicationScopeEnum, required: true, description: 'Which cases it applies to.' }),
  }),
});

const BountyInput = builder.inputType('BountyInput', {
  description: 'Pay reporters a bounty (Table 4-3, references: KISA/KrCERT, NCSC-NL).',
  fields: (t) => ({ amountJpy: t.int({ required: true, description: 'Paid per accepted report, in yen.' }) }),
});

const LegalMandateInput = builder.inputType('LegalMandateInput', {
  description:
    'Oblige website operators by law to fix notified vulnerabilities (Table 4-3, reference: CISA BOD 20-01).',
  fields: (t) => ({
    remediationDays: t.int({
      required: true,
      description: 'Days within which a website operator must fix a notified vulnerability.',
    }),
    compliance: t.float({ required: true, description: 'Share of operators that comply, 0 to 1.' }),
  }),
});

const StaffCapacityInput = builder.inputType('StaffCapacityInput', {
  description: 'The Partnership’s handling capacity (beyond the contract).',
  fields: (t) => ({
    reportsPerWorkingDay: t.float({
      required: true,
      description: 'Reports the Partnership can handle per working day.',
    }),
  }),
});

const AssumptionOverrideInput = builder.inputType('AssumptionOverride', {
  description: 'Pins one assumption of the model to a value of its range in every trial (beyond the contract).',
  fields: (t) => ({
    key: t.string({
      required: true,
      description: 'The assumption’s key, as `simulate { assumptions { key } }` lists them.',
    }),
    value: t.float({ required: true, description: 'The value, within the assumption’s range.' }),
  }),
});

export const SimulationInputRef = builder.inputType('SimulationInput', {
  description:
    'A policy scenario replayed against the Partnership’s reports up to asOf. Absent levers keep the baseline.',
  fields: (t) => ({
    forcedPublication: t.field({
      type: ForcedPublicationInput,
      required: false,
      description: 'Publication after a set period.',
    }),
    bounty: t.field({ type: BountyInput, required: false, description: 'Bounties for reports.' }),
    acknowledgement: t.boolean({
      required: false,
      description: 'Publish acknowledgements of finders (reference: CERT-EU).',
    }),
    legalMandate: t.field({
      type: LegalMandateInput,
      required: false,
      description: 'A legal obligation to fix websites.',
    }),
    staffCapacity: t.field({
      type: StaffCapacityInput,
      required: false,
      description: 'The handling capacity (beyond the contract).',
    }),
    assumptions: t.field({
      type: [AssumptionOverrideInput],
      required: false,
      description: 'Assumptions pinned to a value (beyond the contract).',
    }),
    trials: t.int({
      required: false,
      // Both numbers are the engine's own (@kaiji/sim), so the description cannot drift from what runs.
      description: `Monte Carlo trials (default ${DEFAULT_TRIALS}, at most ${MAX_TRIALS.toLocaleString('en')}); the server rejects values it will not run, with a clear error.`,
    }),
    seed: t.int({ required: false, description: 'Same seed and input, same result.' }),
    startsOn: t.string({
      required: false,
      description:
        'ISO date the levers take effect. Absent: the first report (2004-07-08), as if always in force. Cases still open on that date fall under the levers from then on; nothing before it changes.',
    }),
    until: t.string({
      required: false,
      description:
        'ISO quarter-end date the run ends at (up to 2040-03-31). Absent: the last quarter of data. A later date projects forward: reports after the data are drawn from the intake model, and its uncertainty is part of the bands.',
    }),
  }),
});

export const SimulationModeEnum = builder.enumType('SimulationMode', {
  description: 'How thoroughly to run.',
  values: {
    MONTE_CARLO: {
      value: 'monteCarlo' as const,
      description: 'All the trials asked for, with assumptions drawn from their ranges.',
    },
    PREVIEW: {
      value: 'preview' as const,
      description: 'At most 8 trials with assumptions at their values: for redrawing while a slider moves.',
    },
  },
});
