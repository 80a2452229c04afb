import { type Program as KbProgram, type TagDimension } from '@kaiji/kb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REPORT_DATE, today as japanToday } from '@kaiji/kb/dates';
import { KnowledgeBase } from '../src/knowledge-base.ts';
import { kb } from './knowledge-base-data.ts';
import { startServer, type TestServer } from './server.ts';

const REPORT = REPORT_DATE;
const today = japanToday();

type Tag = KbProgram['tags'][number];
const holds = (tag: { validFrom: string; validTo?: string | null }, date: string) =>
  tag.validFrom <= date && (tag.validTo == null || tag.validTo > date);
const existsOn = (p: KbProgram, date: string) =>
  (p.validFrom ?? p.survey?.asOf ?? REPORT) <= date && (p.validTo == null || p.validTo > date);
const valuesOn = (p: KbProgram, dimension: TagDimension, date: string): string[] =>
  p.tags.filter((t: Tag) => t.dimension === dimension && holds(t, date)).map((t: Tag) => t.value);
const program = (slug: string) => kb.programs.find((p) => p.slug === slug)!;

const VIEW = /* GraphQL */ `
  slug intakeScopes legalBases coordinates incentives
  survey { item raw found qualifiers }
  current: tags(current: true) { dimension value validFrom validTo current source { key } }
`;
const PROGRAMS = `query ($asOf: Date) { programs(first: 100, asOf: $asOf) { totalCount edges { node { ${VIEW} } } } }`;

interface ViewNode {
  slug: string;
  intakeScopes: string[];
  legalBases: string[];
  coordinates: boolean;
  incentives: string[];
  survey: { item: string; raw: string; found: boolean; qualifiers: number[] }[];
  current: { dimension: string; value: string; validFrom: string; validTo: string | null; current: boolean }[];
}

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

async function programsOn(asOf?: string): Promise<Map<string, ViewNode>> {
  const data = await server.data(PROGRAMS, asOf ? { asOf } : {});
  const nodes: ViewNode[] = data.programs.edges.map((e: { node: ViewNode }) => e.node);
  expect(data.programs.totalCount).toBe(nodes.length);
  return new Map(nodes.map((n) => [n.slug, n]));
}

describe('given programs(asOf: "2020-09-30"), the report’s view', () => {
  it('lists exactly the programs that existed then, with the tags the data dates to the survey', async () => {
    const view = await programsOn(REPORT);
    expect([...view.keys()]).toEqual(kb.programs.filter((p) => existsOn(p, REPORT)).map((p) => p.slug));
    expect(view.has('eu-nis2-cvd-coordinators')).toBe(false);
    expect(view.has('eu-cra-reporting')).toBe(false);
    for (const [slug, node] of view) {
      const p = program(slug);
      expect(node.intakeScopes, slug).toEqual(valuesOn(p, 'intakeScope', REPORT));
      expect(node.legalBases, slug).toEqual(valuesOn(p, 'legalBasis', REPORT));
      expect(node.incentives, slug).toEqual(valuesOn(p, 'incentive', REPORT));
      expect(node.coordinates, slug).toBe(valuesOn(p, 'coordination', REPORT).includes('COORDINATES'));
      // Every 2020 tag starts on the survey's date: nothing later leaks into the report's view.
      expect(
        node.current.every((t) => t.validFrom === REPORT && t.current),
        slug,
      ).toBe(true);
    }
  });

  it('reproduces Table 4-2: the cells as printed, and the tags its marks imply', async () => {
    const view = await programsOn(REPORT);
    const surveyed = kb.programs.filter((p) => p.survey);
    expect(surveyed.length).toBeGreaterThan(10);
    for (const p of surveyed) {
      const node = view.get(p.slug)!;
      expect(node.survey, p.slug).toEqual(
        p.survey!.cells.map((c) => ({ item: c.item, raw: c.raw, found: c.found, qualifiers: c.qualifiers })),
      );
      // Item 7 is coordination; a qualifier ○n implies its tag (○2 → GOVERNMENT_SYSTEMS, ○6 → VENDOR_VDP_MANDATE…).
      expect(node.coordinates, `${p.slug} item 7`).toBe(p.survey!.cells.find((c) => c.item === 'COORDINATION')!.found);
      // A program whose intake was not found (item 1 ×) gets no intake scope (taxonomy.yaml; DCMS's ○1).
      const accepts = p.survey!.cells.find((c) => c.item === 'ACCEPTS_REPORTS')!.found;
      if (!accepts) expect(node.intakeScopes, `${p.slug} item 1 ×`).toEqual([]);
      for (const q of p.survey!.cells.flatMap((c) => c.qualifiers)) {
        const implied = kb.taxonomy.qualifiers.find((x) => x.number === q)!.implies;
        if (implied.dimension === 'intakeScope' && !accepts) continue;
        const values = implied.dimension === 'intakeScope' ? node.intakeScopes : node.legalBases;
        expect(values, `${p.slug} ○${q}`).toContain(implied.value);
      }
    }
  });

  it('shows the report’s incentives: GovTech none found, NCSC-NL a bounty without acknowledgements', async () => {
    const view = await programsOn(REPORT);
    expect(view.get('govtech')!.incentives).toEqual(['NONE_FOUND']);
    expect(view.get('ncsc-nl')!.incentives).toContain('BOUNTY');
    expect(view.get('ncsc-nl')!.incentives).not.toContain('ACKNOWLEDGEMENT');
  });

  it('filters on the tags as they held then', async () => {
    const Q = `query ($asOf: Date, $f: ProgramFilter) { programs(first: 100, asOf: $asOf, filter: $f) { totalCount edges { node { slug } } } }`;
    const slugs = async (asOf: string | undefined, f: object) =>
      (await server.data(Q, { asOf, f })).programs.edges.map((e: { node: { slug: string } }) => e.node.slug);
    const expected = (date: string, dimension: TagDimension, value: string) =>
      kb.programs.filter((p) => existsOn(p, date) && valuesOn(p, dimension, date).includes(value)).map((p) => p.slug);
    expect(await slugs(REPORT, { incentives: ['BOUNTY'] })).toEqual(expected(REPORT, 'incentive', 'BOUNTY'));
    expect(await slugs(REPORT, { incentives: ['BOUNTY'] })).not.toContain('govtech');
    expect(await slugs(undefined, { incentives: ['BOUNTY'] })).toEqual(expected(today, 'incentive', 'BOUNTY'));
    expect(await slugs(undefined, { incentives: ['BOUNTY'] })).toContain('govtech');
    expect(await slugs(REPORT, { incentives: ['ACKNOWLEDGEMENT'] })).not.toContain('ncsc-nl');
    expect(await slugs(undefined, { incentives: ['ACKNOWLEDGEMENT'] })).toContain('ncsc-nl');
    expect(await slugs(REPORT, { jurisdictions: ['EU'] })).toEqual(['cert-eu', 'enisa']);
    expect(await slugs(REPORT, { legalBases: ['STATUTORY_COORDINATOR'] })).toEqual([]);
    expect(await slugs(undefined, { legalBases: ['STATUTORY_COORDINATOR'] })).toContain('eu-nis2-cvd-coordinators');
  });
});

describe('given programs without asOf (today)', () => {
  it('shows the later developments: GovTech’s bounty, NCSC-NL’s acknowledgements, the two EU programs', async () => {
    const view = await programsOn();
    expect([...view.keys()]).toEqual(kb.programs.filter((p) => existsOn(p, today)).map((p) => p.slug));
    expect(view.get('govtech')!.incentives).toEqual(['BOUNTY']);
    expect(view.get('ncsc-nl')!.incentives).toEqual(expect.arrayContaining(['BOUNTY', 'ACKNOWLEDGEMENT']));
    expect(view.get('eu-nis2-cvd-coordinators')!.legalBases).toEqual(['STATUTORY_COORDINATOR']);
    expect(view.get('eu-cra-reporting')!.legalBases).toEqual(['VENDOR_VDP_MANDATE']);
    for (const [slug, node] of view) {
      expect(node.incentives, slug).toEqual(valuesOn(program(slug), 'incentive', today));
      expect(
        node.current.every((t) => t.current && holds(t, today)),
        slug,
      ).toBe(true);
    }
    // The cells stay the 2020 survey's whatever the date.
    const report = await programsOn(REPORT);
    expect(view.get('govtech')!.survey).toEqual(report.get('govtech')!.survey);
  });
});

describe('given asOf on one field or passed down', () => {
  it('program(asOf:) is null before the program existed; its tags follow the root’s date unless a field names its own', async () => {
    const data = await server.data(`{
      cra2020: program(slug: "eu-cra-reporting", asOf: "2020-09-30") { slug }
      craNow: program(slug: "eu-cra-reporting") { slug validFrom }
      govtech: program(slug: "govtech", asOf: "2020-09-30") {
        incentives
        later: incentives(asOf: "2021-08-31")
        eve: incentives(asOf: "2021-08-30")
        history: tags(dimension: INCENTIVE) { value validFrom validTo current }
        then: tags(dimension: INCENTIVE, current: true) { value }
        notThen: tags(dimension: INCENTIVE, current: false) { value }
        on2022: tags(dimension: INCENTIVE, asOf: "2022-01-01") { value }
      }
    }`);
    expect(data.cra2020).toBeNull();
    expect(data.craNow).toEqual({ slug: 'eu-cra-reporting', validFrom: program('eu-cra-reporting').validFrom });
    const g = data.govtech;
    expect(g.incentives).toEqual(['NONE_FOUND']);
    expect(g.later).toEqual(['BOUNTY']);
    expect(g.eve).toEqual(['NONE_FOUND']);
    // Without asOf or current, every tag: the history, each marked as it stood on the root's date.
    expect(g.history).toEqual([
      { value: 'NONE_FOUND', validFrom: REPORT, validTo: '2021-08-31', current: true },
      { value: 'BOUNTY', validFrom: '2021-08-31', validTo: null, current: false },
    ]);
    expect(g.then).toEqual([{ value: 'NONE_FOUND' }]);
    expect(g.notThen).toEqual([{ value: 'BOUNTY' }]);
    expect(g.on2022).toEqual([{ value: 'BOUNTY' }]);
  });

  it('comparisonMatrix(asOf:) and the exports show the same view; the cells stay the survey’s', async () => {
    const data = await server.data(`{
      report: comparisonMatrix(asOf: "2020-09-30") { asOf tagsAsOf programs { slug incentives } }
      now: comparisonMatrix { asOf tagsAsOf programs { slug incentives } }
    }`);
    expect(data.report).toMatchObject({ asOf: REPORT, tagsAsOf: REPORT });
    expect(data.now).toMatchObject({ asOf: REPORT, tagsAsOf: today });
    const incentivesOf = (m: { programs: { slug: string; incentives: string[] }[] }, slug: string) =>
      m.programs.find((p) => p.slug === slug)?.incentives;
    expect(incentivesOf(data.report, 'govtech')).toEqual(['NONE_FOUND']);
    expect(incentivesOf(data.now, 'govtech')).toEqual(['BOUNTY']);
    expect(incentivesOf(data.report, 'eu-cra-reporting')).toBeUndefined();

    const json = await (await fetch(`${server.origin}/export/matrix.json?asOf=2020-09-30&jurisdictions=SG,EU`)).json();
    expect(json.tagsAsOf).toBe(REPORT);
    expect(json.programs.map((p: { slug: string }) => p.slug)).toEqual([
      'cert-eu',
      'enisa',
      'singcert',
      'imda',
      'govtech',
    ]);
    expect(json.programs.find((p: { slug: string }) => p.slug === 'govtech').incentives).toEqual(['NONE_FOUND']);
    const todayJson = await (await fetch(`${server.origin}/export/matrix.json?jurisdictions=SG,EU`)).json();
    expect(todayJson.tagsAsOf).toBe(today);
    expect(todayJson.programs.map((p: { slug: string }) => p.slug)).toContain('eu-cra-reporting');
    const csv = await (await fetch(`${server.origin}/export/matrix.csv?asOf=2020-09-30&text=govtech`)).text();
    const todayCsv = await (await fetch(`${server.origin}/export/matrix.csv?text=govtech`)).text();
    expect(csv).not.toBe(todayCsv);
  });
});

describe('given a wrong asOf', () => {
  it.each([
    ['2020-09-29', /before the earliest record \(2020-09-30\)/, 'BEFORE_EARLIEST_RECORD'],
    ['1999-01-01', /before the earliest record \(2020-09-30\)/, 'BEFORE_EARLIEST_RECORD'],
    ['2020-13-01', /must be an ISO date YYYY-MM-DD on or after 2020-09-30/, 'MALFORMED_DATE'],
    ['2021-02-29', /must be an ISO date YYYY-MM-DD on or after 2020-09-30/, 'MALFORMED_DATE'],
    ['2020-9-30', /must be an ISO date YYYY-MM-DD on or after 2020-09-30/, 'MALFORMED_DATE'],
    ['today', /must be an ISO date YYYY-MM-DD on or after 2020-09-30/, 'MALFORMED_DATE'],
  ])('refuses %s with a 400 naming asOf, the earliest date and the reason', async (asOf, message, reason) => {
    for (const query of [
      `query ($asOf: Date) { programs(asOf: $asOf) { totalCount } }`,
      `query ($asOf: Date) { program(slug: "govtech", asOf: $asOf) { slug } }`,
      `query ($asOf: Date) { comparisonMatrix(asOf: $asOf) { tagsAsOf } }`,
      `query ($asOf: Date) { program(slug: "govtech") { incentives(asOf: $asOf) } }`,
    ]) {
      const { status, body } = await server.gql(query, { asOf });
      expect(status, query).toBe(400);
      expect(body.errors?.[0]?.message, query).toMatch(/`asOf`/);
      expect(body.errors?.[0]?.message, query).toMatch(message);
      expect(body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'asOf',
        earliest: '2020-09-30',
        reason,
      });
      expect(body.errors?.[0]?.extensions?.messageJa).toContain('2020-09-30');
    }
    const exported = await fetch(`${server.origin}/export/matrix.csv?asOf=${encodeURIComponent(asOf)}`);
    expect(exported.status).toBe(400);
    expect((await exported.json()).errors[0].message).toMatch(message);
  });

  it('refuses a literal that is not a string at validation', async () => {
    const { status, body } = await server.gql(`{ programs(asOf: 20200930) { totalCount } }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/A Date is a string, an ISO date YYYY-MM-DD/);
  });
});

describe('given the day changes while serving', () => {
  it('does not answer from a response cached the day before', async () => {
    let day = '2021-08-30';
    const dayServer = await startServer({ today: () => day });
    try {
      const Q = `{ program(slug: "govtech") { incentives } }`;
      expect((await dayServer.data(Q)).program.incentives).toEqual(['NONE_FOUND']);
      expect((await dayServer.data(Q)).program.incentives).toEqual(['NONE_FOUND']);
      day = '2021-08-31';
      expect((await dayServer.data(Q)).program.incentives).toEqual(['BOUNTY']);
      const csv = async () => (await fetch(`${dayServer.origin}/export/matrix.json?text=govtech`)).json();
      expect((await csv()).tagsAsOf).toBe('2021-08-31');
      day = '2021-09-01';
      expect((await csv()).tagsAsOf).toBe('2021-09-01');
    } finally {
      await dayServer.close();
    }
  });
});

describe('given the SQL an asOf view runs', () => {
  const statements: string[] = [];
  let sqlServer: TestServer;
  beforeAll(async () => {
    const knowledgeBase = new KnowledgeBase(inject('kbPath'), {
      logger: { logQuery: (query) => statements.push(query) },
    });
    sqlServer = await startServer({ knowledgeBase });
  });
  afterAll(async () => {
    await sqlServer.close();
    sqlServer.knowledgeBase.close();
  });

  it('loads a page with every tag field, the tags and their sources in one statement (plus the count), whatever its size', async () => {
    const Q = `query ($first: Int, $asOf: Date) { programs(first: $first, asOf: $asOf) { totalCount edges { node {
      slug acceptsReports intakeScopes legalBases coordinates incentives
      tags { value current source { key } } now: tags(current: true) { value }
      developments { date sources { key } }
    } } } }`;
    for (const first of [3, 100]) {
      statements.length = 0;
      await sqlServer.data(Q, { first, asOf: REPORT });
      expect(statements, `first: ${first}`).toHaveLength(2);
    }
  });

  it('answers changes over every program in one statement', async () => {
    statements.length = 0;
    await sqlServer.data(`{ changes(from: "2020-09-30", to: "2026-01-01") { programs {
      program { slug incentives } appeared ended tagsAdded { value source { key } } tagsEnded { value } developments { date sources { key } }
    } } }`);
    expect(statements).toHaveLength(1);
  });
});
