import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

describe('given a citation asked for in a language', () => {
  it('answers the Table 4-2 cell locator in Japanese, and in English by default', async () => {
    const data = await server.data(/* GraphQL */ `
      {
        program(slug: "dcms") {
          survey {
            number
            ja: source {
              locator(lang: JA)
            }
            en: source {
              locator
            }
          }
        }
      }
    `);
    const item2 = data.program.survey.find((c: { number: number }) => c.number === 2);
    expect(item2.ja.locator).toBe('表 4-2・第6行（DCMS）・項目2');
    expect(item2.en.locator).toBe('Table 4-2, row 6 (DCMS), item 2');
  });

  it('gives English pages no Japanese and Japanese pages none of the grammar’s English, over every program', async () => {
    const data = await server.data(/* GraphQL */ `
      {
        programs(first: 100) {
          edges {
            node {
              survey {
                ja: source {
                  locator(lang: JA)
                }
                en: source {
                  locator(lang: EN)
                }
              }
              tags {
                ja: source {
                  locator(lang: JA)
                }
                en: source {
                  locator(lang: EN)
                }
              }
              sources {
                ja: locator(lang: JA)
                en: locator(lang: EN)
              }
            }
          }
        }
      }
    `);
    const pairs: { ja: string | null; en: string | null }[] = data.programs.edges.flatMap(
      (e: { node: { survey: any[]; tags: any[]; sources: any[] } }) => [
        ...e.node.survey.map((c) => ({ ja: c.ja.locator, en: c.en.locator })),
        ...e.node.tags.map((t) => ({ ja: t.ja.locator, en: t.en.locator })),
        ...e.node.sources,
      ],
    );
    expect(pairs.length).toBeGreaterThan(200);
    const withLocator = pairs.filter((p) => p.en !== null);
    expect(withLocator.filter((p) => JAPANESE.test(p.en!)).map((p) => p.en)).toEqual([]);
    expect(
      withLocator
        .filter((p) => /\b(Table|row|item|Figure)\b/.test(p.ja!.replace(/[\w./-]+\.(md|html)/g, '')))
        .map((p) => p.ja),
    ).toEqual([]);
  });
});
