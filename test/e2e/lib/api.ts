import assert from 'node:assert/strict';

/**
 * Asks the test's own API one GraphQL operation, as an analyst would, and returns its `data`. An error fails the
 * test with the API's own words. The answer is read as `any`: the assertions that follow are its check. A write
 * (a mutation) passes the server's `writeToken`, sent as the analyst's `Authorization: Bearer`.
 */
export async function apiData(
  apiUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  { writeToken }: { writeToken?: string | null } = {},
): Promise<any> {
  const res = await fetch(apiUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(writeToken ? { authorization: `Bearer ${writeToken}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}
