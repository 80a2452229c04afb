import { readFileSync } from 'node:fs';
import { buildSchema, isObjectType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { runSensitivity, runSensitivityRuns, tornadoOf } from '@kaiji/sim';
import { Simulator } from '../src/simulation/simulator.ts';
import { contractPath } from './contract.ts';
import { simulatorServer } from './simulator-server.ts';

const api = simulatorServer();

/** The contract with its additions, as the additions file says to read them. */
function contractWithAdditions(): GraphQLSchema {
  const additions = contractPath.replace(/schema\.graphql$/, 'schema.additions.graphql');
  return buildSchema(readFileSync(contractPath, 'utf8') + readFileSync(additions, 'utf8'));
}

const TORNADO = /* GraphQL */ `
  query ($input: SimulationInput!, $metric: MetricKey!) {
    sensitivity(input: $input, metric: $metric) {
      metric
      base
      trials
      runs
      bars {
        assumption
        low
        high
        atLow
        atHigh
      }
    }
  }
`;

describe('given sensitivity', () => {
  it('serves the contract addition’s types and field exactly', () => {
    const served = buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));
    const contract = contractWithAdditions();
    for (const name of ['Sensitivity', 'SensitivityBar']) {
      const want = contract.getType(name);
      const have = served.getType(name);
      if (!isObjectType(want) || !isObjectType(have)) throw new Error(`${name} is missing`);
      for (const [field, def] of Object.entries(want.getFields()))
        expect(String(have.getFields()[field]?.type), `${name}.${field}`).toBe(String(def.type));
    }
    const want = contract.getQueryType()!.getFields().sensitivity!;
    const have = served.getQueryType()!.getFields().sensitivity!;
    expect(String(have.type)).toBe(String(want.type));
    expect(have.args.map((a) => `${a.name}: ${String(a.type)}`)).toEqual(
      want.args.map((a) => `${a.name}: ${String(a.type)}`),
    );
  });

  it('puts the anticipation assumption first for the CERT/CC 45-day rule', async () => {
    const data = await api.server.data(TORNADO, {
      input: { forcedPublication: { afterDays: 45, appliesTo: 'ALL_PRODUCT_REPORTS' }, seed: 7 },
      metric: 'PRODUCT_PUBLISHED_WITHOUT_FIX',
    });
    const t = data.sensitivity;
    expect(t.metric).toBe('PRODUCT_PUBLISHED_WITHOUT_FIX');
    expect(t.bars[0].assumption).toBe('forcedPublication.anticipation');
    expect([t.bars[0].low, t.bars[0].high]).toEqual([0, 0.9]);
    // More anticipation: vendors fix before the deadline, fewer cases go out without a fix.
    expect(t.bars[0].atHigh).toBeLessThan(t.base);
    expect(t.bars[0].atLow).toBeGreaterThan(t.base);
    expect(t.runs).toBe(1 + 2 * t.bars.length);
  });

  it.each([
    [{ bounty: { amountJpy: -5 } }, 'input.bounty.amountJpy'],
    [{ assumptions: [{ key: 'no.suchAssumption', value: 1 }] }, 'input.assumptions.0.key'],
  ])('refuses %j with a 400 naming %s, as simulate does', async (input, field) => {
    const { status, body } = await api.server.gql(TORNADO, { input, metric: 'BOUNTY_COST_JPY' });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.field).toBe(field);
    expect(body.errors?.[0]?.extensions?.messageJa).toBeTruthy();
  });

  it('refuses an unknown metric and a second sensitivity in one operation', async () => {
    const unknown = await api.server.gql(TORNADO, { input: {}, metric: 'NOPE' });
    expect(unknown.status).toBe(400);
    const two = await api.server.gql(
      `{ a: sensitivity(input: {}, metric: WEBSITE_FIXED) { base } b: sensitivity(input: {}, metric: WEBSITE_FIXED) { base } }`,
    );
    expect(two.status).toBe(400);
    expect(two.body.errors?.[0]?.message).toMatch(/`sensitivity` is expensive and may appear at most 1 time/);
  });

  it('reads another metric of the same scenario from the runs it kept, as a fresh tornado would give it', async () => {
    const input = { bounty: { amountJpy: 70000 }, seed: 11 };
    const made = api.simulator.tornadoRunsMade;
    const cost = await api.server.data(TORNADO, { input, metric: 'BOUNTY_COST_JPY' });
    expect(api.simulator.tornadoRunsMade).toBe(made + 1);
    // Another metric, and the same scenario as the deck would ask for it (other trials): no new runs.
    const reports = await api.server.data(TORNADO, {
      input: { ...input, trials: 500 },
      metric: 'REPORTS_PER_WORKING_DAY',
    });
    expect(api.simulator.tornadoRunsMade).toBe(made + 1);
    // Another scenario is run anew.
    await api.server.data(TORNADO, { input: { ...input, seed: 12 }, metric: 'BOUNTY_COST_JPY' });
    expect(api.simulator.tornadoRunsMade).toBe(made + 2);
    // The engine on this thread, last (it holds the event loop while the server's idle sockets time out).
    const runs = runSensitivityRuns(input, api.simulator.model.model);
    for (const [answer, metric] of [
      [cost, 'BOUNTY_COST_JPY'],
      [reports, 'REPORTS_PER_WORKING_DAY'],
    ] as const) {
      const fresh = tornadoOf(runs, metric);
      expect(answer.sensitivity.bars).toEqual(fresh.bars);
      expect(answer.sensitivity.base).toBe(fresh.base);
    }
  });

  it('shares a tornado out among two workers with the same answer as one worker gives', async () => {
    const two = new Simulator({ workers: 2, maxQueue: 4 });
    try {
      const input = { forcedPublication: { afterDays: 45, appliesTo: 'ALL_PRODUCT_REPORTS' }, seed: 3 };
      const shared = await two.sensitivity(input, 'PRODUCT_PUBLISHED_WITHOUT_FIX');
      expect(shared).toEqual(runSensitivity(input, 'PRODUCT_PUBLISHED_WITHOUT_FIX', two.model.model));
    } finally {
      await two.close();
    }
  });
});
