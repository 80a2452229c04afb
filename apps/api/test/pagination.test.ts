import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROGRAMS_PAGE_QUERY } from '../bench/operations.ts';
import { startServer, type TestServer } from './server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

interface Page {
  programs: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null; startCursor: string | null };
    edges: { cursor: string; node: { id: string; slug: string } }[];
  };
}

describe('given Relay cursors on programs', () => {
  it('pages of 5 walk every program once, in order, and agree with totalCount', async () => {
    const all = await server.data<Page>(PROGRAMS_PAGE_QUERY, { first: 100 });
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Page = await server.data<Page>(PROGRAMS_PAGE_QUERY, { first: 5, after });
      pages += 1;
      expect(page.programs.totalCount).toBe(all.programs.totalCount);
      expect(page.programs.pageInfo.hasPreviousPage).toBe(after != null);
      seen.push(...page.programs.edges.map((e) => e.node.slug));
      if (!page.programs.pageInfo.hasNextPage) break;
      after = page.programs.pageInfo.endCursor;
      expect(pages).toBeLessThan(20);
    }
    expect(seen).toEqual(all.programs.edges.map((e) => e.node.slug));
    expect(new Set(seen).size).toBe(all.programs.totalCount);
    expect(pages).toBe(Math.ceil(all.programs.totalCount / 5));
  });

  it('pages a filtered list too', async () => {
    const filter = { acceptsReports: true };
    const all = await server.data<Page>(PROGRAMS_PAGE_QUERY, { filter, first: 100 });
    const first = await server.data<Page>(PROGRAMS_PAGE_QUERY, { filter, first: 2 });
    const second = await server.data<Page>(PROGRAMS_PAGE_QUERY, {
      filter,
      first: 2,
      after: first.programs.pageInfo.endCursor,
    });
    expect([...first.programs.edges, ...second.programs.edges].map((e) => e.node.slug)).toEqual(
      all.programs.edges.slice(0, 4).map((e) => e.node.slug),
    );
    expect(first.programs.totalCount).toBe(all.programs.edges.length);
  });

  it('defaults to 20 and refuses `first` above 100 with a clear error', async () => {
    const page = await server.data<Page>(PROGRAMS_PAGE_QUERY, {});
    expect(page.programs.edges.length).toBe(Math.min(20, page.programs.totalCount));
    const { body } = await server.gql(PROGRAMS_PAGE_QUERY, { first: 101 });
    expect(body.errors?.[0]?.message).toBe('`first` must be between 1 and 100, got 101.');
  });

  // Every connection of the schema, with a selection that does and one that does not read the edges.
  const CONNECTIONS = [
    ['programs', '{ edges { cursor } }'],
    ['programs', '{ totalCount }'],
    ['scenarios', '{ edges { cursor } }'],
    ['scenarios', '{ totalCount }'],
  ] as const;
  for (const [connection, selection] of CONNECTIONS) {
    for (const [argument, size] of [
      ['first', 0],
      ['first', -1],
      ['last', 0],
      ['last', -5],
    ] as const) {
      it(`refuses ${connection}(${argument}: ${size}) ${selection} with a 400 naming the argument`, async () => {
        const { status, body } = await server.gql(`query ($n: Int) { ${connection}(${argument}: $n) ${selection} }`, {
          n: size,
        });
        expect(status).toBe(400);
        expect(body.data?.[connection] ?? null).toBeNull();
        const error = body.errors?.[0];
        expect(error?.message).toBe(`\`${argument}\` must be between 1 and 100, got ${size}.`);
        expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: argument });
        expect(error?.extensions?.messageJa).toMatch(/1 以上 100 以下/);
      });
    }
  }

  it('refuses a cursor it did not make', async () => {
    const { body } = await server.gql(PROGRAMS_PAGE_QUERY, { first: 2, after: 'not-a-cursor' });
    expect(body.errors?.[0]?.message).toMatch(/Invalid cursor/);
  });

  it('node(id) fetches a program again by its global id; totalCount alone works', async () => {
    const page = await server.data<Page>(PROGRAMS_PAGE_QUERY, { first: 1 });
    const { id, slug } = page.programs.edges[0]!.node;
    const again = await server.data(
      /* GraphQL */ `
        query ($id: ID!) {
          node(id: $id) {
            id
            ... on Program {
              slug
            }
          }
        }
      `,
      { id },
    );
    expect(again.node).toEqual({ id, slug });
    const count = await server.data(`{ programs { totalCount } }`);
    expect(count.programs.totalCount).toBe(page.programs.totalCount);
    const missingId = Buffer.from('Program:no-such-program').toString('base64');
    expect(await server.data(`{ node(id: "${missingId}") { id } }`)).toEqual({ node: null });
  });
});

describe('given a language', () => {
  const Q = /* GraphQL */ `
    query ($lang: Lang) {
      program(slug: "jp-partnership") {
        name(lang: $lang)
        organization(lang: $lang)
      }
      ja: program(slug: "cert-cc") {
        name(lang: JA)
        default: name
        survey {
          note(lang: JA)
        }
      }
      taxonomy {
        surveyItems {
          label(lang: $lang)
        }
      }
      policyOptions {
        key
        name(lang: $lang)
        effects(lang: $lang)
      }
    }
  `;
  const hasJapanese = (s: string) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(s);

  it('texts come in Japanese with lang: JA, in English by default', async () => {
    const ja = await server.data(Q, { lang: 'JA' });
    const en = await server.data(Q, {});
    expect(hasJapanese(ja.program.name)).toBe(true);
    expect(hasJapanese(en.program.name)).toBe(false);
    expect(ja.taxonomy.surveyItems[0].label).toBe('脆弱性の受付有無');
    expect(en.taxonomy.surveyItems[0].label).toMatch(/^Accepts/);
    expect(ja.policyOptions.every((o: { name: string }) => hasJapanese(o.name))).toBe(true);
    expect(en.policyOptions.some((o: { effects: string[] }) => o.effects.some(hasJapanese))).toBe(false);
    expect(hasJapanese(en.ja.name)).toBe(true);
    expect(hasJapanese(en.ja.default)).toBe(false);
  });

  it('refuses a language it does not know', async () => {
    const { status, body } = await server.gql(Q, { lang: 'FR' });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/Lang/);
  });
});
