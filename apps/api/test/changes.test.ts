import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_DATE as REPORT, today as japanToday } from '@kaiji/kb/dates';
import { developmentInWindow, periodOf } from '../src/schema/changes.ts';
import { kb } from './knowledge-base-data.ts';
import { startServer, type TestServer } from './server.ts';

const today = japanToday();
const program = (slug: string) => kb.programs.find((p) => p.slug === slug)!;

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

describe('given changes(from, to)', () => {
  const CHANGES = /* GraphQL */ `
    query ($from: Date!, $to: Date!, $programs: [String!]) {
      changes(from: $from, to: $to, programs: $programs) {
        from
        to
        appeared {
          slug
        }
        ended {
          slug
        }
        programs {
          program {
            slug
            incentives
          }
          appeared
          ended
          tagsAdded {
            dimension
            value
            validFrom
            validTo
            source {
              key
              url
              accessed
            }
          }
          tagsEnded {
            dimension
            value
            validFrom
            validTo
            source {
              key
            }
          }
          developments {
            date
            title(lang: JA)
            en: title
            sources {
              key
              url
            }
          }
        }
      }
    }
  `;
  type Change = {
    program: { slug: string; incentives: string[] };
    appeared: boolean;
    ended: boolean;
    tagsAdded: {
      dimension: string;
      value: string;
      validFrom: string;
      validTo: string | null;
      source: { key: string; url: string | null; accessed: string | null };
    }[];
    tagsEnded: { dimension: string; value: string; validTo: string }[];
    developments: { date: string; title: string; en: string; sources: { key: string }[] }[];
  };

  it('lists what moved since the report, program by program, with a source for each change', async () => {
    const data = (await server.data(CHANGES, { from: REPORT, to: today })).changes;
    expect(data).toMatchObject({ from: REPORT, to: today });
    const w = { from: REPORT, to: today };
    const inW = (d: string | null | undefined) => d != null && d > w.from && d <= w.to;
    const expected = kb.programs.filter(
      (p) =>
        inW(p.validFrom) ||
        inW(p.validTo) ||
        p.tags.some((t) => inW(t.validFrom) || inW(t.validTo)) ||
        (p.developments ?? []).some((d) => developmentInWindow(d.date, w)),
    );
    const changes: Change[] = data.programs;
    expect(changes.map((c) => c.program.slug)).toEqual(expected.map((p) => p.slug));
    const appeared = data.appeared.map((p: { slug: string }) => p.slug);
    expect(appeared).toEqual(
      kb.programs.filter((p) => inW(p.validFrom ?? p.survey?.asOf ?? REPORT)).map((p) => p.slug),
    );
    expect(appeared).toEqual(expect.arrayContaining(['eu-cra-reporting', 'eu-nis2-cvd-coordinators']));
    expect(data.ended).toEqual([]);

    for (const c of changes) {
      const p = program(c.program.slug);
      expect(
        c.tagsAdded.map((t) => `${t.value}@${t.validFrom}`),
        p.slug,
      ).toEqual(p.tags.filter((t) => inW(t.validFrom)).map((t) => `${t.value}@${t.validFrom}`));
      expect(
        c.tagsEnded.map((t) => `${t.value}@${t.validTo}`),
        p.slug,
      ).toEqual(p.tags.filter((t) => inW(t.validTo)).map((t) => `${t.value}@${t.validTo}`));
      expect(
        c.developments.map((d) => d.date),
        p.slug,
      ).toEqual((p.developments ?? []).filter((d) => developmentInWindow(d.date, w)).map((d) => d.date));
      for (const t of c.tagsAdded) expect(t.source.key, `${p.slug} ${t.value}`).toBeTruthy();
      for (const d of c.developments) expect(d.sources.length, `${p.slug} ${d.date}`).toBeGreaterThan(0);
    }

    const govtech = changes.find((c) => c.program.slug === 'govtech')!;
    expect(govtech.program.incentives).toEqual(['BOUNTY']);
    expect(govtech.tagsAdded).toEqual([
      expect.objectContaining({
        dimension: 'INCENTIVE',
        value: 'BOUNTY',
        validFrom: '2021-08-31',
        validTo: null,
        source: expect.objectContaining({ key: 'straitstimes-govtech-vrp' }),
      }),
    ]);
    expect(govtech.tagsAdded[0]!.source.url).toMatch(/^https:\/\//);
    expect(govtech.tagsEnded).toEqual([
      expect.objectContaining({ dimension: 'INCENTIVE', value: 'NONE_FOUND', validTo: '2021-08-31' }),
    ]);
    expect(govtech.developments.map((d) => d.date)).toEqual(['2021-08-31']);
    expect(govtech.developments[0]!.title).toMatch(/脆弱性報奨プログラム/);
    expect(govtech.developments[0]!.en).toMatch(/Vulnerability Rewards Programme/);

    const ncscNl = changes.find((c) => c.program.slug === 'ncsc-nl')!;
    expect(ncscNl.tagsAdded).toEqual([
      expect.objectContaining({
        value: 'ACKNOWLEDGEMENT',
        source: expect.objectContaining({ key: 'securitynl-783352' }),
      }),
    ]);

    const nis2 = changes.find((c) => c.program.slug === 'eu-nis2-cvd-coordinators')!;
    expect(nis2.appeared).toBe(true);
    expect(nis2.tagsAdded.map((t) => t.dimension).sort()).toEqual([
      'COORDINATION',
      'INCENTIVE',
      'INTAKE_SCOPE',
      'LEGAL_BASIS',
    ]);
  });

  it('keeps to the window: after from, up to and including to', async () => {
    const only = async (from: string, to: string) =>
      ((await server.data(CHANGES, { from, to, programs: ['govtech'] })).changes.programs as Change[])[0];
    expect(await only(REPORT, '2021-08-30')).toBeUndefined();
    const day = await only('2021-08-30', '2021-08-31');
    expect(day!.tagsAdded.map((t) => t.value)).toEqual(['BOUNTY']);
    expect(await only('2021-08-31', '2022-12-31')).toBeUndefined();
    expect((await server.data(CHANGES, { from: REPORT, to: REPORT })).changes.programs).toEqual([]);
    const all = (await server.data(CHANGES, { from: REPORT, to: today })).changes.programs;
    expect((await server.data(CHANGES, { from: REPORT, to: today, programs: [] })).changes.programs).toEqual(all);
  });

  it('Program.changes gives the same for one program, within programs(asOf:) too', async () => {
    const data = await server.data(`{
      program(slug: "govtech") { changes(from: "2020-09-30", to: "2022-01-01") { from to appeared tagsAdded { value } tagsEnded { value } developments { date } program { incentives } } }
      programs(asOf: "2020-09-30", filter: { text: "govtech" }) { edges { node { incentives changes(from: "2020-09-30", to: "2022-01-01") { tagsAdded { value } program { incentives } } } } }
    }`);
    expect(data.program.changes).toEqual({
      from: REPORT,
      to: '2022-01-01',
      appeared: false,
      tagsAdded: [{ value: 'BOUNTY' }],
      tagsEnded: [{ value: 'NONE_FOUND' }],
      developments: [{ date: '2021-08-31' }],
      program: { incentives: ['BOUNTY'] },
    });
    const node = data.programs.edges[0].node;
    expect(node.incentives).toEqual(['NONE_FOUND']);
    expect(node.changes).toEqual({ tagsAdded: [{ value: 'BOUNTY' }], program: { incentives: ['BOUNTY'] } });
  });

  it.each([
    [{ from: '2019-01-01', to: REPORT }, 'from', /before the earliest record \(2020-09-30\)/, 'BEFORE_EARLIEST_RECORD'],
    [{ from: REPORT, to: '2020-02-30' }, 'to', /ISO date/, 'MALFORMED_DATE'],
    [{ from: '2022-01-01', to: '2021-01-01' }, 'to', /before `from`/, 'BEFORE_FROM'],
    [
      { from: REPORT, to: '2022-01-01', programs: ['govtech', 'no-such-program'] },
      'programs',
      /no-such-program/,
      undefined,
    ],
  ])('refuses %j naming %s', async (variables, field, message, reason) => {
    const { status, body } = await server.gql(CHANGES, variables);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.field).toBe(field);
    expect(body.errors?.[0]?.extensions?.reason).toBe(reason);
    expect(body.errors?.[0]?.message).toMatch(message);
  });

  it('counts a development dated by month or year when any of its days is in the window', () => {
    expect(periodOf('2023')).toEqual({ first: '2023-01-01', last: '2023-12-31' });
    expect(periodOf('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(periodOf('2021-08-31')).toEqual({ first: '2021-08-31', last: '2021-08-31' });
    expect(developmentInWindow('2023', { from: '2022-12-31', to: '2023-01-01' })).toBe(true);
    expect(developmentInWindow('2023', { from: '2023-12-30', to: '2024-06-01' })).toBe(true);
    expect(developmentInWindow('2023', { from: '2023-12-31', to: '2024-06-01' })).toBe(false);
    expect(developmentInWindow('2024-09', { from: '2020-09-30', to: '2024-08-31' })).toBe(false);
    expect(developmentInWindow('2020-09-30', { from: '2020-09-30', to: '2021-01-01' })).toBe(false);
  });
});
