import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { Coordination, IntakeScope, Incentive, LegalBasis, SurveyItem, TagDimension } from '@kaiji/kb';
import { sourceRef, sources } from './sources.ts';

export const programs = sqliteTable('programs', {
  slug: text('slug').primaryKey(),
  position: integer('position').notNull(),
  file: text('file').notNull(),
  jurisdiction: text('jurisdiction').notNull(),
  nameJa: text('name_ja').notNull(),
  nameEn: text('name_en').notNull(),
  organizationJa: text('organization_ja').notNull(),
  organizationEn: text('organization_en').notNull(),
  summaryJa: text('summary_ja').notNull(),
  summaryEn: text('summary_en').notNull(),
  surveyedOrganizationNumber: integer('surveyed_organization_number'),
  referenceForPartnership: integer('reference_for_partnership', { mode: 'boolean' }).notNull(),
  referenceSourceId: text('reference_source_id')
    .notNull()
    .references(() => sources.id),
  referenceLocator: text('reference_locator'),
  surveyRow: integer('survey_row'),
  surveyLabel: text('survey_label'),
  surveyRawRow: text('survey_raw_row'),
  surveyDecodingJa: text('survey_decoding_ja'),
  surveyDecodingEn: text('survey_decoding_en'),
  surveyAsOf: text('survey_as_of'),
  /** The source of the Table 4-2 row as a whole (each cell has its own locator too). */
  surveySourceId: text('survey_source_id').references(() => sources.id),
  surveyLocator: text('survey_locator'),
  validFrom: text('valid_from'),
  validTo: text('valid_to'),
});

export const programDevelopments = sqliteTable('program_developments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  programSlug: text('program_slug')
    .notNull()
    .references(() => programs.slug),
  position: integer('position').notNull(),
  /** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source. */
  date: text('date').notNull(),
  titleJa: text('title_ja').notNull(),
  titleEn: text('title_en').notNull(),
  summaryJa: text('summary_ja').notNull(),
  summaryEn: text('summary_en').notNull(),
});

export const developmentSources = sqliteTable('development_sources', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  developmentId: integer('development_id')
    .notNull()
    .references(() => programDevelopments.id),
  position: integer('position').notNull(),
  ...sourceRef(),
});

export const surveyFindings = sqliteTable(
  'survey_findings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    programSlug: text('program_slug')
      .notNull()
      .references(() => programs.slug),
    item: text('item').$type<SurveyItem>().notNull(),
    /** 1 to 8, the item's number in Table 4-2. */
    position: integer('position').notNull(),
    found: integer('found', { mode: 'boolean' }).notNull(),
    qualifiers: text('qualifiers', { mode: 'json' }).$type<number[]>().notNull(),
    raw: text('raw').notNull(),
    noteJa: text('note_ja'),
    noteEn: text('note_en'),
    ...sourceRef(),
  },
  (t) => [index('survey_findings_program').on(t.programSlug, t.position)],
);

export type TagValue = IntakeScope | LegalBasis | Coordination | Incentive;

export const programTags = sqliteTable(
  'program_tags',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    programSlug: text('program_slug')
      .notNull()
      .references(() => programs.slug),
    dimension: text('dimension').$type<TagDimension>().notNull(),
    value: text('value').$type<TagValue>().notNull(),
    validFrom: text('valid_from').notNull(),
    validTo: text('valid_to'),
    basisJa: text('basis_ja'),
    basisEn: text('basis_en'),
    ...sourceRef(),
  },
  (t) => [index('program_tags_program').on(t.programSlug, t.dimension)],
);

export const programSources = sqliteTable('program_sources', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  programSlug: text('program_slug')
    .notNull()
    .references(() => programs.slug),
  position: integer('position').notNull(),
  ...sourceRef(),
});
