import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { HistoryCache, SimulationInputError, parseSimulationInput, runSimulation } from '../src/index.ts';
import { SERIES } from '../src/measure.ts';
import { defaultDataDir } from '../src/node/index.ts';
import { fitIntakeOf, intakeWindowYears } from '../src/node/fit-intake.ts';
import { model } from './model.ts';

const rule = {
  forcedPublication: { afterDays: 45, appliesTo: 'ALL_PRODUCT_REPORTS' },
  legalMandate: { remediationDays: 30, compliance: 0.5 },
  bounty: { amountJpy: 50_000 },
};
const projected = runSimulation({ ...rule, trials: 12, seed: 5, until: '2030-03-31', startsOn: '2027-04-01' }, model);
const q = (quarter: string) => projected.series.quarters.indexOf(quarter);

describe('given a rule that starts on 2027-04-01, projected to 2030-03-31', () => {
  it('runs to 2030Q1, says where the data end, and echoes the dates', () => {
    expect(projected.series.quarters.at(-1)).toBe('2030Q1');
    expect(projected.asOf).toBe('2030-03-31');
    expect(projected.dataEndsOn).toBe('2020-09-30');
    expect([projected.input.startsOn, projected.input.until]).toEqual(['2027-04-01', '2030-03-31']);
  });

  it('equals the baseline exactly in every quarter before the start', () => {
    const before = q('2027Q2');
    for (const name of SERIES) {
      const { baseline, scenario } = projected.series[name];
      for (const part of ['low', 'mean', 'high'] as const)
        expect(scenario[part].slice(0, before), `${name}.${part}`).toEqual(baseline[part].slice(0, before));
    }
    // ...and not after it: the rule does act.
    const after = q('2027Q3');
    expect(projected.series.productInHandling.scenario.mean[after]).toBeLessThan(
      projected.series.productInHandling.baseline.mean[after]! / 2,
    );
  });

  it('reaches the cases still open on the start date (published at the start date plus 45 days)', () => {
    const s = projected.series.productPublishedCumulative;
    const jump = (arm: 'baseline' | 'scenario') => s[arm].mean[q('2027Q2')]! - s[arm].mean[q('2027Q1')]!;
    expect(jump('scenario')).toBeGreaterThan(jump('baseline') + 1000);
  });

  it('raises the share of each quarter’s publications made within 45 days, once the backlog is out', () => {
    const share = projected.series.productPublishedWithin45DaysShare;
    for (const quarter of ['2028Q1', '2029Q1', '2030Q1'])
      expect(share.scenario.mean[q(quarter)], quarter).toBeGreaterThan(share.baseline.mean[q(quarter)]! + 0.3);
  });

  it('pays the bounty only for reports that arrive after the start', () => {
    const cost = projected.metrics.find((m) => m.key === 'BOUNTY_COST_JPY')!;
    const always = runSimulation({ ...rule, trials: 12, seed: 5, until: '2030-03-31' }, model).metrics.find(
      (m) => m.key === 'BOUNTY_COST_JPY',
    )!;
    expect(cost.scenario).toBeGreaterThan(0);
    expect(cost.scenario).toBeLessThan(always.scenario / 3);
  });
});

describe('given a projection past the data', () => {
  const replayed = runSimulation({ trials: 12, seed: 5 }, model);
  const far = runSimulation({ trials: 60, seed: 8, until: '2035-12-31' }, model);
  const at = (quarter: string) => far.series.quarters.indexOf(quarter);

  it('carries the stock over: every quarter of the data is the replay’s', () => {
    const n = replayed.series.quarters.length;
    const base = runSimulation({ trials: 12, seed: 5, until: '2030-03-31' }, model);
    for (const name of SERIES)
      expect(base.series[name].baseline.mean.slice(0, n), name).toEqual(replayed.series[name].baseline.mean);
  });

  it('draws the intake: bands that widen with the horizon and hold the mean', () => {
    for (const name of ['productReportsCumulative', 'websiteReportsCumulative'] as const) {
      const b = far.series[name].baseline;
      const width = (quarter: string) => b.high[at(quarter)]! - b.low[at(quarter)]!;
      expect(width('2020Q3'), name).toBe(0);
      expect(width('2022Q4'), name).toBeGreaterThan(0);
      expect(width('2026Q4'), name).toBeGreaterThan(width('2022Q4'));
      expect(width('2035Q4'), name).toBeGreaterThan(width('2026Q4'));
      for (let i = 0; i < b.mean.length; i++) {
        expect(b.mean[i]!, `${name} ${far.series.quarters[i]}`).toBeGreaterThanOrEqual(b.low[i]!);
        expect(b.mean[i]!, `${name} ${far.series.quarters[i]}`).toBeLessThanOrEqual(b.high[i]!);
      }
    }
  });

  it('gives the same numbers from a kept history cache as from a fresh run', () => {
    const input = { ...rule, trials: 6, seed: 3, until: '2026-12-31', startsOn: '2024-01-01' };
    const cache = new HistoryCache();
    runSimulation({ ...input, legalMandate: null }, model, { cache });
    expect(JSON.stringify(runSimulation(input, model, { cache }))).toBe(JSON.stringify(runSimulation(input, model)));
  });

  it('lists the intake model’s parameters among the assumptions, and only when it projects', () => {
    const keys = far.assumptions.map((a) => a.key);
    expect(keys).toEqual(expect.arrayContaining(['intake.software.ratePerQuarter', 'intake.trendDampingPerYear']));
    expect(replayed.assumptions.map((a) => a.key)).not.toContain('intake.software.ratePerQuarter');
  });

  it('gives what was observed beside the bands: Figure 1-1, the intake history, Chapter 1 at 2020Q3', () => {
    const obs = (name: keyof typeof far.series, quarter: string) =>
      (far.series[name] as { observed: (number | null)[] }).observed[at(quarter)];
    expect(obs('reportsCumulative', '2019Q2')).toBe(14710);
    expect(obs('reportsCumulative', '2020Q3')).toBe(15923);
    expect(obs('productReportsCumulative', '2016Q3')).toBe(3295);
    expect(obs('productPublishedCumulative', '2020Q3')).toBe(2141);
    expect(obs('websiteFixedCumulative', '2020Q3')).toBe(7921);
    expect(obs('websiteOpenOver90Days', '2019Q3')).toBe(391);
    expect(obs('productPublishedWithin45DaysShare', '2018Q1')).toBe(0.06);
    expect(obs('productReportsCumulative', '2025Q1')).toBeNull();
  });
});

describe('given the dates of an input', () => {
  const refusal = (raw: object) => {
    try {
      parseSimulationInput(raw, model.assumptions, model.calendar.asOf);
    } catch (error) {
      expect(error).toBeInstanceOf(SimulationInputError);
      return error as SimulationInputError;
    }
    throw new Error(`accepted ${JSON.stringify(raw)}`);
  };
  it.each([
    [{ until: '2040-06-30' }, 'until', /to 2040-03-31/],
    [{ until: '2030-02-28' }, 'until', /quarter end/],
    [{ until: '2019-12-31' }, 'until', /from 2020-09-30/],
    [{ until: 'soon' }, 'until', /ISO date/],
    [{ startsOn: 'tomorrow' }, 'startsOn', /ISO date/],
    [{ startsOn: '2027-02-30' }, 'startsOn', /ISO date/],
  ])('refuses %j, naming %s, in English and Japanese', (raw, path, message) => {
    const error = refusal(raw);
    expect(error.path).toBe(path);
    expect(error.message).toMatch(message);
    expect(error.messageJa).toContain(path);
  });
  it('accepts the last quarter end it allows', () => {
    expect(parseSimulationInput({ until: '2040-03-31' }, model.assumptions, model.calendar.asOf).until).toBe(
      '2040-03-31',
    );
  });
});

describe('given data/simulation/intake-fitted.yaml', () => {
  it('holds what `pnpm --filter @kaiji/sim fit:intake` fits to data/ today', () => {
    const dir = defaultDataDir();
    const file = parse(readFileSync(join(dir, 'simulation/intake-fitted.yaml'), 'utf8'), { schema: 'core' });
    expect(file, 'intake-fitted.yaml is stale: run pnpm --filter @kaiji/sim fit:intake').toEqual(
      fitIntakeOf(model, intakeWindowYears(dir)),
    );
  });
});
