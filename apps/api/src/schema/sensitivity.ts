import type { SensitivityBar, SensitivityResult } from '@kaiji/sim';
import { builder } from '../builder.ts';
import { MetricKeyEnum } from './simulation.ts';
import { SimulationInputRef } from './simulation-input.ts';

const SensitivityBarRef = builder.objectRef<SensitivityBar>('SensitivityBar').implement({
  description: 'How far one assumption moves a metric when set to each end of its range, every other input held.',
  fields: (t) => ({
    assumption: t.exposeString('assumption', {
      description: 'The assumption’s key, as in SimulationResult.assumptions.',
    }),
    low: t.exposeFloat('low', { description: 'The low end of the assumption’s range.' }),
    high: t.exposeFloat('high', { description: 'The high end of the assumption’s range.' }),
    atLow: t.exposeFloat('atLow', { description: 'The metric’s scenario mean with the assumption at its low end.' }),
    atHigh: t.exposeFloat('atHigh', {
      description: 'The metric’s scenario mean with the assumption at its high end.',
    }),
  }),
});

const SensitivityRef = builder.objectRef<SensitivityResult>('Sensitivity').implement({
  description: 'A tornado: which assumptions the answer hangs on, the largest swing first.',
  fields: (t) => ({
    metric: t.field({ type: MetricKeyEnum, description: 'The metric.', resolve: (r) => r.metric }),
    base: t.exposeFloat('base', {
      description: 'The metric’s scenario mean with every assumption at its default (or the input’s pin).',
    }),
    bars: t.field({ type: [SensitivityBarRef], description: 'Largest swing first.', resolve: (r) => r.bars }),
    trials: t.exposeInt('trials', {
      description:
        'Trials per run (beyond the contract). Every run uses the input’s seed, so runs differ only by the assumption moved.',
    }),
    runs: t.exposeInt('runs', {
      description: 'Runs made: one at the base and two per assumption (beyond the contract).',
    }),
  }),
});

builder.queryField('sensitivity', (t) =>
  t.field({
    type: SensitivityRef,
    description:
      'For the scenario and one metric, each assumption set to the low and the high end of its range with every other input held, the largest swing first. Expensive: at most one per operation; a wrong input is refused naming its field, as simulate does.',
    args: {
      input: t.arg({ type: SimulationInputRef, required: true, description: 'The scenario.' }),
      metric: t.arg({ type: MetricKeyEnum, required: true, description: 'The metric to explain.' }),
    },
    resolve: (_root, { input, metric }, { simulator }) => simulator.sensitivity(input, metric),
  }),
);
