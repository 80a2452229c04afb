import { type ProgramRecord, type TagDimension } from '@kaiji/kb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kb } from './knowledge-base-data.ts';
import { startServer, type TestServer } from './server.ts';

// The oracle: the same questions answered from the YAML by plain JavaScript, independent of the SQL filters.
const programs = kb.programs;
const current = (p: ProgramRecord, dimension: TagDimension) =>
  p.tags.filter((t) => t.dimension === dimension && !t.validTo).map((t) => t.value as string);
const acceptsReports = (p: ProgramRecord) =>
  p.survey ? p.survey.cells[0]!.found : current(p, 'intakeScope').length > 0;
const fold = (s: string) => s.normalize('NFKC').toLowerCase();
const slugs = (list: ProgramRecord[]) => list.map((p) => p.slug).sort();

const QUERY = /* GraphQL */ `
  query Filtered($filter: ProgramFilter) {
    programs(filter: $filter, first: 100) {
      totalCount
      edges {
        node {
          slug
        }
      }
    }
  }
`;

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

async function filtered(filter: Record<string, unknown> | null): Promise<string[]> {
  const data = await server.data<{ programs: { totalCount: number; edges: { node: { slug: string } }[] } }>(QUERY, {
    filter,
  });
  expect(data.programs.totalCount).toBe(data.programs.edges.length);
  return data.programs.edges.map((e) => e.node.slug).sort();
}

describe('given the ProgramFilter', () => {
  it('no filter returns every program', async () => {
    expect(await filtered(null)).toEqual(slugs(programs));
    expect(programs.length).toBeGreaterThan(10);
  });

  it.each([
    ['jurisdictions', { jurisdictions: ['US', 'GB'] }, (p: ProgramRecord) => ['US', 'GB'].includes(p.jurisdiction)],
    ['jurisdictions (lower case)', { jurisdictions: ['jp'] }, (p: ProgramRecord) => p.jurisdiction === 'JP'],
    [
      'intakeScopes',
      { intakeScopes: ['GOVERNMENT_SYSTEMS'] },
      (p: ProgramRecord) => current(p, 'intakeScope').includes('GOVERNMENT_SYSTEMS'),
    ],
    [
      'intakeScopes (any of a list)',
      { intakeScopes: ['IOT', 'ICS_MEDICAL'] },
      (p: ProgramRecord) => current(p, 'intakeScope').some((v) => ['IOT', 'ICS_MEDICAL'].includes(v)),
    ],
    [
      'intakeScopesWithin',
      { intakeScopesWithin: ['GOVERNMENT_SYSTEMS'] },
      (p: ProgramRecord) =>
        current(p, 'intakeScope').length > 0 && current(p, 'intakeScope').every((v) => v === 'GOVERNMENT_SYSTEMS'),
    ],
    [
      'legalBases',
      { legalBases: ['AGENCY_MANDATE', 'VENDOR_VDP_MANDATE'] },
      (p: ProgramRecord) => current(p, 'legalBasis').some((v) => ['AGENCY_MANDATE', 'VENDOR_VDP_MANDATE'].includes(v)),
    ],
    ['incentives', { incentives: ['BOUNTY'] }, (p: ProgramRecord) => current(p, 'incentive').includes('BOUNTY')],
    [
      'coordinates: true',
      { coordinates: true },
      (p: ProgramRecord) => current(p, 'coordination').includes('COORDINATES'),
    ],
    [
      'coordinates: false',
      { coordinates: false },
      (p: ProgramRecord) => !current(p, 'coordination').includes('COORDINATES'),
    ],
    ['acceptsReports: true', { acceptsReports: true }, acceptsReports],
    ['acceptsReports: false', { acceptsReports: false }, (p: ProgramRecord) => !acceptsReports(p)],
    [
      'referenceForPartnership: true',
      { referenceForPartnership: true },
      (p: ProgramRecord) => p.referenceForPartnership.value,
    ],
    [
      'referenceForPartnership: false',
      { referenceForPartnership: false },
      (p: ProgramRecord) => !p.referenceForPartnership.value,
    ],
    ['surveyed: false', { surveyed: false }, (p: ProgramRecord) => !p.survey],
    [
      'text (English, any case)',
      { text: 'cErT' },
      (p: ProgramRecord) =>
        [p.slug, p.name.en, p.name.ja, p.organization.en, p.organization.ja, p.summary.en, p.summary.ja].some((s) =>
          fold(s).includes('cert'),
        ),
    ],
    [
      'text (Japanese)',
      { text: '政府' },
      (p: ProgramRecord) => [p.name.ja, p.organization.ja, p.summary.ja, p.summary.en].some((s) => s.includes('政府')),
    ],
    [
      'text (full-width letters)',
      { text: 'ＫＩＳＡ' },
      (p: ProgramRecord) =>
        [p.slug, p.name.en, p.name.ja, p.organization.en, p.organization.ja, p.summary.en, p.summary.ja].some((s) =>
          fold(s).includes('kisa'),
        ),
    ],
  ])('%s narrows to exactly the matching programs', async (_name, filter, predicate) => {
    const expected = slugs(programs.filter(predicate));
    expect(expected.length, 'the oracle finds something, or the test proves nothing').toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(programs.length);
    expect(await filtered(filter)).toEqual(expected);
  });

  it('fields combine with AND, lists with OR', async () => {
    const filter = {
      intakeScopes: ['GOVERNMENT_SYSTEMS', 'UNRESTRICTED'],
      jurisdictions: ['US', 'GB', 'NL'],
      coordinates: true,
    };
    const expected = slugs(
      programs.filter(
        (p) =>
          current(p, 'intakeScope').some((v) => ['GOVERNMENT_SYSTEMS', 'UNRESTRICTED'].includes(v)) &&
          ['US', 'GB', 'NL'].includes(p.jurisdiction) &&
          current(p, 'coordination').includes('COORDINATES'),
      ),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(await filtered(filter)).toEqual(expected);
  });

  it('an empty list does not narrow, and a text that matches nothing returns nothing', async () => {
    expect(await filtered({ intakeScopes: [] })).toEqual(slugs(programs));
    expect(await filtered({ text: 'no program is called this' })).toEqual([]);
  });

  it('answers "which programs take reports only on government systems?"', async () => {
    const result = await filtered({ intakeScopesWithin: ['GOVERNMENT_SYSTEMS'] });
    expect(result).toContain('cisa-bod-20-01');
    expect(result).not.toContain('ncsc-nl'); // also life-and-safety systems
  });

  it('the comparison matrix honours the same filter', async () => {
    const data = await server.data(
      /* GraphQL */ `
        query ($filter: ProgramFilter) {
          comparisonMatrix(filter: $filter) {
            programs {
              slug
            }
            items {
              item
            }
          }
        }
      `,
      { filter: { incentives: ['BOUNTY'] } },
    );
    expect(data.comparisonMatrix.items).toHaveLength(8);
    expect(data.comparisonMatrix.programs.map((p: { slug: string }) => p.slug).sort()).toEqual(
      slugs(programs.filter((p) => current(p, 'incentive').includes('BOUNTY'))),
    );
  });

  it('an invalid filter is refused, naming the field', async () => {
    const { status, body } = await server.gql(QUERY, { filter: { text: 'x'.repeat(201) } });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/filter\.text: text is at most 200 characters/);
  });
});
