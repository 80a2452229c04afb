import { z } from 'zod';
import { IsoDate, Jurisdiction, Localized, Slug } from './common.ts';
import { SourceRef } from './source.ts';
import { Coordination, Incentive, IntakeScope, LegalBasis, QualifierNumber, SurveyItem } from './taxonomy.ts';

/** A survey cell as the seed prints it: ○, ×, or ○ with qualifier numbers (○2, ○1-4, ○ 2・5). */
export const RawMark = z
  .string()
  .regex(/^(?:×|○(?:\s?[1-7](?:\s?[-・]\s?[1-7])*)?)$/, 'a cell is ×, ○, or ○ followed by qualifier numbers 1 to 7');

/** One cell of Table 4-2. */
export const SurveyFinding = z
  .object({
    item: SurveyItem,
    /** ○ (掲載有, found in published material) is true; × (掲載無, not found in published material) is false. */
    found: z.boolean(),
    qualifiers: z.array(QualifierNumber),
    raw: RawMark,
    /** How the cell was read where it is ambiguous. */
    note: Localized.optional(),
  })
  .strict();
export type SurveyFinding = z.infer<typeof SurveyFinding>;

/** A program's row of Table 4-2, decoded into its eight cells. */
export const SurveyRow = z
  .object({
    /** The row number the seed prints (CISA's two programs share 8). */
    row: z.number().int().min(1).max(16),
    /** The name cell as printed, e.g. 'CISA (BOD 20-01)'. */
    label: z.string().trim().min(1),
    /** The marks of the row exactly as the seed's text prints them, separated by spaces. */
    rawRow: z.string().trim().min(1),
    /** How a ragged row (more marks than items) was decoded. */
    decoding: Localized.optional(),
    /**
     * The day Kaiji dates the survey's observations to. The seed gives no date for Chapter 4's survey: Kaiji's
     * convention is 2020-09-30, Chapter 1's statistics date (README, 'Dating the survey').
     */
    asOf: IsoDate,
    source: SourceRef,
    cells: z.array(SurveyFinding).length(8, 'a survey row has exactly eight cells, one per item'),
  })
  .strict();
export type SurveyRow = z.infer<typeof SurveyRow>;

const datedFact = {
  /** First day the fact holds (for the 2020 survey: 2020-09-30, Kaiji's convention; see SurveyRow.asOf). */
  validFrom: IsoDate,
  /** First day it no longer holds; absent while it still holds. */
  validTo: IsoDate.optional(),
  source: SourceRef,
  /** Why the tag follows from the source (e.g. 'item 8 is ○2'). */
  basis: Localized.optional(),
};

/** A tag is a dated fact: a later change ends it with validTo and adds a new one, never overwrites it. */
export const Tag = z
  .discriminatedUnion('dimension', [
    z.object({ dimension: z.literal('intakeScope'), value: IntakeScope, ...datedFact }).strict(),
    z.object({ dimension: z.literal('legalBasis'), value: LegalBasis, ...datedFact }).strict(),
    z.object({ dimension: z.literal('coordination'), value: Coordination, ...datedFact }).strict(),
    z.object({ dimension: z.literal('incentive'), value: Incentive, ...datedFact }).strict(),
  ])
  .superRefine((t, ctx) => {
    if (t.validTo && t.validTo <= t.validFrom) {
      ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'validTo must be after validFrom' });
    }
  });
export type Tag = z.infer<typeof Tag>;

/** A date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * Something that happened to a program after (or apart from) the 2020 survey: a new law, a rename, a new
 * channel. It is a point on the program's timeline; a change of a tag is recorded as dated tags besides it.
 */
export const Development = z
  .object({
    date: PartialDate,
    title: Localized,
    summary: Localized,
    sources: z.array(SourceRef).min(1, 'a development needs at least one source'),
  })
  .strict();
export type Development = z.infer<typeof Development>;

/** data/programs/<slug>.yaml */
export const Program = z
  .object({
    slug: Slug,
    jurisdiction: Jurisdiction,
    name: Localized,
    organization: Localized,
    summary: Localized,
    /** Table 4-1 row, where the program's organisation is listed there. */
    surveyedOrganization: z
      .object({ number: z.number().int().min(1).max(16), source: SourceRef })
      .strict()
      .optional(),
    /** Absent for a program the survey did not cover (the Partnership itself). */
    survey: SurveyRow.optional(),
    tags: z.array(Tag).min(1),
    referenceForPartnership: z.object({ value: z.boolean(), source: SourceRef }).strict(),
    sources: z.array(SourceRef).min(1),
    /** First day the knowledge base records the program (for surveyed programs, the survey's asOf: Kaiji's convention). */
    validFrom: IsoDate.optional(),
    /** First day it no longer exists as such, if it ended. */
    validTo: IsoDate.optional(),
    developments: z.array(Development).optional(),
  })
  .strict();
export type Program = z.infer<typeof Program>;
