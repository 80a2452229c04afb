import { createGraphQLError } from 'graphql-yoga';
import { sql } from 'drizzle-orm';
import type { Coordination, Incentive, IntakeScope, LegalBasis, TagDimension } from '@kaiji/kb';
import { builder, checkPageSize, MAX_PAGE_SIZE } from '../builder.ts';
import type { KaijiContext } from '../context.ts';
import { existsOn, ProgramFilter, programWhere, type FilterDate } from '../program-filter.ts';
import { checkDate, DateScalar, holdsOn, rootAsOf, viewDate } from './as-of.ts';
import { bilingual, bilingualOrNull } from './lang.ts';
import { citation, SourceRef, type Citation } from './source.ts';
import './survey-finding.ts';
import { ProgramTag } from './program-tag.ts';
import './program-development.ts';
import { IncentiveEnum, IntakeScopeEnum, LegalBasisEnum, TagDimensionEnum } from './taxonomy.ts';

/**
 * Every tag of a program with its dates, selected once and shared by every field derived from them and by `tags`
 * (the same relation arguments, so one load): each field keeps the tags that hold on its date.
 */
const datedTags = {
  with: {
    tags: { orderBy: { id: 'asc' }, columns: { dimension: true, value: true, validFrom: true, validTo: true } },
  },
} as const;

type DatedTag = { dimension: TagDimension; value: string; validFrom: string; validTo: string | null };

function valuesOn<T extends string>(program: { tags: DatedTag[] }, dimension: TagDimension, date: string): T[] {
  return program.tags.filter((tag) => tag.dimension === dimension && holdsOn(tag, date)).map((tag) => tag.value as T);
}

/** `asOf: Date`, the argument of every tag-derived field. */
const tagAsOfArgs = builder.args((t) => ({
  asOf: t.field({
    type: DateScalar,
    required: false,
    description:
      'The date to read the tags at (YYYY-MM-DD): by default the `asOf` of the field this program was reached from (`programs`, `program`, `comparisonMatrix`, `changes`), else today.',
  }),
}));

/** What a filter on a date needs. */
export const filterDate = (ctx: KaijiContext, date: string): FilterDate => ({ date, surveyAsOf: ctx.kb.surveyAsOf });

interface SurveyRowShape {
  row: number;
  source: Citation | null;
  label: string | null;
  rawRow: string | null;
  decodingJa: string | null;
  decodingEn: string | null;
  asOf: string | null;
}

const SurveyRow = builder.objectRef<SurveyRowShape>('SurveyRow').implement({
  description: 'A program’s row of Table 4-2 as printed, before it was decoded into cells.',
  fields: (t) => ({
    row: t.exposeInt('row', { description: 'The row number the seed prints (CISA’s two programs share 8).' }),
    label: t.string({
      description: 'The name cell as printed, e.g. "CISA (BOD 20-01)".',
      resolve: (r) => r.label ?? '',
    }),
    rawRow: t.string({
      description: 'The marks of the row exactly as the seed’s text prints them, separated by spaces.',
      resolve: (r) => r.rawRow ?? '',
    }),
    decoding: t.string(bilingualOrNull('decoding', 'How a ragged row (more marks than items) was decoded.')),
    asOf: t.string({
      nullable: true,
      description: 'ISO date on which the survey observed this state (the report’s cut-off).',
      resolve: (r) => r.asOf,
    }),
    source: t.field({
      type: SourceRef,
      nullable: true,
      description: 'Where the row is printed, e.g. "Table 4-2, row 14 (GovTech)" (each cell cites its item too).',
      resolve: (r) => r.source,
    }),
  }),
});

export const Program = builder.drizzleNode('programs', {
  name: 'Program',
  description: 'A vulnerability-disclosure program (or policy) of a country or region, as the study group surveyed it.',
  id: { column: (p) => p.slug },
  fields: (t) => ({
    slug: t.exposeString('slug', { description: "Stable key, e.g. 'cert-cc', 'cisa-bod-20-01', 'jp-partnership'." }),
    name: t.string(bilingual('name', 'Name of the program.')),
    organization: t.string(bilingual('organization', 'Organisation that runs it.')),
    summary: t.string(bilingual('summary', 'What the report and the sources say of it, in a few sentences.')),
    jurisdiction: t.exposeString('jurisdiction', { description: "ISO 3166-1 alpha-2 code, or 'EU'." }),
    surveyed: t.boolean({
      description: 'Whether Table 4-2 covers the program (false for the Partnership itself).',
      select: { columns: { surveyRow: true } },
      resolve: (p) => p.surveyRow != null,
    }),
    surveyedOrganizationNumber: t.exposeInt('surveyedOrganizationNumber', {
      nullable: true,
      description: 'Row of Table 4-1 that lists the program’s organisation, where it is listed.',
    }),
    surveyRow: t.field({
      type: SurveyRow,
      nullable: true,
      description: 'The Table 4-2 row as printed; null for a program the survey did not cover.',
      select: {
        columns: {
          surveyRow: true,
          surveyLabel: true,
          surveyRawRow: true,
          surveyDecodingJa: true,
          surveyDecodingEn: true,
          surveyAsOf: true,
          surveyLocator: true,
        },
        with: { surveySource: true },
      },
      resolve: (p) =>
        p.surveyRow == null
          ? null
          : {
              row: p.surveyRow,
              label: p.surveyLabel,
              rawRow: p.surveyRawRow,
              decodingJa: p.surveyDecodingJa,
              decodingEn: p.surveyDecodingEn,
              asOf: p.surveyAsOf,
              source: p.surveySource ? citation({ locator: p.surveyLocator, source: p.surveySource }) : null,
            },
    }),
    survey: t.relation('survey', {
      description: 'The eight Table 4-2 cells in item order; empty for a program that the survey did not cover.',
      query: { orderBy: { position: 'asc' } },
    }),
    acceptsReports: t.boolean({
      description:
        'Whether it takes vulnerability reports: item 1 of its Table 4-2 row (the 2020 survey), or, for a program the survey did not cover, whether an intake scope holds on the date (`asOf`, by default that of the field the program was reached from, else today).',
      args: tagAsOfArgs,
      select: {
        columns: { surveyRow: true },
        extras: {
          surveyAccepts: (programs) =>
            sql<number>`exists(select 1 from survey_findings f where f.program_slug = ${programs.slug} and f.item = 'ACCEPTS_REPORTS' and f.found = 1)`,
        },
        ...datedTags,
      },
      resolve: (p, { asOf }, ctx, info) =>
        p.surveyRow == null
          ? valuesOn(p, 'intakeScope', viewDate(ctx, info, asOf)).length > 0
          : Boolean(p.surveyAccepts),
    }),
    intakeScopes: t.field({
      type: [IntakeScopeEnum],
      description:
        'Whose reports it takes on the date (`asOf`: by default that of the field the program was reached from, else today); empty where it takes none.',
      args: tagAsOfArgs,
      select: datedTags,
      resolve: (p, { asOf }, ctx, info) => valuesOn<IntakeScope>(p, 'intakeScope', viewDate(ctx, info, asOf)),
    }),
    legalBases: t.field({
      type: [LegalBasisEnum],
      description:
        'Legal footing found for it on the date (`asOf`: by default that of the field the program was reached from, else today).',
      args: tagAsOfArgs,
      select: datedTags,
      resolve: (p, { asOf }, ctx, info) => valuesOn<LegalBasis>(p, 'legalBasis', viewDate(ctx, info, asOf)),
    }),
    coordinates: t.boolean({
      description:
        'Whether coordination with vendors or owners was found (Table 4-2 item 7) on the date (`asOf`: by default that of the field the program was reached from, else today).',
      args: tagAsOfArgs,
      select: datedTags,
      resolve: (p, { asOf }, ctx, info) =>
        valuesOn<Coordination>(p, 'coordination', viewDate(ctx, info, asOf)).includes('COORDINATES'),
    }),
    incentives: t.field({
      type: [IncentiveEnum],
      description:
        'What a reporter gets on the date (`asOf`: by default that of the field the program was reached from, else today).',
      args: tagAsOfArgs,
      select: datedTags,
      resolve: (p, { asOf }, ctx, info) => valuesOn<Incentive>(p, 'incentive', viewDate(ctx, info, asOf)),
    }),
    tags: t.field({
      type: [ProgramTag],
      description:
        'The tags with their dates, basis and source, oldest record first. With neither `asOf` nor `current`, every tag, history included; with `asOf`, those that hold on that date; `current: true` those that hold on the date the query views (the `asOf` of the field the program was reached from, else today), `current: false` the others (ended, or not yet begun).',
      args: {
        dimension: t.arg({ type: TagDimensionEnum, required: false, description: 'Only tags of this dimension.' }),
        current: t.arg.boolean({
          required: false,
          description: 'Only tags that hold (true) or do not hold (false) on the date the query views.',
        }),
        asOf: t.arg({
          type: DateScalar,
          required: false,
          description: 'Only tags that hold on this date (YYYY-MM-DD).',
        }),
      },
      select: (_args, _ctx, nestedSelection) => ({ with: { tags: nestedSelection({ orderBy: { id: 'asc' } }) } }),
      resolve: (p, args, ctx, info) => {
        let tags = args.dimension ? p.tags.filter((tag) => tag.dimension === args.dimension) : p.tags;
        if (args.current != null || args.asOf != null) {
          const date = viewDate(ctx, info, args.asOf);
          const keep = args.current ?? true;
          tags = tags.filter((tag) => holdsOn(tag, date) === keep);
        }
        return tags;
      },
    }),
    referenceForPartnership: t.exposeBoolean('referenceForPartnership', {
      description: 'Chosen in section 4.3 of the report as a reference for improving the Partnership.',
    }),
    referenceForPartnershipSource: t.field({
      type: SourceRef,
      description: 'Where the report says whether it is a reference for the Partnership.',
      select: { columns: { referenceLocator: true }, with: { referenceSource: true } },
      resolve: (p) => citation({ locator: p.referenceLocator, source: p.referenceSource }),
    }),
    sources: t.field({
      type: [SourceRef],
      description: 'The sources of what is known of the program, in the data file’s order.',
      select: {
        with: { sources: { orderBy: { position: 'asc' }, columns: { locator: true }, with: { source: true } } },
      },
      resolve: (p) => p.sources.map(citation),
    }),
    validFrom: t.exposeString('validFrom', {
      nullable: true,
      description:
        'ISO date from which the knowledge base records the program (the survey’s date for surveyed programs; null also means the survey’s date). It exists on a date D when validFrom ≤ D < validTo.',
    }),
    validTo: t.exposeString('validTo', {
      nullable: true,
      description: 'ISO date from which it no longer exists as such; null while it does.',
    }),
    developments: t.relation('developments', {
      description: 'What happened to it after (or apart from) the 2020 survey, oldest first.',
      query: { orderBy: { position: 'asc' } },
    }),
    assessments: t.relation('assessments', {
      description: 'What Table 4-3 says of the program under each policy option it is a reference for.',
      query: { orderBy: { position: 'asc' } },
    }),
  }),
});

export const ProgramFilterInput = builder.inputType('ProgramFilter', {
  description:
    'Every given field narrows the result; a list matches a program that has any of its values (an empty list does not narrow).',
  fields: (t) => ({
    jurisdictions: t.stringList({ required: false, description: "ISO 3166-1 alpha-2 codes or 'EU'." }),
    intakeScopes: t.field({
      type: [IntakeScopeEnum],
      required: false,
      description: 'Takes reports of any of these scopes.',
    }),
    intakeScopesWithin: t.field({
      type: [IntakeScopeEnum],
      required: false,
      description:
        'Takes reports only within these scopes: every current intake scope is among them (and there is one).',
    }),
    legalBases: t.field({ type: [LegalBasisEnum], required: false, description: 'Has any of these legal bases.' }),
    incentives: t.field({ type: [IncentiveEnum], required: false, description: 'Offers any of these incentives.' }),
    coordinates: t.boolean({ required: false, description: 'Coordination with vendors or owners was found (or not).' }),
    acceptsReports: t.boolean({
      required: false,
      description: 'Takes vulnerability reports (or not); see Program.acceptsReports.',
    }),
    referenceForPartnership: t.boolean({
      required: false,
      description: 'Was (or was not) chosen as a reference for the Partnership (section 4.3).',
    }),
    surveyed: t.boolean({ required: false, description: 'Is (or is not) covered by Table 4-2.' }),
    text: t.string({
      required: false,
      description: 'Free text over names and summaries, Japanese or English (case- and width-insensitive substring).',
    }),
  }),
});

/** Validates a filter argument (it also comes from query strings of the export endpoints). */
export function parseProgramFilter(input: unknown): ProgramFilter {
  const parsed = ProgramFilter.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw createGraphQLError(`Invalid filter: ${['filter', ...issue.path].join('.')}: ${issue.message}`, {
    extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
  });
}

async function countPrograms(ctx: KaijiContext, filter: ProgramFilter, date: string): Promise<number> {
  const rows = await ctx.kb.db.query.programs.findMany({
    where: programWhere(filter, filterDate(ctx, date)),
    columns: { slug: true },
  });
  return rows.length;
}

const ROOT_AS_OF =
  'The date to view the knowledge base at (YYYY-MM-DD, from the earliest record on; today by default): only the programs that exist on it (validFrom ≤ asOf < validTo), with the tags that hold on it, also in every field beneath. "2020-09-30" is the report’s view. The survey cells (`survey`, `surveyRow`) are always the 2020 survey’s.';

builder.queryFields((t) => ({
  program: t.drizzleField({
    type: 'programs',
    nullable: true,
    description:
      'One program by its slug, as it stands on `asOf` (today by default); null when it does not exist on that date.',
    args: {
      slug: t.arg.string({ required: true, description: "e.g. 'cert-cc'." }),
      asOf: t.arg({ type: DateScalar, required: false, description: ROOT_AS_OF }),
    },
    resolve: (query, _root, { slug, asOf }, ctx, info) => {
      const date = rootAsOf(ctx, info, asOf);
      return ctx.kb.db.query.programs.findFirst(query({ where: { AND: [{ slug }, existsOn(filterDate(ctx, date))] } }));
    },
  }),
  programs: t.drizzleConnection(
    {
      type: 'programs',
      description: `Programs in the report’s order as they stand on \`asOf\` (today by default), filtered, as a Relay cursor connection (first at most ${MAX_PAGE_SIZE}).`,
      args: {
        filter: t.arg({
          type: ProgramFilterInput,
          required: false,
          description: 'What to narrow to (tags as they hold on `asOf`).',
        }),
        asOf: t.arg({ type: DateScalar, required: false, description: ROOT_AS_OF }),
      },
      maxSize: checkPageSize,
      // A query for totalCount alone skips maxSize: check the page size here too.
      totalCount: (_root, args, ctx) =>
        checkPageSize(args) &&
        countPrograms(
          ctx,
          parseProgramFilter(args.filter),
          args.asOf == null ? ctx.today : checkDate(args.asOf, 'asOf', ctx),
        ),
      resolve: (query, _root, args, ctx, info) => {
        // Before query(): the plugin refuses a negative size itself, as a 200 with a vague error.
        checkPageSize(args);
        const date = rootAsOf(ctx, info, args.asOf);
        return ctx.kb.db.query.programs.findMany(
          query({
            where: programWhere(parseProgramFilter(args.filter), filterDate(ctx, date)),
            orderBy: { position: 'asc' },
          }),
        );
      },
    },
    {
      name: 'ProgramConnection',
      description: 'A page of programs.',
      // The plugin's own totalCount field, with a description (the extension keeps its count-only shortcut).
      fields: (t) => ({
        totalCount: t.int({
          description: 'How many programs the filter keeps, over all pages.',
          extensions: { pothosDrizzleTotalCount: true },
          resolve: (parent) => (parent as unknown as { totalCount: () => Promise<number> }).totalCount(),
        }),
      }),
    },
    { name: 'ProgramEdge', description: 'A program and its cursor.' },
  ),
}));
