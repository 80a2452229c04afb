import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildKnowledgeBase } from '@kaiji/db';
import { defaultDataDir } from '@kaiji/kb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FULL_COMPARISON_QUERY, PROGRAMS_PAGE_QUERY } from '../bench/operations.ts';
import { KnowledgeBase } from '../src/knowledge-base.ts';
import { startServer, type TestServer } from './server.ts';

describe('given the full comparison query', () => {
  let server: TestServer;
  /** Every SQL statement drizzle runs for the server's knowledge base. */
  const statements: string[] = [];
  beforeAll(async () => {
    const knowledgeBase = new KnowledgeBase(inject('kbPath'), {
      logger: { logQuery: (query) => statements.push(query) },
    });
    server = await startServer({ knowledgeBase });
  });
  afterAll(async () => {
    await server.close();
    server.knowledgeBase.close();
  });

  it('runs as two SQL statements whatever the number of programs (no N+1), then comes from the response cache', async () => {
    statements.length = 0;
    const first = await server.gql(FULL_COMPARISON_QUERY);
    expect(first.status).toBe(200);
    const programs = first.body.data.comparisonMatrix.programs;
    expect(programs.length).toBeGreaterThan(10);
    expect(programs.filter((p: { survey: unknown[] }) => p.survey.length === 8).length).toBeGreaterThan(10);
    // One for the items (columns), one for programs with their cells, cell sources, tags and sources.
    expect(statements).toHaveLength(2);
    statements.length = 0;
    const again = await server.gql(FULL_COMPARISON_QUERY);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(statements).toHaveLength(0);
  });

  it('a page of programs with every cell is one statement plus the count', async () => {
    statements.length = 0;
    await server.data(PROGRAMS_PAGE_QUERY, { first: 7, filter: { acceptsReports: true } });
    expect(statements).toHaveLength(2);
  });

  it('answers If-None-Match with 304 for a cached response', async () => {
    const first = await server.gql(`{ partnership { asOf } }`);
    const etag = first.headers.get('etag')!;
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'if-none-match': etag },
      body: JSON.stringify({ query: '{ partnership { asOf } }' }),
    });
    expect(response.status).toBe(304);
  });
});

describe('given a rebuild of the database while serving', () => {
  let dir: string;
  let server: TestServer;
  let knowledgeBase: KnowledgeBase;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kaiji-api-rebuild-'));
    cpSync(defaultDataDir(), join(dir, 'data'), { recursive: true });
    const built = buildKnowledgeBase(join(dir, 'data'), join(dir, 'kaiji.sqlite'));
    if (!built.ok) throw new Error('data/ does not build');
    knowledgeBase = new KnowledgeBase(join(dir, 'kaiji.sqlite'), { recheckMs: 0 });
    server = await startServer({ knowledgeBase });
  });
  afterAll(async () => {
    await server.close();
    knowledgeBase.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the response cache and the export cache serve the new build at once', async () => {
    const Q = `{ program(slug: "cert-cc") { name } }`;
    expect((await server.data(Q)).program.name).toBe('CERT/CC');
    expect((await server.data(Q)).program.name).toBe('CERT/CC');
    const csvBefore = await (await fetch(`${server.origin}/export/matrix.csv?text=cert-cc`)).text();
    expect(csvBefore).toMatch(/,CERT\/CC,/);

    const file = join(dir, 'data', 'programs', 'cert-cc.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^ {2}en: CERT\/CC$/m, '  en: CERT/CC (renamed)'));
    const rebuilt = buildKnowledgeBase(join(dir, 'data'), join(dir, 'kaiji.sqlite'));
    expect(rebuilt.ok).toBe(true);

    expect((await server.data(Q)).program.name).toBe('CERT/CC (renamed)');
    const csvAfter = await (await fetch(`${server.origin}/export/matrix.csv?text=cert-cc`)).text();
    expect(csvAfter).toMatch(/,CERT\/CC \(renamed\),/);
  });
});
