import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { buildKnowledgeBase } from '@kaiji/db';
import { defaultDataDir } from '@kaiji/kb';
import { FULL_COMPARISON_QUERY, PROGRAMS_PAGE_QUERY } from './operations.ts';

/**
 * `pnpm bench` (load): what a study group's use looks like at its worst, measured in the same run against
 * the static floor. Forty connections send a mix of the reads the UI and analysts make (the full comparison,
 * pages of programs, Table 4-2 as of the report, what changed since, saved scenarios) while
 * simulations run alongside from ten clients (a new seed each, so none is a cache hit). The floor: a bare
 * node:http server sending the full comparison's bytes under the same forty connections. (Exports are left
 * out: each client may start 20 a minute, so a flood of them would measure the fair-use limit, which
 * test/writes.test.ts covers.) Reports errors and
 * p99 latency, and p99 as a ratio to the floor's. Bounded: two phases of KAIJI_BENCH_SECONDS (default 10 s),
 * one simulation a second, loopback only.
 */
const DURATION_S = Number(process.env.KAIJI_BENCH_SECONDS ?? 10);
const CONNECTIONS = 40;
const SIMULATION_CLIENTS = 10;
/** About what two workers finish on this size of machine (2 cores) while serving the reads. */
const SIMULATIONS_PER_SECOND = 1;

const line = (name: string, value: number, unit: string) =>
  console.log(JSON.stringify({ name, value: Number(value.toFixed(3)), unit }));

function startChild(args: string[], env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(fileURLToPath(new URL('./api-server.ts', import.meta.url)), args, {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: { ...process.env, ...env },
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m: { port: number }) => resolve({ child, port: m.port }));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
}

const READS = [
  { query: FULL_COMPARISON_QUERY },
  { query: PROGRAMS_PAGE_QUERY, variables: { first: 10 } },
  { query: PROGRAMS_PAGE_QUERY, variables: { first: 5, filter: { intakeScopes: ['GOVERNMENT_SYSTEMS'] }, lang: 'JA' } },
  {
    query: `{ comparisonMatrix(asOf: "2020-09-30", filter: { surveyed: true }) { programs { slug survey { raw } } } }`,
  },
  { query: `{ changes(from: "2020-09-30", to: "2025-12-31") { programs { program { slug } tagsAdded { value } } } }` },
  { query: `{ scenarios(first: 20) { totalCount edges { node { id name } } } }` },
];

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0;

/** Simulations from several clients (X-Forwarded-For from loopback, as the web server sends it) at a steady rate. */
async function simulationsAlongside(url: string, until: number) {
  const latencies: number[] = [];
  let errors = 0;
  const statuses: Record<string, number> = {};
  let seed = 0;
  const inFlight: Promise<void>[] = [];
  while (Date.now() < until) {
    const n = seed++;
    const started = performance.now();
    inFlight.push(
      fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': `198.51.100.${(n % SIMULATION_CLIENTS) + 1}`,
        },
        body: JSON.stringify({
          query: `{ simulate(input: { trials: 200, seed: ${n + 1}, forcedPublication: { afterDays: 45, appliesTo: ALL_PRODUCT_REPORTS } }) { metrics { key scenario } } }`,
        }),
      })
        .then(async (r) => {
          const body = (await r.json()) as { errors?: unknown };
          if (r.status !== 200 || body.errors) {
            errors++;
            statuses[r.status] = (statuses[r.status] ?? 0) + 1;
          }
          latencies.push(performance.now() - started);
        })
        .catch(() => {
          errors++;
        }),
    );
    await new Promise((r) => setTimeout(r, 1000 / SIMULATIONS_PER_SECOND));
  }
  await Promise.all(inFlight);
  latencies.sort((a, b) => a - b);
  if (errors) console.error(`simulations refused or failed, by status: ${JSON.stringify(statuses)}`);
  return { count: latencies.length, errors, p99: percentile(latencies, 99) };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'kaiji-api-load-'));
  const children: ChildProcess[] = [];
  try {
    const dbPath = join(dir, 'kaiji.sqlite');
    if (!buildKnowledgeBase(defaultDataDir(), dbPath).ok) throw new Error('data/ does not build');
    // The bench's own scenario store, never the developer's.
    const env = { KAIJI_SCENARIOS_DB: join(dir, 'scenarios.sqlite'), KAIJI_WRITE_TOKEN: '' };
    const api = await startChild(['yoga', dbPath], env);
    children.push(api.child);
    const url = `http://127.0.0.1:${api.port}/graphql`;
    const floorBody = JSON.stringify(READS[0]);
    const floorBytes = Buffer.from(
      await (
        await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: floorBody })
      ).arrayBuffer(),
    );
    const bytesFile = join(dir, 'response.json');
    writeFileSync(bytesFile, floorBytes);
    const plain = await startChild(['plain', dbPath, bytesFile, 'application/json; charset=utf-8'], env);
    children.push(plain.child);

    const floor = await autocannon({
      url: `http://127.0.0.1:${plain.port}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: floorBody,
      connections: CONNECTIONS,
      duration: DURATION_S,
    });

    const until = Date.now() + DURATION_S * 1000;
    const [reads, simulations] = await Promise.all([
      autocannon({
        url,
        connections: CONNECTIONS,
        duration: DURATION_S,
        requests: [
          ...READS.map((r) => ({
            method: 'POST' as const,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(r),
          })),
        ],
      }),
      simulationsAlongside(url, until),
    ]);
    const readErrors = reads.errors + reads.timeouts + reads.non2xx;
    line('api.load.reads.requests', reads.requests.total, 'requests');
    line('api.load.reads.errors', readErrors, 'requests');
    line('api.load.reads.throughput', reads.requests.average, 'req/s');
    line('api.load.reads.p99', reads.latency.p99, 'ms');
    line('api.load.simulations.count', simulations.count, 'runs');
    line('api.load.simulations.errors', simulations.errors, 'runs');
    line('api.load.simulations.p99', simulations.p99, 'ms');
    line('api.load.floor.p99', floor.latency.p99, 'ms');
    line('api.load.reads.p99Ratio', reads.latency.p99 / Math.max(floor.latency.p99, 1), 'mixed/static');
    line(
      'api.load.errorShare',
      (readErrors + simulations.errors) / (reads.requests.total + simulations.count),
      'share',
    );
    console.error(
      `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}; ${CONNECTIONS} connections for ${DURATION_S} s, ${SIMULATIONS_PER_SECOND} simulations/s from ${SIMULATION_CLIENTS} clients alongside`,
    );
  } finally {
    for (const child of children) child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
