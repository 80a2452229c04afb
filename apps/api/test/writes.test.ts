import { FAIR_USE, FairUse } from '@kaiji/serving/fair-use';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WriteLogEntry } from '../src/scenarios/write-log.ts';
import { Simulator } from '../src/simulation/simulator.ts';
import { startServer, type TestServer } from './server.ts';

const SAVE = `mutation ($input: SaveScenarioInput!) { saveScenario(input: $input) { id name } }`;
const RENAME = `mutation ($id: ID!, $name: String!) { renameScenario(id: $id, name: $name) { id name input } }`;
const DELETE = `mutation ($id: ID!) { deleteScenario(id: $id) }`;
const LIST = `{ scenarios { totalCount edges { node { id name } } } }`;
const input = (name: string) => ({ name, input: '{"seed":1,"trials":20}', engineVersion: '1.0.0' });

let simulator: Simulator;
beforeAll(() => {
  simulator = new Simulator({ workers: 1 });
});
afterAll(() => simulator.close());

describe('given a write token', () => {
  const token = 'secretariat passphrase 2026';
  const log: WriteLogEntry[] = [];
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ simulator, writeToken: token, writeLog: (entry) => log.push(entry) });
  });
  afterAll(() => server.close());
  const bearer = { authorization: `Bearer ${token}` };

  // Every client: GraphQL-over-HTTP's media type, plain JSON (curl, requests), no Accept at all.
  for (const accept of ['application/graphql-response+json', 'application/json', '*/*']) {
    it(`refuses save, rename and delete without the token with 401 (Accept: ${accept})`, async () => {
      const saved = (await server.gql(SAVE, { input: input('keep') }, bearer)).body.data.saveScenario;
      const before = log.length;
      for (const [query, variables] of [
        [SAVE, { input: input('x') }],
        [RENAME, { id: saved.id, name: 'renamed' }],
        [DELETE, { id: saved.id }],
      ] as const) {
        const response = await fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept },
          body: JSON.stringify({ query, variables }),
        });
        expect(response.status).toBe(401);
        const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
        expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
      }
      const names = (await server.data(LIST)).scenarios.edges.map((e: { node: { name: string } }) => e.node.name);
      expect(names).not.toContain('x');
      expect(names).not.toContain('renamed');
      expect(log.length).toBe(before);
    });
  }

  it('renames with the token, keeping the input; logs each write with its session, never the token', async () => {
    const saved = (
      await server.gql(SAVE, { input: input('45 日ルール') }, { ...bearer, 'x-kaiji-session': 'web-3f2a9c' })
    ).body.data.saveScenario;
    const renamed = await server.gql(RENAME, { id: saved.id, name: '  45 日ルール（全製品）  ' }, bearer);
    expect(renamed.status).toBe(200);
    expect(renamed.body.data.renameScenario).toMatchObject({ id: saved.id, name: '45 日ルール（全製品）' });
    expect(JSON.parse(renamed.body.data.renameScenario.input)).toEqual({ seed: 1, trials: 20 });
    const tooLong = await server.gql(RENAME, { id: saved.id, name: 'あ'.repeat(121) }, bearer);
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect((await server.gql(DELETE, { id: saved.id }, bearer)).body.data.deleteScenario).toBe(true);
    const missing = await server.gql(RENAME, { id: saved.id, name: 'gone' }, bearer);
    expect(missing.body.data.renameScenario).toBeNull();

    const mine = log.slice(-4);
    expect(mine.map((e) => e.write)).toEqual(['saveScenario', 'renameScenario', 'deleteScenario', 'renameScenario']);
    expect(mine[0]).toMatchObject({ name: '45 日ルール', session: 'web-3f2a9c', client: '127.0.0.1' });
    expect(mine[1]).toMatchObject({ name: '45 日ルール（全製品）', found: true, session: 'direct' });
    expect(mine[2]).toMatchObject({ found: true });
    expect(mine[3]).toMatchObject({ found: false });
    for (const entry of mine) expect(Date.parse(entry.at)).not.toBeNaN();
    expect(JSON.stringify(log)).not.toContain(token);
  });

  it('logs a session label only when it is a plain label', async () => {
    await server.gql(SAVE, { input: input('label') }, { ...bearer, 'x-kaiji-session': 'x"; rm -rf /' });
    expect(log.at(-1)).toMatchObject({ write: 'saveScenario', session: 'direct' });
  });
});

describe('given per-client budgets (fair use)', () => {
  let server: TestServer;
  const limits = Object.fromEntries(
    Object.keys(FAIR_USE).map((kind) => [kind, { points: 2, perSeconds: 60 }]),
  ) as ConstructorParameters<typeof FairUse>[0];
  beforeAll(async () => {
    server = await startServer({ simulator, fairUse: new FairUse(limits) });
  });
  afterAll(() => server.close());
  // A new seed each time: a repeated query is answered from the response cache, runs nothing and costs nothing.
  let seed = 0;
  const SIMULATE = () => `{ simulate(input: { trials: 20, seed: ${++seed} }) { trials } }`;
  const as = (client: string) => ({ 'x-forwarded-for': client });

  it('answers a client over its simulate budget 429 with Retry-After, in both languages, while another runs', async () => {
    expect((await server.gql(SIMULATE(), {}, as('198.51.100.1'))).status).toBe(200);
    expect((await server.gql(SIMULATE(), {}, as('198.51.100.1'))).status).toBe(200);
    const refused = await server.gql(SIMULATE(), {}, as('198.51.100.1'));
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: retryAfter });
    expect(refused.body.errors?.[0]?.message).toMatch(/Too many simulations/);
    expect(refused.body.errors?.[0]?.extensions?.messageJa).toMatch(/シミュレーション/);
    // Another client keeps its turn; reads are not budgeted.
    expect((await server.gql(SIMULATE(), {}, as('198.51.100.2'))).status).toBe(200);
    expect((await server.gql('{ programs { totalCount } }', {}, as('198.51.100.1'))).status).toBe(200);
  });

  it('budgets exports per client too', async () => {
    const exportAs = (client: string) =>
      fetch(`${server.origin}/export/matrix.csv?lang=ja`, { headers: as(client) }).then((r) => r);
    expect((await exportAs('203.0.113.9')).status).toBe(200);
    expect((await exportAs('203.0.113.9')).status).toBe(200);
    const refused = await exportAs('203.0.113.9');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    const body = (await refused.json()) as { errors: { message: string; extensions: { messageJa: string } }[] };
    expect(body.errors[0]!.extensions.messageJa).toMatch(/エクスポート/);
    expect((await exportAs('203.0.113.10')).status).toBe(200);
  });
});
