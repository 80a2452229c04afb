import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

// One test per audit of the GraphQL-over-HTTP spec; the URL is read when each audit runs.
describe('given the GraphQL-over-HTTP audits of graphql-http', () => {
  for (const audit of serverAudits({ url: () => server.url, fetchFn: fetch })) {
    it(audit.name, async () => {
      const result = await audit.fn();
      if (result.status !== 'ok') {
        const detail = 'response' in result ? JSON.stringify(result.reason) : '';
        expect.fail(`${result.reason} ${detail}`);
      }
    });
  }
});
