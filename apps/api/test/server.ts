import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FAIR_USE, FairUse } from '@kaiji/serving/fair-use';
import { inject } from 'vitest';
import { KnowledgeBase } from '../src/knowledge-base.ts';
import { ScenarioStore } from '../src/scenarios/store.ts';
import { createKaijiYoga, type KaijiYogaOptions } from '../src/yoga.ts';

const GENEROUS = Object.fromEntries(
  Object.keys(FAIR_USE).map((kind) => [kind, { points: 1_000_000, perSeconds: 60 }]),
) as ConstructorParameters<typeof FairUse>[0];

export interface TestServer {
  origin: string;
  url: string;
  knowledgeBase: KnowledgeBase;
  scenarioStore: ScenarioStore;
  close(): Promise<void>;
  /** POSTs an operation as application/json and returns the status and parsed body. */
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{
    status: number;
    body: { data?: T; errors?: { message: string; extensions?: any; path?: unknown; locations?: unknown }[] };
    headers: Headers;
  }>;
  /** gql, asserting no errors; returns data. */
  data<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

/**
 * A real HTTP server on an ephemeral loopback port over the test database, with an empty scenario store of
 * its own (never the developer's var/) and writes open unless `writeToken` is given.
 */
export async function startServer(options: Partial<KaijiYogaOptions> & { kbPath?: string } = {}): Promise<TestServer> {
  const knowledgeBase = options.knowledgeBase ?? new KnowledgeBase(options.kbPath ?? inject('kbPath'));
  const scenarioDir = options.scenarioStore ? undefined : mkdtempSync(join(tmpdir(), 'kaiji-api-scenarios-'));
  const scenarioStore = options.scenarioStore ?? new ScenarioStore(join(scenarioDir!, 'scenarios.sqlite'));
  const yoga = createKaijiYoga({
    production: true,
    writeToken: '',
    // Budgets far above what any test spends, so that only the fair-use tests (which pass their own) meet them.
    fairUse: new FairUse(GENEROUS),
    writeLog: () => {},
    ...options,
    knowledgeBase,
    scenarioStore,
  });
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- yoga answers every request itself
  const server: Server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const url = `${origin}/graphql`;
  const gql: TestServer['gql'] = async (query, variables, headers) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: await response.json(), headers: response.headers };
  };
  return {
    origin,
    url,
    knowledgeBase,
    scenarioStore,
    gql,
    async data(query, variables) {
      const { status, body } = await gql(query, variables);
      if (body.errors?.length || status !== 200) {
        throw new Error(`status ${status}: ${JSON.stringify(body.errors)}`);
      }
      return body.data;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
        if (!options.knowledgeBase) knowledgeBase.close();
        if (scenarioDir) {
          scenarioStore.close();
          rmSync(scenarioDir, { recursive: true, force: true });
        }
      }),
  };
}
