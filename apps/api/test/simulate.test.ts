import type { GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ASSUMPTION_KINDS, Confidence } from '@kaiji/sim';
import { loadSimulationModel } from '@kaiji/sim/node';
import { Simulator } from '../src/simulation/simulator.ts';
import { contractSchema } from './contract.ts';
import { startServer } from './server.ts';
import { simulatorServer } from './simulator-server.ts';

const RESULT = /* GraphQL */ `
  seed trials calibrated mode
  metrics { key label(lang: JA) unit baseline scenario scenarioLow scenarioHigh target { value } }
  assumptions { key value text source { label locator } }
  warnings { code field text }
`;

const api = simulatorServer();

describe('given simulate', () => {
  it('replays a scenario: the contract’s metrics in order, the seed echoed, the assumptions listed', async () => {
    const data = await api.server.data(`query ($input: SimulationInput!) { simulate(input: $input) { ${RESULT} } }`, {
      input: { bounty: { amountJpy: 100000 }, trials: 20, seed: 7 },
    });
    const r = data.simulate;
    expect(r.seed).toBe(7);
    expect(r.trials).toBe(20);
    expect(r.mode).toBe('MONTE_CARLO');
    // Every MetricKey of the public contract, in the contract's order.
    const contractKeys = (contractSchema().getType('MetricKey') as GraphQLEnumType).getValues().map((v) => v.name);
    expect(r.metrics.map((m: { key: string }) => m.key)).toEqual(contractKeys);
    const bounty = r.metrics.find((m: { key: string }) => m.key === 'BOUNTY_COST_JPY');
    expect(bounty.baseline).toBe(0);
    expect(bounty.scenario).toBeGreaterThan(0);
    expect(r.assumptions.length).toBeGreaterThan(5);
    expect(r.metrics[0].label).toBe('1 就業日あたりの届出件数');
  });

  it('serves each assumption’s kind and confidence as enums of the model’s own values, the strings as before', async () => {
    const data = await api.server.data(
      `query ($input: SimulationInput!) {
        simulate(input: $input) { assumptions { key kind confidence } }
        kinds: __type(name: "AssumptionKind") { kind enumValues { name } }
        levels: __type(name: "Confidence") { kind enumValues { name } }
        assumption: __type(name: "Assumption") { fields { name type { kind name ofType { kind name } } } }
      }`,
      { input: { trials: 4, seed: 1 } },
    );
    const field = (name: string) => data.assumption.fields.find((f: { name: string }) => f.name === name).type;
    expect(field('kind')).toEqual({ kind: 'NON_NULL', name: null, ofType: { kind: 'ENUM', name: 'AssumptionKind' } });
    expect(field('confidence')).toEqual({ kind: 'ENUM', name: 'Confidence', ofType: null });
    expect(data.kinds).toEqual({ kind: 'ENUM', enumValues: ASSUMPTION_KINDS.map((name) => ({ name })) });
    expect(data.levels.kind).toBe('ENUM');
    expect(data.levels.enumValues.map((v: { name: string }) => v.name).sort()).toEqual([...Confidence.options].sort());
    const assumptions: { key: string; kind: string; confidence: string | null }[] = data.simulate.assumptions;
    // Both kinds appear, each entry with the confidence its data file gives (fitted parameters have none).
    expect(new Set(assumptions.map((a) => a.kind))).toEqual(new Set(ASSUMPTION_KINDS));
    const model = loadSimulationModel();
    for (const a of assumptions.filter((x) => x.kind === 'assumption')) {
      expect(a.confidence).toBe(model.assumptions.find((m) => m.key === a.key)!.confidence);
    }
    for (const a of assumptions.filter((x) => x.kind === 'fitted')) expect(a.confidence).toBeNull();
  });

  it('gives the same result for the same seed and input', async () => {
    const input = { forcedPublication: { afterDays: 45, appliesTo: 'UNREACHABLE_VENDORS' }, trials: 10, seed: 3 };
    // Two documents, so the second is computed again rather than served from the response cache.
    const a = await api.server.data(
      `query ($input: SimulationInput!) { simulate(input: $input) { metrics { key scenario } } }`,
      { input },
    );
    const b = await api.server.data(
      `query Again($input: SimulationInput!) { simulate(input: $input) { metrics { key scenario } } }`,
      { input },
    );
    expect(b).toEqual(a);
  });

  it.each([
    [{ bounty: { amountJpy: -5 } }, 'input.bounty.amountJpy'],
    [{ trials: 5000 }, 'input.trials'],
    [{ legalMandate: { remediationDays: 30, compliance: 1.5 } }, 'input.legalMandate.compliance'],
    [{ forcedPublication: { afterDays: -1, appliesTo: 'ALL_PRODUCT_REPORTS' } }, 'input.forcedPublication.afterDays'],
    [{ assumptions: [{ key: 'no.suchAssumption', value: 1 }] }, 'input.assumptions.0.key'],
  ])('refuses %j with a 400 naming %s, without sending it to a worker', async (input, field) => {
    const submitted = api.simulator.jobsSubmitted;
    const { status, body } = await api.server.gql(
      `query ($input: SimulationInput!) { simulate(input: $input) { seed } }`,
      {
        input,
      },
    );
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toContain(field);
    expect(body.errors?.[0]?.extensions?.field).toBe(field);
    expect(body.errors?.[0]?.extensions?.messageJa).toBeTruthy();
    expect(api.simulator.jobsSubmitted).toBe(submitted);
  });

  it('names a warning’s lever by its label in either language, with the value run and the range the evidence covers', async () => {
    const data = await api.server.data(
      `query ($input: SimulationInput!) { simulate(input: $input) {
        warnings { code field ja: label(lang: JA) en: label(lang: EN) value range } } }`,
      { input: { bounty: { amountJpy: 2_000_000 }, trials: 2, seed: 1 } },
    );
    const lever = api.simulator.model.model.leverRanges.find((l) => l.field === 'bounty.amountJpy')!;
    expect(data.simulate.warnings).toContainEqual({
      code: 'LEVER_OUTSIDE_EVIDENCE',
      field: 'bounty.amountJpy',
      ja: lever.label.ja,
      en: lever.label.en,
      value: 2_000_000,
      range: lever.range,
    });
    // A warning about no lever has none of them.
    const preview = await api.server.data(
      `{ simulate(input: { trials: 2, seed: 1 }, mode: PREVIEW) { warnings { code label value range } } }`,
    );
    expect(preview.simulate.warnings).toContainEqual({ code: 'PREVIEW', label: null, value: null, range: null });
  });

  it('refuses a wrongly typed input field before running, naming it', async () => {
    const { status, body } = await api.server.gql(
      `query ($input: SimulationInput!) { simulate(input: $input) { seed } }`,
      {
        input: { trials: 'many' },
      },
    );
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/trials/);
  });

  it('refuses two simulate fields in one operation', async () => {
    const { status, body } = await api.server.gql(
      `{ a: simulate(input: {}) { seed } b: simulate(input: {}) { seed } }`,
    );
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(
      /`simulate` is expensive and may appear at most 1 time\(s\) per operation, found 2/,
    );
  });

  it('keeps serving other queries while a long simulation runs', async () => {
    let longDone = false;
    const long = api.server.gql(`{ simulate(input: { trials: 1500, seed: 11 }) { trials } }`).then((r) => {
      longDone = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 50));
    const { status } = await api.server.gql(`{ programs(first: 5) { totalCount } }`);
    expect(status).toBe(200);
    // Answered while the simulation still runs on its worker: the HTTP thread was free (no clock involved).
    expect(longDone).toBe(false);
    expect((await long).body.data?.simulate.trials).toBe(1500);
  });
});

describe('given a rule that starts later, projected past the data', () => {
  const QUERY = `query ($input: SimulationInput!) { simulate(input: $input) {
    asOf dataEndsOn series { name quarters baseline { low mean high } scenario { low mean high } observed } } }`;
  it('returns quarterly bands to 2030Q1 beside what was observed, the baseline’s before 2027Q2', async () => {
    const data = await api.server.data(QUERY, {
      input: {
        until: '2030-03-31',
        startsOn: '2027-04-01',
        forcedPublication: { afterDays: 45, appliesTo: 'ALL_PRODUCT_REPORTS' },
        trials: 12,
        seed: 2,
      },
    });
    const r = data.simulate;
    expect([r.asOf, r.dataEndsOn]).toEqual(['2030-03-31', '2020-09-30']);
    type S = {
      name: string;
      quarters: string[];
      baseline: Record<'low' | 'mean' | 'high', number[]>;
      scenario: Record<'low' | 'mean' | 'high', number[]>;
      observed: (number | null)[];
    };
    const names = r.series.map((s: S) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'productReportsCumulative',
        'websiteReportsCumulative',
        'productPublishedCumulative',
        'websiteFixedCumulative',
        'productPublishedWithin45DaysShare',
      ]),
    );
    for (const s of r.series as S[]) {
      expect(s.quarters.at(-1)).toBe('2030Q1');
      const start = s.quarters.indexOf('2027Q2');
      expect(s.scenario.mean.slice(0, start), s.name).toEqual(s.baseline.mean.slice(0, start));
      expect(s.observed.length).toBe(s.quarters.length);
    }
    const published = (r.series as S[]).find((s) => s.name === 'productPublishedCumulative')!;
    expect(published.observed[published.quarters.indexOf('2020Q3')]).toBe(2141);
  });

  it.each([
    [{ until: '2041-03-31' }, 'input.until'],
    [{ until: '2030-02-28' }, 'input.until'],
    [{ startsOn: 'next April' }, 'input.startsOn'],
  ])('refuses %j with a 400 naming %s, in English and Japanese', async (input, field) => {
    const { status, body } = await api.server.gql(
      `query ($input: SimulationInput!) { simulate(input: $input) { seed } }`,
      {
        input,
      },
    );
    expect(status).toBe(400);
    const error = body.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.field).toBe(field);
    expect(error?.message).toContain(field);
    expect(error?.extensions?.messageJa).toContain(field.replace('input.', ''));
  });
});

describe('given backtest', () => {
  const QUERY = `query ($trials: Int) { backtest(trials: $trials) {
    trials dataEndsOn modelVersion refitted(lang: JA) fittedOnce
    overall { points coverage meanAbsolutePercentageError }
    origins { origin intakeFittedTo score { points coverage } bySeries { series points }
      points { series quarter observed low mean high inside } } } }`;

  it('scores each origin on what it had not seen, says what was refitted, and keeps the result', async () => {
    const data = await api.server.data(QUERY, { trials: 2 });
    const b = data.backtest;
    expect(b.trials).toBe(2);
    expect(b.dataEndsOn).toBe('2020-09-30');
    expect(b.origins.map((o: { origin: string }) => o.origin)).toEqual([
      '2012-12-31',
      '2015-12-31',
      '2016-12-31',
      '2018-12-31',
    ]);
    expect(b.refitted).toMatch(/当てはめ直した/);
    expect(b.fittedOnce).toMatch(/fitted once/);
    for (const o of b.origins) {
      expect(o.score.points).toBe(o.points.length);
      const [y, m] = o.origin.split('-').map(Number);
      const originQuarter = `${y}Q${Math.floor((m - 1) / 3) + 1}`;
      for (const p of o.points) expect(p.quarter > originQuarter, `${o.origin} ${p.quarter}`).toBe(true);
    }
    expect(b.overall.coverage).toBeGreaterThanOrEqual(0);
    expect(b.overall.coverage).toBeLessThanOrEqual(1);
    // Kept per model, trials and seed: the same numbers again (another document, so not the response cache).
    const again = await api.server.data(
      `query Again($trials: Int) { backtest(trials: $trials) { overall { coverage } } }`,
      {
        trials: 2,
      },
    );
    expect(again.backtest.overall.coverage).toBe(b.overall.coverage);
  });

  it('refuses more trials than it runs, naming the argument', async () => {
    const { status, body } = await api.server.gql(`{ backtest(trials: 500) { trials } }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.extensions?.field).toBe('trials');
    expect(body.errors?.[0]?.extensions?.messageJa).toContain('trials');
  });
});

describe('given /simulation/model.json', () => {
  it('serves the model the API runs, with its hash as the ETag, and a 304 when unchanged', async () => {
    const at = api.server.url.replace(/\/graphql$/, '/simulation/model.json');
    const response = await fetch(at);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { modelVersion: string; engineVersion: string; model: object };
    const data = await api.server.data(`{ simulate(input: { trials: 1 }) { modelVersion engineVersion } }`);
    expect(body.modelVersion).toBe(data.simulate.modelVersion);
    expect(body.engineVersion).toBe(data.simulate.engineVersion);
    expect(body.model).toHaveProperty('intake.projection.fit.fittedTo', '2020-09-30');
    const etag = response.headers.get('etag')!;
    expect(etag).toContain(body.modelVersion);
    const revalidated = await fetch(at, { headers: { 'if-none-match': etag } });
    expect(revalidated.status).toBe(304);
  });
});

describe('given a simulation that outlasts its time', () => {
  it('abandons it with an error naming the time, and answers the next job rather than hanging', async () => {
    // 1 ms is far less than any 2,000-trial run takes, so the run is always still going when its time is up.
    const hasty = new Simulator({ workers: 1, maxQueue: 4, timeoutMs: 1 });
    try {
      await expect(hasty.run({ trials: 2000, seed: 1 })).rejects.toThrow('simulation timed out after 1 ms');
      // Its worker was ended and another started: the next job is taken (not refused as busy) and answered.
      await expect(hasty.run({ trials: 2000, seed: 2 })).rejects.toThrow('simulation timed out after 1 ms');
    } finally {
      await hasty.close();
    }
  });
});

describe('given more simulations than the queue holds', () => {
  it('refuses the excess with 503 and Retry-After, and serves the rest', async () => {
    const tight = new Simulator({ workers: 1, maxQueue: 1 });
    const busy = await startServer({ simulator: tight });
    try {
      const responses = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          busy.gql(`{ simulate(input: { trials: 200, seed: ${i + 100} }) { seed } }`),
        ),
      );
      const refused = responses.filter((r) => r.status === 503);
      expect(refused.length).toBeGreaterThan(0);
      expect(refused[0]!.headers.get('retry-after')).toBe('5');
      expect(refused[0]!.body.errors?.[0]?.extensions?.code).toBe('SIMULATOR_BUSY');
      expect(responses.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(2);
    } finally {
      await busy.close();
      await tight.close();
    }
  });
});
