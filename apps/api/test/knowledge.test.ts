import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kb } from './knowledge-base-data.ts';
import { startServer, type TestServer } from './server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

describe('given the partnership statistics', () => {
  it('serves Chapter 1 in full: outcomes add up to the totals, quarters, figures, breakdowns, intake history', async () => {
    const data = await server.data(/* GraphQL */ `
      {
        partnership {
          asOf
          intakeStart
          totals {
            kind
            total
            source {
              locator
            }
          }
          product: outcomes(kind: SOFTWARE_PRODUCT) {
            outcome
            count
            label(lang: JA)
            details {
              key
              count
            }
            source {
              locator
            }
          }
          website: outcomes(kind: WEBSITE) {
            outcome
            count
          }
          quarterlyCumulativeReports {
            quarter
            cumulativeReports
            reportsPerWorkingDay
            source {
              locator
            }
          }
          figures {
            key
            value
            unit
            label
            note
          }
          breakdowns {
            key
            base
            items {
              key
              share
              label(lang: JA)
            }
          }
          intakeHistory {
            quarter
            software
            web
            total
            source {
              label
            }
          }
        }
      }
    `);
    const p = data.partnership;
    expect(p.asOf).toBe(kb.partnership.asOf);
    const total = (kind: string) => p.totals.find((t: { kind: string }) => t.kind === kind).total;
    const sum = (list: { count: number }[]) => list.reduce((a, o) => a + o.count, 0);
    expect(sum(p.product)).toBe(total('SOFTWARE_PRODUCT'));
    expect(sum(p.website)).toBe(total('WEBSITE'));
    expect(p.product.find((o: { outcome: string }) => o.outcome === 'PUBLISHED').count).toBe(2141);
    expect(p.quarterlyCumulativeReports.at(-1)).toMatchObject({ quarter: '2020Q3', cumulativeReports: 15923 });
    expect(p.figures).toHaveLength(kb.partnership.figures.length);
    expect(p.breakdowns).toHaveLength(Object.keys(kb.partnership.breakdowns).length);
    expect(p.intakeHistory).toHaveLength(kb.intakeHistory.points.length);
  });
});

describe('given the taxonomy, sources and policy options', () => {
  it('labels every dimension value in both languages and gives the qualifier legend', async () => {
    const data = await server.data(`{ taxonomy {
      dimensions { dimension label(lang: JA) en: label values { value label(lang: JA) definition } }
      qualifiers { number legend(lang: JA) item impliesDimension impliesValue }
      marks { mark legend(lang: JA) }
    } }`);
    expect(data.taxonomy.qualifiers.map((q: { number: number }) => q.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(data.taxonomy.qualifiers[1]).toMatchObject({
      impliesDimension: 'INTAKE_SCOPE',
      impliesValue: 'GOVERNMENT_SYSTEMS',
    });
    expect(data.taxonomy.marks.map((m: { mark: string }) => m.mark).sort()).toEqual(['×', '○']);
    const scope = data.taxonomy.dimensions.find((d: { dimension: string }) => d.dimension === 'INTAKE_SCOPE');
    expect(scope.values.find((v: { value: string }) => v.value === 'GOVERNMENT_SYSTEMS').label).toBe('政府システム');
  });

  it('lists the source registry, and a citation leads to its entry', async () => {
    const data = await server.data(`{
      sources { key kind status title(lang: JA) url accessed }
      seed: sources(kinds: [SEED]) { key }
      program(slug: "cert-cc") { survey { source { key kind entry { title publisher } } } surveyRow { source { key locator } } }
      partnership: program(slug: "jp-partnership") { surveyRow { row } }
    }`);
    const certCc = kb.programs.find((p) => p.slug === 'cert-cc')!;
    expect(data.program.surveyRow.source).toEqual({
      key: certCc.survey!.source.source,
      locator: certCc.survey!.source.locator,
    });
    expect(data.partnership.surveyRow).toBeNull();
    expect(data.sources).toHaveLength(kb.sources.length);
    expect(
      data.sources.map((s: { key: string }) => s.key),
      'in the order of data/sources.yaml',
    ).toEqual(kb.sources.map((s) => s.id));
    expect(data.seed).toEqual([{ key: 'ipa-2020-report' }]);
    expect(data.program.survey[0].source).toMatchObject({ key: 'ipa-2020-report', kind: 'SEED' });
  });

  it('gives each option its reference programs, what the report said, and the conclusion', async () => {
    const data = await server.data(`{
      policyOptions { key name(lang: JA) referencePrograms { slug referenceForPartnership } effects considerations source { locator } }
      policyConclusion { adopted text(lang: JA) }
    }`);
    expect(data.policyOptions.map((o: { key: string }) => o.key)).toEqual(kb.policyOptions.options.map((o) => o.key));
    const bounty = data.policyOptions.find((o: { key: string }) => o.key === 'BOUNTY');
    expect(bounty.referencePrograms.map((p: { slug: string }) => p.slug)).toEqual(['kisa-krcert', 'ncsc-nl']);
    expect(bounty.effects.length).toBeGreaterThan(0);
    for (const option of data.policyOptions) {
      for (const program of option.referencePrograms) expect(program.referenceForPartnership).toBe(true);
    }
    expect(data.policyConclusion.adopted).toEqual(kb.policyOptions.conclusion.adopted);
  });
});

describe('given search', () => {
  it('finds programs, sources and options by Japanese or English text', async () => {
    const data = await server.data(`{
      ja: search(text: "報奨金") { programs { slug } policyOptions { key } }
      en: search(text: "scannetsecurity") { sources { key } }
    }`);
    expect(data.ja.policyOptions.map((o: { key: string }) => o.key)).toContain('BOUNTY');
    expect(data.en.sources.map((s: { key: string }) => s.key)).toContain('scannetsecurity-2008-04-16');
    const { body } = await server.gql(`{ search(text: "  ") { text } }`);
    expect(body.errors?.[0]?.message).toMatch(/1 to 200 characters/);
  });

  it('serves later developments of a program with their sources', async () => {
    const withDevelopments = kb.programs.find((p) => p.developments?.length);
    if (!withDevelopments) return;
    const data = await server.data(
      `query ($slug: String!) { program(slug: $slug) { developments { date title(lang: JA) sources { label locator } } } }`,
      {
        slug: withDevelopments.slug,
      },
    );
    expect(data.program.developments).toHaveLength(withDevelopments.developments!.length);
    expect(data.program.developments[0].sources.length).toBeGreaterThan(0);
  });
});
