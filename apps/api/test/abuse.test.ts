import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../src/http/abuse-limits.ts';
import { MAX_REQUEST_BODY_BYTES } from '../src/yoga.ts';
import { startServer, type TestServer } from './server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const ORDINARY = `{ programs(first: 3) { totalCount edges { node { slug name } } } }`;

async function expectStillServing() {
  const { status, body } = await server.gql(ORDINARY);
  expect(status).toBe(200);
  expect(body.data?.programs.edges).toHaveLength(3);
}

const nestedIntrospection = (levels: number) => {
  let inner = 'name';
  for (let i = 0; i < levels; i++)
    inner = i % 2 === 0 ? `fields { type { ${inner} } }` : `type { fields { ${inner} } }`;
  return `{ __schema { types { ${inner} } } }`;
};
const aliased = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

const HOSTILE: [name: string, query: string, message: RegExp][] = [
  // 500 of them are 6,500 tokens: the parser stops at the token limit before the alias rule runs.
  [
    '500 aliased simulate calls',
    aliased(500, 'simulate(input: { trials: 2000 }) { seed }'),
    /Token limit of 3000 exceeded/,
  ],
  ['200 aliases of a cheap field', aliased(200, '__typename'), /Aliases limit of 15 exceeded/],
  [
    '2 aliased simulate calls',
    aliased(2, 'simulate(input: {}) { seed }'),
    /`simulate` is expensive and may appear at most 1/,
  ],
  [
    'a 25-level __schema { types { fields { type { fields ...',
    nestedIntrospection(25),
    /Query depth limit of 15 exceeded/,
  ],
  ['a token flood', `{ ${'__typename '.repeat(LIMITS.maxTokens + 10)} }`, /Token limit of 3000 exceeded/],
  ['a directive flood', `{ __typename ${'@include(if: true) '.repeat(50)} }`, /Directives limit of 20 exceeded/],
  [
    'a costly query within the depth and alias limits',
    aliased(
      3,
      'programs(first: 100) { edges { node { slug name summary survey { raw note source { label locator url entry { title note } } } sources { label locator entry { title note publisher } } tags { value basis source { label } } } } }',
    ),
    /Query Cost limit of 20000 exceeded/,
  ],
  [
    '`simulate` twice through a fragment',
    `{ ...S } fragment S on Query { ${aliased(2, 'simulate(input: {}) { seed }').slice(1, -1)} }`,
    /`simulate` is expensive and may appear at most 1/,
  ],
];

describe('given a hostile query', () => {
  it.each(HOSTILE)(
    // Refused before execution (no `data` at all, a validation error), so no cost is paid; speed itself is the
    // benches' business, not a clock in a test on a shared machine.
    '%s is refused before execution with a 400 and a GraphQL error; the server keeps serving',
    async (_name, query, message) => {
      const { status, body } = await server.gql(query);
      expect(status).toBe(400);
      expect(body.data).toBeUndefined();
      expect(body.errors?.map((e) => e.message).join('\n')).toMatch(message);
      await expectStillServing();
    },
  );

  it.each(
    HOSTILE.flatMap(([name, query]) => ['application/json', '*/*'].map((accept) => [name, accept, query] as const)),
  )('%s is refused with a 400 too when the client accepts %s (curl, requests)', async (_name, accept, query) => {
    const { status } = await server.gql(query, undefined, { accept });
    expect(status).toBe(400);
  });

  it('ordinary queries are answered in the middle of a burst of hostile ones', async () => {
    const hostile = HOSTILE.flatMap(([, query]) => Array.from({ length: 8 }, () => server.gql(query)));
    const ordinary = await Promise.all(Array.from({ length: 10 }, () => server.gql(ORDINARY)));
    const results = await Promise.all(hostile);
    expect(results.every((r) => r.status === 400)).toBe(true);
    expect(ordinary.every((r) => r.status === 200)).toBe(true);
  });

  it('GraphiQL’s own introspection query still passes', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const { status } = await server.gql(
      getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true }),
    );
    expect(status).toBe(200);
  });
});

describe('given an oversized or batched request', () => {
  it(`refuses a body over ${MAX_REQUEST_BODY_BYTES} bytes with 413`, async () => {
    const query = `{ __typename } # ${'x'.repeat(MAX_REQUEST_BODY_BYTES)}`;
    const { status, body } = await server.gql(query);
    expect(status).toBe(413);
    expect(body.errors?.[0]?.message).toBe('Request body too large');
    await expectStillServing();
  });

  it('refuses an oversized chunked body that declares no length, with 413', async () => {
    const { origin } = server;
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write('{"query":"{ __typename }","x":"');
      for (let i = 0; i < 80; i++) req.write('y'.repeat(1024));
      req.end('"}');
    });
    expect(status).toBe(413);
    await expectStillServing();
  });

  it('does not batch: an array of operations is refused', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    await expectStillServing();
  });

  it('does not take multipart uploads', async () => {
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: '{ __typename }' }));
    form.set('map', '{}');
    const response = await fetch(server.url, { method: 'POST', body: form });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });
});

describe('given CORS', () => {
  it('answers any origin without credentials by default', async () => {
    const response = await fetch(server.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST');
  });

  it('answers only the configured origins when KAIJI_CORS_ORIGINS names them', async () => {
    const strict = await startServer({ corsOrigins: ['https://kaiji.example', 'http://localhost:5173'] });
    try {
      const ask = (origin: string) =>
        fetch(strict.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
      expect((await ask('https://kaiji.example')).headers.get('access-control-allow-origin')).toBe(
        'https://kaiji.example',
      );
      const evil = await ask('https://evil.example');
      expect(evil.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
      expect(evil.headers.get('access-control-allow-credentials')).toBeNull();
    } finally {
      await strict.close();
    }
  });
});

describe('given an unexpected failure in production', () => {
  it('masks it: no message, stack or file path leaves the server', async () => {
    const broken = await startServer({ production: true });
    try {
      broken.knowledgeBase.close(); // every query now fails inside better-sqlite3
      const { status, body } = await broken.gql(`{ programs { totalCount } }`);
      expect(status).toBe(200);
      expect(body.errors?.[0]?.message).toBe('Unexpected error.');
      const text = JSON.stringify(body);
      expect(text).not.toMatch(/stack|\/work\/|node_modules|database connection/i);
    } finally {
      await broken.close().catch(() => undefined);
    }
  });
});
