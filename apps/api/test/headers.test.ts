import { createHash } from 'node:crypto';
import { SECURITY_HEADERS } from '@kaiji/serving/security-headers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matrixToCsv } from '../src/http/matrix-export.ts';
import { startServer, type TestServer } from './server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const expectSecurityHeaders = (headers: Headers) => {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers.get(name), name).toBe(value);
  expect(headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
};

describe('given the API’s own pages and answers', () => {
  it('serves GraphiQL with a CSP that allows exactly its inline scripts, by hash', async () => {
    const response = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expectSecurityHeaders(response.headers);
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    const scripts = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const hash = createHash('sha256').update(script, 'utf8').digest('base64');
      expect(csp).toContain(`'sha256-${hash}'`);
    }
  });

  it('sets the same headers and a nothing-runs CSP on JSON, exports, refusals and unknown paths', async () => {
    const answers = [
      await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ programs { totalCount } }"}',
      }),
      await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ nope }"}',
      }),
      await fetch(`${server.origin}/export/matrix.csv?lang=ja`),
      await fetch(`${server.origin}/export/matrix.csv?bogus=1`),
      await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(1024 * 1024) },
        body: 'x'.repeat(1024 * 1024),
      }),
      await fetch(`${server.origin}/no-such-path`),
    ];
    // A validation error is a 200 to a client that accepts only application/json (GraphQL over HTTP's legacy rule).
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 400, 413, 404]);
    for (const answer of answers) {
      expectSecurityHeaders(answer.headers);
      expect(answer.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    }
  });
});

describe('given user text that a spreadsheet would run', () => {
  it('writes the CSV export’s formula-leading cells as text', () => {
    const program = {
      slug: 'x',
      name: '=HYPERLINK("http://example.invalid","x")',
      organization: '+cmd',
      jurisdiction: '@JP',
      surveyed: true,
      acceptsReports: true,
      survey: [],
      intakeScopes: [],
      legalBases: [],
      coordinates: false,
      incentives: [],
      referenceForPartnership: false,
      sources: [{ label: '-label', locator: null, url: null, accessed: null }],
    };
    const csv = matrixToCsv(
      {
        comparisonMatrix: { asOf: null, tagsAsOf: '2020-09-30', items: [], programs: [program] },
        taxonomy: { dimensions: [] },
      },
      'EN',
    );
    const row = csv.split('\r\n')[1]!;
    expect(row.startsWith(`x,"'=HYPERLINK(""http://example.invalid"",""x"")",'+cmd,'@JP,`)).toBe(true);
    expect(row.endsWith(",'-label")).toBe(true);
  });
});
