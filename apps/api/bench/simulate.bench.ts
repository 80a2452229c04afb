/**
 * The simulator through the API, one JSON object per line ({"name", "value", "unit"}), with where the time goes:
 *
 *   pnpm --filter @kaiji/api bench   (after the throughput benchmark)
 *
 * A real server on loopback in this process, its simulator on one worker thread. For each request: the whole
 * round trip (HTTP, parse, validate, queue, worker, GraphQL execution, JSON), the engine's time inside the
 * worker, the reply's transfer from the worker (structured clone), and the rest. Each figure is also a ratio to
 * the API's no-lever replay of 1,000 trials in the same run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildKnowledgeBase } from '@kaiji/db';
import { defaultDataDir } from '@kaiji/kb';
import { KnowledgeBase } from '../src/knowledge-base.ts';
import { ScenarioStore } from '../src/scenarios/store.ts';
import { Simulator } from '../src/simulation/simulator.ts';
import { createKaijiYoga } from '../src/yoga.ts';

const line = (name: string, value: number, unit: string) =>
  console.log(JSON.stringify({ name, value: Number(value.toPrecision(4)), unit }));

// What the /simulate page asks for a run: every metric and every series with its bands and observations.
const QUERY = `query ($input: SimulationInput!) { simulate(input: $input) {
  seed trials asOf dataEndsOn modelVersion
  metrics { key label(lang: JA) unit baseline baselineLow baselineHigh scenario scenarioLow scenarioHigh }
  series { name quarters baseline { low mean high } scenario { low mean high } observed }
  assumptions { key value text(lang: JA) } warnings { code text(lang: JA) } } }`;

// The machine's load when the run began: figures measured under load are slower, their ratios less so.
line('api.simulate.load_average_1m', loadavg()[0]!, 'load');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'kaiji-sim-api-bench-'));
  const simulator = new Simulator({ workers: 1, maxQueue: 4, timeoutMs: 600_000 });
  const built = buildKnowledgeBase(defaultDataDir(), join(dir, 'kaiji.sqlite'));
  if (!built.ok) throw new Error('data/ does not build');
  const knowledgeBase = new KnowledgeBase(join(dir, 'kaiji.sqlite'));
  const scenarioStore = new ScenarioStore(join(dir, 'scenarios.sqlite'));
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- yoga answers every request itself
  const server = createServer(createKaijiYoga({ knowledgeBase, scenarioStore, simulator, production: true }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  try {
    const ask = async (input: object) => {
      const start = performance.timeOrigin + performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: QUERY, variables: { input } }),
      });
      const text = await response.text();
      const end = performance.timeOrigin + performance.now();
      if (response.status !== 200) throw new Error(`simulate failed: ${text.slice(0, 300)}`);
      const t = simulator.lastTiming!;
      return {
        total: end - start,
        engine: t.computedAt - t.startedAt,
        transfer: t.receivedAt - t.computedAt,
        rest: end - start - (t.receivedAt - t.startedAt),
        bytes: text.length,
      };
    };
    const measure = async (inputs: object[]) => {
      const runs: Awaited<ReturnType<typeof ask>>[] = [];
      for (const input of inputs) runs.push(await ask(input));
      const pick = (k: 'total' | 'engine' | 'transfer' | 'rest' | 'bytes') => median(runs.map((r) => r[k]));
      return {
        total: pick('total'),
        engine: pick('engine'),
        transfer: pick('transfer'),
        rest: pick('rest'),
        bytes: pick('bytes'),
      };
    };
    const twoLevers = {
      forcedPublication: { afterDays: 45, appliesTo: 'ALL_PRODUCT_REPORTS' },
      legalMandate: { remediationDays: 30, compliance: 0.5 },
    };
    // The first run starts the worker (bundling it, loading the model) and warms the JIT: not reported.
    await ask({ ...twoLevers, trials: 200, seed: 1, until: '2030-03-31', startsOn: '2027-04-01' });
    const seeds = (from: number) => [from, from + 1, from + 2];
    const base = await measure(seeds(300).map((seed) => ({ trials: 1000, seed })));
    const report = (name: string, m: Awaited<ReturnType<typeof measure>>) => {
      line(`api.simulate.${name}.total`, m.total, 'ms');
      line(`api.simulate.${name}.engine_in_worker`, m.engine, 'ms');
      line(`api.simulate.${name}.worker_transfer`, m.transfer, 'ms');
      line(`api.simulate.${name}.http_graphql_json`, m.rest, 'ms');
      line(`api.simulate.${name}.response_bytes`, m.bytes, 'bytes');
      line(`api.simulate.${name}.total_over_no_lever`, m.total / base.total, 'ratio');
      // Issue 9's target: a 1,000-trial run with two levers to 2030 answers in under 1 s (below 1: met).
      if (name === '1000_trials_two_levers_to_2030.new_seed')
        line(`api.simulate.${name}.over_target`, m.total / 1000, 'ratio');
    };
    report('1000_trials_no_lever', base);
    report(
      '1000_trials_two_levers_to_2030.new_seed',
      await measure(
        seeds(400).map((seed) => ({ ...twoLevers, trials: 1000, seed, until: '2030-03-31', startsOn: '2027-04-01' })),
      ),
    );
    report(
      '1000_trials_two_levers_to_2030.same_seed',
      await measure(
        [20, 21, 22].map((days) => ({
          ...twoLevers,
          legalMandate: { remediationDays: days, compliance: 0.5 },
          trials: 1000,
          seed: 400,
          until: '2030-03-31',
          startsOn: '2027-04-01',
        })),
      ),
    );
  } finally {
    server.closeAllConnections();
    server.close();
    await simulator.close();
    knowledgeBase.close();
    scenarioStore.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
