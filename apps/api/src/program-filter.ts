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
type TagWhere = NonNullable<NonNullable<Parameters<KnowledgeBaseDb['query']['programTags']['findMany']>[0]>['where']>;

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

/** The date a filter looks at, and the survey's date (from which a program without validFrom exists). */
export interface FilterDate {
  date: string;
  surveyAsOf: string;
}

/** A tag that holds on the date (validFrom ≤ date < validTo); without a date, one that has not ended. */
const tagHolds = (at: FilterDate | null): TagWhere =>
  at
    ? { validFrom: { lte: at.date }, OR: [{ validTo: { isNull: true } }, { validTo: { gt: at.date } }] }
    : { validTo: { isNull: true } };

const hasTag = (at: FilterDate | null, dimension: TagDimension, values?: readonly string[]): ProgramWhere => ({
  tags: {
    AND: [tagHolds(at), { dimension, ...(values ? { value: { in: values as never[] } } : {}) }],
  },
});

/** The programs that exist on the date: validFrom (the survey's date when absent) ≤ date < validTo. */
export function existsOn(at: FilterDate): ProgramWhere {
  return {
    AND: [
      at.surveyAsOf <= at.date
        ? { OR: [{ validFrom: { isNull: true } }, { validFrom: { lte: at.date } }] }
        : { validFrom: { lte: at.date } },
      { OR: [{ validTo: { isNull: true } }, { validTo: { gt: at.date } }] },
    ],
  };
}

const nonEmpty = <T>(list: readonly T[] | null | undefined): list is readonly T[] => !!list && list.length > 0;

/**
 * Whether a program accepts reports: item 1 of its Table 4-2 row (the 2020 survey), or, for a program the survey
 * did not cover, whether an intake scope holds on the date.
 */
export const acceptsReports = (at: FilterDate | null): ProgramWhere => ({
  OR: [
    { survey: { item: 'ACCEPTS_REPORTS', found: true } },
    { AND: [{ surveyRow: { isNull: true } }, hasTag(at, 'intakeScope')] },
  ],
});

/**
 * The drizzle relational `where` for a filter on a date: only the programs that exist on it, their tags as they
 * hold on it. Without a date (search), every program, tags that have not ended.
 */
export function programWhere(filter: ProgramFilter | null | undefined, at: FilterDate | null): ProgramWhere {
  const and: ProgramWhere[] = at ? [existsOn(at)] : [];
  filter ??= {};
  if (nonEmpty(filter.jurisdictions))
    and.push({ jurisdiction: { in: filter.jurisdictions.map((j) => j.toUpperCase()) } });
  if (nonEmpty(filter.intakeScopes)) and.push(hasTag(at, 'intakeScope', filter.intakeScopes));
  if (nonEmpty(filter.intakeScopesWithin)) {
    and.push(hasTag(at, 'intakeScope', filter.intakeScopesWithin), {
      NOT: {
        tags: { AND: [tagHolds(at), { dimension: 'intakeScope', value: { notIn: [...filter.intakeScopesWithin] } }] },
      },
    });
  }
  if (nonEmpty(filter.legalBases)) and.push(hasTag(at, 'legalBasis', filter.legalBases));
  if (nonEmpty(filter.incentives)) and.push(hasTag(at, 'incentive', filter.incentives));
  if (filter.coordinates != null) {
    const coordinates = hasTag(at, 'coordination', ['COORDINATES']);
    and.push(filter.coordinates ? coordinates : { NOT: coordinates });
  }
  if (filter.acceptsReports != null) {
    const accepts = acceptsReports(at);
    and.push(filter.acceptsReports ? accepts : { NOT: accepts });
  }
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
