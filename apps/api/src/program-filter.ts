import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { Incentive, IntakeScope, LegalBasis, type TagDimension } from '@kaiji/kb';
import type { KnowledgeBaseDb } from '@kaiji/db';

/**
 * The program filter, shared by the GraphQL `ProgramFilter` input and the export endpoints' query strings.
 * Every given field narrows; a list matches a program that has any of its values; an empty list does not narrow.
 */
export const ProgramFilter = z
  .object({
    jurisdictions: z.array(z.string().trim().min(1).max(8)).max(50).nullish(),
    intakeScopes: z.array(IntakeScope).nullish(),
    intakeScopesWithin: z.array(IntakeScope).nullish(),
    legalBases: z.array(LegalBasis).nullish(),
    incentives: z.array(Incentive).nullish(),
    coordinates: z.boolean().nullish(),
    acceptsReports: z.boolean().nullish(),
    referenceForPartnership: z.boolean().nullish(),
    surveyed: z.boolean().nullish(),
    text: z.string().max(200, 'text is at most 200 characters').nullish(),
  })
  .strict();
export type ProgramFilter = z.infer<typeof ProgramFilter>;

type ProgramsQuery = NonNullable<Parameters<KnowledgeBaseDb['query']['programs']['findMany']>[0]>;
export type ProgramWhere = NonNullable<ProgramsQuery['where']>;

/** Case- and width-insensitive form of a text (NFKC, lower case), also registered in SQLite as kaiji_fold. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export const TEXT_COLUMNS = [
  'slug',
  'nameJa',
  'nameEn',
  'organizationJa',
  'organizationEn',
  'summaryJa',
  'summaryEn',
] as const;

const hasCurrentTag = (dimension: TagDimension, values?: readonly string[]): ProgramWhere => ({
  tags: {
    dimension,
    validTo: { isNull: true },
    ...(values ? { value: { in: values as never[] } } : {}),
  },
});

const nonEmpty = <T>(list: readonly T[] | null | undefined): list is readonly T[] => !!list && list.length > 0;

/** Whether a program accepts reports: item 1 of its Table 4-2 row, or, for a program the survey did not cover, whether its intake is recorded. */
export const ACCEPTS_REPORTS: ProgramWhere = {
  OR: [
    { survey: { item: 'ACCEPTS_REPORTS', found: true } },
    { AND: [{ surveyRow: { isNull: true } }, hasCurrentTag('intakeScope')] },
  ],
};

/** The drizzle relational `where` for a filter. */
export function programWhere(filter: ProgramFilter | null | undefined): ProgramWhere {
  if (!filter) return {};
  const and: ProgramWhere[] = [];
  if (nonEmpty(filter.jurisdictions)) and.push({ jurisdiction: { in: filter.jurisdictions.map((j) => j.toUpperCase()) } });
  if (nonEmpty(filter.intakeScopes)) and.push(hasCurrentTag('intakeScope', filter.intakeScopes));
  if (nonEmpty(filter.intakeScopesWithin)) {
    and.push(hasCurrentTag('intakeScope', filter.intakeScopesWithin), {
      NOT: { tags: { dimension: 'intakeScope', validTo: { isNull: true }, value: { notIn: [...filter.intakeScopesWithin] } } },
    });
  }
  if (nonEmpty(filter.legalBases)) and.push(hasCurrentTag('legalBasis', filter.legalBases));
  if (nonEmpty(filter.incentives)) and.push(hasCurrentTag('incentive', filter.incentives));
  if (filter.coordinates != null) {
    const coordinates = hasCurrentTag('coordination', ['COORDINATES']);
    and.push(filter.coordinates ? coordinates : { NOT: coordinates });
  }
  if (filter.acceptsReports != null) and.push(filter.acceptsReports ? ACCEPTS_REPORTS : { NOT: ACCEPTS_REPORTS });
  if (filter.referenceForPartnership != null) and.push({ referenceForPartnership: filter.referenceForPartnership });
  if (filter.surveyed != null) and.push({ surveyRow: filter.surveyed ? { isNotNull: true } : { isNull: true } });
  const needle = filter.text ? fold(filter.text.trim()) : '';
  if (needle) {
    and.push({
      OR: TEXT_COLUMNS.map((column) => ({
        RAW: (table: Record<(typeof TEXT_COLUMNS)[number], unknown>) =>
          sql`instr(kaiji_fold(${table[column]}), ${needle}) > 0`,
      })) as ProgramWhere[],
    });
  }
  return and.length === 0 ? {} : and.length === 1 ? and[0]! : { AND: and };
}
