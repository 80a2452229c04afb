import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { buildKnowledgeBase } from '@kaiji/db';
import { defaultDataDir } from '@kaiji/kb';
import { FULL_COMPARISON_QUERY } from './operations.ts';

/**
 * `pnpm bench`: the full comparison query (all programs with every survey cell and source) against the API,
 * and the very same response bytes from a bare node:http server, in the same run, under autocannon on
 * loopback. Prints one JSON object per line. Bounded: about 35 s, loopback only.
 */
const DURATION_S = Number(process.env.KAIJI_BENCH_SECONDS ?? 6);
/** Alternating rounds (API, plain, API, plain) so that load from elsewhere on the machine hits both alike. */
const ROUNDS = 2;
const WARMUP_S = 2;
const CONNECTIONS = 10;

const line = (name: string, value: number, unit: string) =>
  console.log(JSON.stringify({ name, value: Number(value.toFixed(3)), unit }));

function startChild(args: string[]): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(fileURLToPath(new URL('./api-server.ts', import.meta.url)), args, {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m: { port: number }) => resolve({ child, port: m.port }));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
}

async function load(port: number, body: string, seconds: number) {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body,
    connections: CONNECTIONS,
    duration: seconds,
  });
  if (result.errors || result.non2xx || result.timeouts) {
    throw new Error(`load errors: ${result.errors} errors, ${result.non2xx} non-2xx, ${result.timeouts} timeouts`);
  }
  return { rps: result.requests.average, p99: result.latency.p99, bytes: result.throughput.average };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'kaiji-api-bench-'));
  const children: ChildProcess[] = [];
  try {
    const dbPath = join(dir, 'kaiji.sqlite');
    const built = buildKnowledgeBase(defaultDataDir(), dbPath);
    if (!built.ok) throw new Error('data/ does not build');
    const body = JSON.stringify({ query: FULL_COMPARISON_QUERY });

    const api = await startChild(['yoga', dbPath]);
    children.push(api.child);
    const response = await fetch(`http://127.0.0.1:${api.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body,
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    const parsed = JSON.parse(bytes.toString('utf8'));
    if (response.status !== 200 || parsed.errors)
      throw new Error(`the API failed: ${bytes.toString('utf8').slice(0, 500)}`);
    const contentType = response.headers.get('content-type')!;
    const bytesFile = join(dir, 'response.json');
    writeFileSync(bytesFile, bytes);

    const plain = await startChild(['plain', dbPath, bytesFile, contentType]);
    children.push(plain.child);

    await load(api.port, body, WARMUP_S);
    await load(plain.port, body, WARMUP_S);
    const yogaRounds = [];
    const plainRounds = [];
    for (let round = 0; round < ROUNDS; round++) {
      yogaRounds.push(await load(api.port, body, DURATION_S));
      plainRounds.push(await load(plain.port, body, DURATION_S));
    }
    const mean = (rounds: { rps: number; p99: number }[]) => ({
      rps: rounds.reduce((a, r) => a + r.rps, 0) / rounds.length,
      p99: rounds.reduce((a, r) => a + r.p99, 0) / rounds.length,
    });
    const yogaResult = mean(yogaRounds);
    const plainResult = mean(plainRounds);

    const cells = parsed.data.comparisonMatrix.programs.reduce(
      (n: number, p: { survey: unknown[] }) => n + p.survey.length,
      0,
    );
    line('api.fullComparison.responseBytes', bytes.length, 'bytes');
    line('api.fullComparison.cells', cells, 'cells');
    line('api.fullComparison.yoga.throughput', yogaResult.rps, 'req/s');
    line('api.fullComparison.yoga.p99', yogaResult.p99, 'ms');
    line('api.fullComparison.plainHttp.throughput', plainResult.rps, 'req/s');
    line('api.fullComparison.plainHttp.p99', plainResult.p99, 'ms');
    line('api.fullComparison.throughputRatio', yogaResult.rps / plainResult.rps, 'yoga/plain');
    line('api.fullComparison.p99Ratio', yogaResult.p99 / Math.max(plainResult.p99, 1), 'yoga/plain');
    console.error(
      `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}; ${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${DURATION_S} s each, means`,
    );
  } finally {
    for (const child of children) child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
