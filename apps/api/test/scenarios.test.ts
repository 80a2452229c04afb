import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildKnowledgeBase } from '@kaiji/db';
import { defaultDataDir } from '@kaiji/kb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../src/knowledge-base.ts';
import { ScenarioStore } from '../src/scenarios/store.ts';
import { Simulator } from '../src/simulation/simulator.ts';
import { startServer, type TestServer } from './server.ts';

const SCENARIO = 'id name description input engineVersion createdAt';
const SAVE = `mutation Save($input: SaveScenarioInput!) { saveScenario(input: $input) { ${SCENARIO} } }`;
const LIST = `query List($first: Int, $after: String) {
  scenarios(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${SCENARIO} } } }
}`;
const GET = `query Get($id: ID!) { scenario(id: $id) { ${SCENARIO} } }`;
const DELETE = `mutation Delete($id: ID!) { deleteScenario(id: $id) }`;

const forty5Days = { forcedPublication: { afterDays: 45, appliesTo: 'ALL_PRODUCT_REPORTS' }, trials: 20, seed: 1 };
const scenario = (overrides: Record<string, unknown> = {}) => ({
  name: '45 日ルール',
  description: 'CERT/CC に倣い、45 日で公表する。',
  input: JSON.stringify(forty5Days),
  engineVersion: '1.0.0',
  ...overrides,
});

let simulator: Simulator;
beforeAll(() => {
  simulator = new Simulator({ workers: 1 });
});
afterAll(() => simulator.close());

describe('given an open scenario store (no write token)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ simulator });
  });
  afterAll(() => server.close());

  it('saves, lists newest first and gets a scenario back, its input runnable by simulate', async () => {
    const first = (await server.data(SAVE, { input: scenario() })).saveScenario;
    const second = (
      await server.data(SAVE, {
        input: scenario({ name: '  報奨金 10 万円  ', description: null, input: '{"bounty":{"amountJpy":100000}}' }),
      })
    ).saveScenario;
    expect(first).toMatchObject({
      name: '45 日ルール',
      description: 'CERT/CC に倣い、45 日で公表する。',
      engineVersion: '1.0.0',
    });
    expect(JSON.parse(first.input)).toEqual(forty5Days);
    expect(new Date(first.createdAt).toISOString()).toBe(first.createdAt);
    expect(second).toMatchObject({ name: '報奨金 10 万円', description: null });

    const list = (await server.data(LIST)).scenarios;
    expect(list.totalCount).toBe(2);
    expect(list.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([second.id, first.id]);
    expect((await server.data(GET, { id: first.id })).scenario).toEqual(first);
    expect(
      (await server.data(`query ($id: ID!) { node(id: $id) { id ... on Scenario { name } } }`, { id: first.id })).node,
    ).toEqual({
      id: first.id,
      name: first.name,
    });

    // Pages continue after a cursor.
    const page1 = (await server.data(LIST, { first: 1 })).scenarios;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await server.data(LIST, { first: 1, after: page1.pageInfo.endCursor })).scenarios;
    expect(page2.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([first.id]);
    expect(page2.pageInfo.hasNextPage).toBe(false);

    // The saved input is what simulate takes.
    const run = await server.data(
      `query ($input: SimulationInput!) { simulate(input: $input, mode: PREVIEW) { engineVersion } }`,
      {
        input: JSON.parse(first.input),
      },
    );
    expect(run.simulate.engineVersion).toBe(first.engineVersion);
  });

  it('deletes: true, then false; the scenario is gone from the list and by id', async () => {
    const saved = (await server.data(SAVE, { input: scenario({ name: 'to delete' }) })).saveScenario;
    expect((await server.data(DELETE, { id: saved.id })).deleteScenario).toBe(true);
    expect((await server.data(DELETE, { id: saved.id })).deleteScenario).toBe(false);
    expect((await server.data(GET, { id: saved.id })).scenario).toBeNull();
    const names = (await server.data(LIST, { first: 100 })).scenarios.edges.map(
      (e: { node: { name: string } }) => e.node.name,
    );
    expect(names).not.toContain('to delete');
  });

  it('a save or a delete is seen at once by a cached list; mutations are never answered from the cache', async () => {
    const before = await server.gql(LIST, { first: 100 });
    const cached = await server.gql(LIST, { first: 100 });
    expect(cached.headers.get('etag')).toBe(before.headers.get('etag'));

    const a = await server.data(SAVE, { input: scenario({ name: 'same' }) });
    const b = await server.data(SAVE, { input: scenario({ name: 'same' }) });
    expect(a.saveScenario.id).not.toBe(b.saveScenario.id);

    const after = await server.gql(LIST, { first: 100 });
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    expect(after.body.data.scenarios.totalCount).toBe(before.body.data.scenarios.totalCount + 2);
    const got = await server.data(GET, { id: a.saveScenario.id });
    await server.data(DELETE, { id: a.saveScenario.id });
    expect((await server.data(GET, { id: a.saveScenario.id })).scenario).toBeNull();
    expect(got.scenario.name).toBe('same');
    expect((await server.data(LIST, { first: 100 })).scenarios.totalCount).toBe(
      before.body.data.scenarios.totalCount + 1,
    );
  });

  it('stores hostile names verbatim and returns them as JSON strings, never as markup', async () => {
    const payloads = [
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(document.domain)>',
      "javascript:alert('x')",
      '{@html "<b>x</b>"} ${alert(1)} {{7*7}}',
      '</title><svg onload=alert(1)>',
    ];
    for (const name of payloads) {
      const description = `${name}\n${name}`;
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: SAVE, variables: { input: scenario({ name, description }) } }),
      });
      expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
      const text = await response.text();
      const saved = JSON.parse(text).data.saveScenario;
      expect(saved.name).toBe(name);
      expect(saved.description).toBe(description);
      expect(text).toContain(JSON.stringify(name));
      expect((await server.data(GET, { id: saved.id })).scenario.name).toBe(name);
    }
  });

  it.each([
    [{ name: '' }, 'input.name', /1 to 120 characters/],
    [{ name: '   ' }, 'input.name', /1 to 120 characters/],
    [{ name: 'x'.repeat(121) }, 'input.name', /got 121/],
    [{ name: 'line\nbreak' }, 'input.name', /control characters/],
    [{ name: 'bad \ud800 surrogate' }, 'input.name', /well-formed/],
    [{ description: 'd'.repeat(2001) }, 'input.description', /0 to 2000 characters/],
    [{ engineVersion: '' }, 'input.engineVersion', /1 to 40 characters/],
    [{ engineVersion: 'v'.repeat(41) }, 'input.engineVersion', /1 to 40 characters/],
    [{ input: `{"seed": 1, "pad": "${'x'.repeat(16 * 1024)}"}` }, 'input.input', /at most 16384 bytes/],
    [{ input: '{"bounty": ' }, 'input.input', /not valid JSON/],
    [{ input: '[1, 2]' }, 'input.input', /JSON object/],
    [{ input: '{"bounty": {"amountJpy": -5}}' }, 'input.input.bounty.amountJpy', /integer from 0 to 10000000/],
    [{ input: '{"trials": 5000}' }, 'input.input.trials', /1 to 2000/],
    [{ input: '{"staff": 3}' }, 'input.input.staff', /unknown field/],
  ])('refuses %$: a 400 naming %s', async (overrides, field, message) => {
    const { status, body } = await server.gql(SAVE, { input: scenario(overrides) });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.extensions?.field).toBe(field);
    expect(body.errors?.[0]?.message).toContain(field);
    expect(body.errors?.[0]?.message).toMatch(message);
  });

  it('accepts a name of 120 Japanese characters (counted as characters, not bytes)', async () => {
    const name = 'あ'.repeat(120);
    expect((await server.data(SAVE, { input: scenario({ name }) })).saveScenario.name).toBe(name);
  });

  it('refuses an id that is not a Scenario’s, and a foreign cursor, naming the argument', async () => {
    const program = (await server.data(`{ program(slug: "cert-cc") { id } }`)).program.id;
    for (const id of [program, 'not-an-id']) {
      const { status, body } = await server.gql(GET, { id });
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions?.field).toBe('id');
    }
    const { status, body } = await server.gql(LIST, { after: 'bm9wZQ' });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.field).toBe('after');
    expect((await server.gql(LIST, { first: 101 })).body.errors?.[0]?.message).toMatch(/between 1 and 100/);
  });

  it('refuses a mutation over GET', async () => {
    const query = encodeURIComponent(`mutation { deleteScenario(id: "x") }`);
    const response = await fetch(`${server.url}?query=${query}`, {
      headers: { accept: 'application/graphql-response+json' },
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toMatch(/POST/);
  });
});

describe('given a write token (KAIJI_WRITE_TOKEN)', () => {
  let server: TestServer;
  const token = 'correct horse battery staple';
  beforeAll(async () => {
    server = await startServer({ simulator, writeToken: token });
  });
  afterAll(() => server.close());

  it.each([
    ['no Authorization', {}],
    ['a wrong token', { authorization: 'Bearer wrong' }],
    ['a token one character short', { authorization: `Bearer ${token.slice(0, -1)}` }],
    ['another scheme', { authorization: `Basic ${Buffer.from(`x:${token}`).toString('base64')}` }],
  ])('refuses a save with %s: 401 UNAUTHENTICATED, nothing stored', async (_what, headers) => {
    const { status, body, headers: responseHeaders } = await server.gql(SAVE, { input: scenario() }, headers);
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(responseHeaders.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await server.data(LIST)).scenarios.totalCount).toBe(0);
  });

  it('saves and deletes with the token; reads need none', async () => {
    const authorization = { authorization: `Bearer ${token}` };
    const saved = await server.gql(SAVE, { input: scenario() }, authorization);
    expect(saved.status).toBe(200);
    const id = saved.body.data.saveScenario.id;
    expect((await server.data(GET, { id })).scenario.name).toBe('45 日ルール');
    const refused = await server.gql(DELETE, { id });
    expect(refused.status).toBe(401);
    expect((await server.gql(DELETE, { id }, { authorization: `bearer ${token}` })).body.data.deleteScenario).toBe(
      true,
    );
  });
});

describe('given a rebuild of the knowledge base', () => {
  let dir: string;
  let server: TestServer;
  let knowledgeBase: KnowledgeBase;
  let store: ScenarioStore;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kaiji-api-scenarios-rebuild-'));
    cpSync(defaultDataDir(), join(dir, 'data'), { recursive: true });
    if (!buildKnowledgeBase(join(dir, 'data'), join(dir, 'kaiji.sqlite')).ok) throw new Error('data/ does not build');
    knowledgeBase = new KnowledgeBase(join(dir, 'kaiji.sqlite'), { recheckMs: 0 });
    store = new ScenarioStore(join(dir, 'scenarios.sqlite'));
    server = await startServer({ simulator, knowledgeBase, scenarioStore: store });
  });
  afterAll(async () => {
    await server.close();
    knowledgeBase.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every saved scenario', async () => {
    const saved = (await server.data(SAVE, { input: scenario() })).saveScenario;
    const buildBefore = knowledgeBase.current().buildId;
    const file = join(dir, 'data', 'programs', 'cert-cc.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^ {2}en: CERT\/CC$/m, '  en: CERT/CC (rebuilt)'));
    expect(buildKnowledgeBase(join(dir, 'data'), join(dir, 'kaiji.sqlite')).ok).toBe(true);

    const data = await server.data(
      `query ($id: ID!) { program(slug: "cert-cc") { name } scenario(id: $id) { ${SCENARIO} } }`,
      { id: saved.id },
    );
    expect(knowledgeBase.current().buildId).not.toBe(buildBefore);
    expect(data.program.name).toBe('CERT/CC (rebuilt)');
    expect(data.scenario).toEqual(saved);
  });
});
