import { z } from 'zod';
import { Localized } from './common.ts';
import { SourceRef } from './source.ts';

/** The eight survey items of Table 4-2, in the report's order. */
export const SurveyItem = z.enum([
  'ACCEPTS_REPORTS',
  'LEGAL_INITIATIVE',
  'LEGAL_ENFORCEMENT',
  'EFFECTS',
  'CHALLENGES',
  'FUTURE_PLANS',
  'COORDINATION',
  'SCOPE_LIMITATION',
]);
export type SurveyItem = z.infer<typeof SurveyItem>;
export const SURVEY_ITEMS = SurveyItem.options;

/** Whose reports a program takes (qualifiers ○1 to ○5; UNRESTRICTED where no limitation was found). */
export const IntakeScope = z.enum([
  'UNRESTRICTED',
  'IOT',
  'GOVERNMENT_SYSTEMS',
  'ICT_OPERATORS',
  'ICS_MEDICAL',
  'LIFE_SAFETY',
]);
export type IntakeScope = z.infer<typeof IntakeScope>;

/**
 * Legal footing found for a program (qualifiers ○6 and ○7). MINISTERIAL_NOTICE is beyond the contract:
 * the Partnership itself runs on a METI notice (告示), which mandates nothing but is its legal basis.
 * STATUTORY_COORDINATOR comes from no mark of Table 4-2 either: a law designates a coordinator of vulnerability
 * disclosure (the CSIRTs that NIS2 Art. 12(1) has each Member State designate).
 */
export const LegalBasis = z.enum([
  'NONE_FOUND',
  'VENDOR_VDP_MANDATE',
  'AGENCY_MANDATE',
  'MINISTERIAL_NOTICE',
  'STATUTORY_COORDINATOR',
]);
export type LegalBasis = z.infer<typeof LegalBasis>;

/** Whether coordination with vendors or owners was found (item 7). */
export const Coordination = z.enum(['COORDINATES', 'NONE_FOUND']);
export type Coordination = z.infer<typeof Coordination>;

/** What a reporter gets (Table 4-3 and dated public sources). */
export const Incentive = z.enum(['NONE_FOUND', 'ACKNOWLEDGEMENT', 'BOUNTY']);
export type Incentive = z.infer<typeof Incentive>;

export const TagDimension = z.enum(['intakeScope', 'legalBasis', 'coordination', 'incentive']);
export type TagDimension = z.infer<typeof TagDimension>;

/** The value enum of each dimension: one table so the checker, DB and API agree. */
export const TAG_VALUES = {
  intakeScope: IntakeScope.options,
  legalBasis: LegalBasis.options,
  coordination: Coordination.options,
  incentive: Incentive.options,
} as const satisfies Record<TagDimension, readonly string[]>;

/** The seed's qualified marks ○1 to ○7. */
export const QualifierNumber = z.number().int().min(1).max(7);

const TaxonomyValue = z
  .object({
    value: z.string().regex(/^[A-Z][A-Z_]*$/),
    label: Localized,
    definition: Localized,
  })
  .strict();

const TaxonomyDimension = z
  .object({
    label: Localized,
    definition: Localized,
    values: z.array(TaxonomyValue).min(2),
  })
  .strict();

/** What a qualifier ○n means, and the tag it implies. */
const QualifierMeaning = z
  .object({
    number: QualifierNumber,
    /** The legend's Japanese text as printed, with an English reading. */
    legend: Localized,
    /** The survey item whose cell carries it in the seed. */
    item: SurveyItem,
    implies: z.object({ dimension: TagDimension, value: z.string() }).strict(),
  })
  .strict();

const SurveyItemLabel = z
  .object({
    item: SurveyItem,
    number: z.number().int().min(1).max(8),
    label: Localized,
  })
  .strict();

const MarkMeaning = z
  .object({
    mark: z.enum(['○', '×']),
    legend: Localized,
  })
  .strict();

/** data/taxonomy.yaml */
export const Taxonomy = z
  .object({
    surveyItems: z.array(SurveyItemLabel).length(8),
    marks: z.array(MarkMeaning).length(2),
    dimensions: z
      .object({
        intakeScope: TaxonomyDimension,
        legalBasis: TaxonomyDimension,
        coordination: TaxonomyDimension,
        incentive: TaxonomyDimension,
      })
      .strict(),
    qualifiers: z.array(QualifierMeaning).length(7),
    source: SourceRef,
  })
  .strict();
export type Taxonomy = z.infer<typeof Taxonomy>;
