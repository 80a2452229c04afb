import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

async function post(body: string, headers: Record<string, string> = {}) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body,
  });
  return {
    status: response.status,
    body: (await response.json()) as { errors?: { message: string }[]; data?: unknown },
  };
}

describe('given a malformed request', () => {
  it('malformed JSON gets a 400 GraphQL error', async () => {
    const { status, body } = await post('{"query": "{ __typename }"');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toBe('POST body sent invalid JSON.');
  });

  it('a syntax error gets a 400 that points at it', async () => {
    const { status, body } = await post(JSON.stringify({ query: '{ programs { ' }));
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/^Syntax Error: Expected Name, found <EOF>/);
  });

  it('an unknown field gets a 400 naming it, without suggestions in production', async () => {
    const { status, body } = await post(JSON.stringify({ query: '{ programz { totalCount } }' }));
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/Cannot query field "programz" on type "Query"/);
    expect(body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('a variable of the wrong type gets a 400 naming the variable', async () => {
    const query = 'query ($first: Int) { programs(first: $first) { totalCount } }';
    const { status, body } = await post(JSON.stringify({ query, variables: { first: 'ten' } }));
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/Variable "\$first" got invalid value "ten"/);
  });

  it('an unknown enum value in an input gets a 400 naming the field', async () => {
    const query = 'query ($f: ProgramFilter) { programs(filter: $f) { totalCount } }';
    const { status, body } = await post(JSON.stringify({ query, variables: { f: { intakeScopes: ['MARS'] } } }));
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/intakeScopes.*"MARS"/);
  });

  it('a missing query gets a 400', async () => {
    const { status, body } = await post(JSON.stringify({ variables: {} }));
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/query/i);
  });

  it('GET with a query works and GraphiQL is served to a browser', async () => {
    const url = `${server.url}?query=${encodeURIComponent('{ partnership { asOf } }')}`;
    const json = await fetch(url, { headers: { accept: 'application/graphql-response+json' } });
    expect(json.status).toBe(200);
    expect(await json.json()).toEqual({ data: { partnership: { asOf: '2020-09-30' } } });
    const html = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(html.status).toBe(200);
    const page = await html.text();
    expect(page).toMatch(/Kaiji GraphQL/);
    expect(page, 'GraphiQL must not load from a CDN: the machine may be offline').not.toMatch(
      /unpkg\.com|cdn\.jsdelivr/,
    );
  });
});
