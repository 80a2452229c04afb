import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type {
  CompanySize,
  Coordination,
  DamageMark,
  DamageTable,
  FigurePrecision,
  HypothesisVerdict,
  IntakeScope,
  Incentive,
  LegalBasis,
  PolicyOptionKey,
  ReportKind,
  ReportOutcome,
  SourceKind,
  SourceStatus,
  SurveyItem,
  TagDimension,
} from '@kaiji/kb';

// Column types come from the kb's zod enums (.$type), so the database never widens the domain.
const sourceRef = () => ({
  sourceId: text('source_id')
    .notNull()
    .references(() => sources.id),
  locator: text('locator'),
});

export const sources = sqliteTable('sources', {
  id: text('id').primaryKey(),
  /** Order in sources.yaml (the seed report first). */
  position: integer('position').notNull(),
  kind: text('kind').$type<SourceKind>().notNull(),
  titleJa: text('title_ja').notNull(),
  titleEn: text('title_en').notNull(),
  publisher: text('publisher'),
  published: text('published'),
  url: text('url'),
  accessed: text('accessed'),
  status: text('status').$type<SourceStatus>().notNull(),
  readVia: text('read_via'),
  noteJa: text('note_ja'),
  noteEn: text('note_en'),
});

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

export const surveyItems = sqliteTable('survey_items', {
  item: text('item').$type<SurveyItem>().primaryKey(),
  number: integer('number').notNull(),
  labelJa: text('label_ja').notNull(),
  labelEn: text('label_en').notNull(),
});

export const surveyMarks = sqliteTable('survey_marks', {
  mark: text('mark').primaryKey(),
  legendJa: text('legend_ja').notNull(),
  legendEn: text('legend_en').notNull(),
});

export const tagDimensions = sqliteTable('tag_dimensions', {
  dimension: text('dimension').$type<TagDimension>().primaryKey(),
  position: integer('position').notNull(),
  labelJa: text('label_ja').notNull(),
  labelEn: text('label_en').notNull(),
  definitionJa: text('definition_ja').notNull(),
  definitionEn: text('definition_en').notNull(),
});

export const tagValues = sqliteTable(
  'tag_values',
  {
    dimension: text('dimension').$type<TagDimension>().notNull(),
    value: text('value').$type<TagValue>().notNull(),
    position: integer('position').notNull(),
    labelJa: text('label_ja').notNull(),
    labelEn: text('label_en').notNull(),
    definitionJa: text('definition_ja').notNull(),
    definitionEn: text('definition_en').notNull(),
  },
  (t) => [primaryKey({ columns: [t.dimension, t.value] })],
);

export const qualifiers = sqliteTable('qualifiers', {
  number: integer('number').primaryKey(),
  legendJa: text('legend_ja').notNull(),
  legendEn: text('legend_en').notNull(),
  item: text('item').$type<SurveyItem>().notNull(),
  impliesDimension: text('implies_dimension').$type<TagDimension>().notNull(),
  impliesValue: text('implies_value').$type<TagValue>().notNull(),
});

export const policyOptions = sqliteTable('policy_options', {
  key: text('key').$type<PolicyOptionKey>().primaryKey(),
  position: integer('position').notNull(),
  nameJa: text('name_ja').notNull(),
  nameEn: text('name_en').notNull(),
  additionJa: text('addition_ja').notNull(),
  additionEn: text('addition_en').notNull(),
  ...sourceRef(),
});

export const policyAssessments = sqliteTable('policy_assessments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  optionKey: text('option_key')
    .$type<PolicyOptionKey>()
    .notNull()
    .references(() => policyOptions.key),
  programSlug: text('program_slug')
    .notNull()
    .references(() => programs.slug),
  position: integer('position').notNull(),
  effectsJa: text('effects_ja', { mode: 'json' }).$type<string[]>().notNull(),
  effectsEn: text('effects_en', { mode: 'json' }).$type<string[]>().notNull(),
  considerationsJa: text('considerations_ja', { mode: 'json' }).$type<string[]>().notNull(),
  considerationsEn: text('considerations_en', { mode: 'json' }).$type<string[]>().notNull(),
  ...sourceRef(),
});

/** The study group's conclusion on the options (one row). */
export const policyConclusions = sqliteTable('policy_conclusions', {
  id: integer('id').primaryKey(),
  adopted: text('adopted', { mode: 'json' }).$type<PolicyOptionKey[]>().notNull(),
  textJa: text('text_ja').notNull(),
  textEn: text('text_en').notNull(),
  ...sourceRef(),
});

export const partnershipTotals = sqliteTable('partnership_totals', {
  kind: text('kind').$type<ReportKind>().primaryKey(),
  total: integer('total').notNull(),
  ...sourceRef(),
});

export const partnershipOutcomes = sqliteTable('partnership_outcomes', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  kind: text('kind').$type<ReportKind>().notNull(),
  outcome: text('outcome').$type<ReportOutcome>().notNull(),
  position: integer('position').notNull(),
  labelJa: text('label_ja').notNull(),
  labelEn: text('label_en').notNull(),
  count: integer('count').notNull(),
  ...sourceRef(),
});

export const partnershipOutcomeDetails = sqliteTable('partnership_outcome_details', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  outcomeId: integer('outcome_id')
    .notNull()
    .references(() => partnershipOutcomes.id),
  key: text('key').notNull(),
  labelJa: text('label_ja').notNull(),
  labelEn: text('label_en').notNull(),
  count: integer('count').notNull(),
  /** Kaiji's reading, where the seed does not state the count outright (182 inside the 1,853). */
  noteJa: text('note_ja'),
  noteEn: text('note_en'),
  ...sourceRef(),
});

export const partnershipQuarters = sqliteTable('partnership_quarters', {
  quarter: text('quarter').primaryKey(),
  cumulativeReports: integer('cumulative_reports').notNull(),
  reportsPerWorkingDay: real('reports_per_working_day').notNull(),
  ...sourceRef(),
});

export const partnershipFigures = sqliteTable('partnership_figures', {
  key: text('key').primaryKey(),
  position: integer('position').notNull(),
  labelJa: text('label_ja').notNull(),
  labelEn: text('label_en').notNull(),
  value: real('value').notNull(),
  unit: text('unit').notNull(),
  noteJa: text('note_ja'),
  noteEn: text('note_en'),
  ...sourceRef(),
});

export const partnershipBreakdowns = sqliteTable('partnership_breakdowns', {
  key: text('key').primaryKey(),
  position: integer('position').notNull(),
  labelJa: text('label_ja').notNull(),
  labelEn: text('label_en').notNull(),
  base: integer('base').notNull(),
  noteJa: text('note_ja'),
  noteEn: text('note_en'),
  ...sourceRef(),
});

export const partnershipBreakdownItems = sqliteTable('partnership_breakdown_items', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  breakdownKey: text('breakdown_key')
    .notNull()
    .references(() => partnershipBreakdowns.key),
  position: integer('position').notNull(),
  key: text('key').notNull(),
  labelJa: text('label_ja').notNull(),
  labelEn: text('label_en').notNull(),
  share: real('share').notNull(),
});

export const intakeHistory = sqliteTable('intake_history', {
  quarter: text('quarter').primaryKey(),
  software: integer('software').notNull(),
  web: integer('web').notNull(),
  total: integer('total').notNull(),
  noteJa: text('note_ja'),
  noteEn: text('note_en'),
  ...sourceRef(),
});

/** Facts about the build itself: asOf, intakeStart, dataHash, builtAt. */
export const buildInfo = sqliteTable('build_info', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

// Chapter 2: the survey of small website operators (data/website-operators/survey.yaml).
export const operatorSurveys = sqliteTable('operator_surveys', {
  id: integer('id').primaryKey(),
  respondents: integer('respondents').notNull(),
  populationJa: text('population_ja').notNull(),
  populationEn: text('population_en').notNull(),
  ...sourceRef(),
});

export const operatorSurveyAreas = sqliteTable('operator_survey_areas', {
  key: text('key').primaryKey(),
  position: integer('position').notNull(),
  labelJa: text('label_ja').notNull(),
  labelEn: text('label_en').notNull(),
});

export const operatorSurveyHypotheses = sqliteTable('operator_survey_hypotheses', {
  number: integer('number').primaryKey(),
  areaKey: text('area_key')
    .notNull()
    .references(() => operatorSurveyAreas.key),
  statementJa: text('statement_ja').notNull(),
  statementEn: text('statement_en').notNull(),
  verdict: text('verdict').$type<HypothesisVerdict>().notNull(),
  verdictTextJa: text('verdict_text_ja').notNull(),
  verdictTextEn: text('verdict_text_en').notNull(),
  verdictReadingJa: text('verdict_reading_ja'),
  verdictReadingEn: text('verdict_reading_en'),
  ...sourceRef(),
});

export const operatorSurveyConclusions = sqliteTable('operator_survey_conclusions', {
  key: text('key').primaryKey(),
  position: integer('position').notNull(),
  section: text('section').notNull(),
  titleJa: text('title_ja').notNull(),
  titleEn: text('title_en').notNull(),
  textJa: text('text_ja').notNull(),
  textEn: text('text_en').notNull(),
  noteJa: text('note_ja'),
  noteEn: text('note_en'),
  ...sourceRef(),
});

export const operatorSurveyFigures = sqliteTable(
  'operator_survey_figures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    position: integer('position').notNull(),
    hypothesisNumber: integer('hypothesis_number').references(() => operatorSurveyHypotheses.number),
    conclusionKey: text('conclusion_key').references(() => operatorSurveyConclusions.key),
    /** null only where the seed prints the figure without a question number. */
    question: text('question'),
    subgroupJa: text('subgroup_ja'),
    subgroupEn: text('subgroup_en'),
    statementJa: text('statement_ja').notNull(),
    statementEn: text('statement_en').notNull(),
    printed: text('printed').notNull(),
    share: real('share').notNull(),
    upTo: real('up_to'),
    precision: text('precision').$type<FigurePrecision>().notNull(),
    noteJa: text('note_ja'),
    noteEn: text('note_en'),
    ...sourceRef(),
  },
  (f) => [index('operator_survey_figures_question').on(f.question)],
);

// Chapter 3: Tables 3-1 and 3-2 (data/website-operators/damage-cases.yaml).
export const damageCaseLegendMarks = sqliteTable('damage_case_legend_marks', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  damageTable: text('damage_table').$type<DamageTable>().notNull(),
  position: integer('position').notNull(),
  mark: text('mark').$type<DamageMark>().notNull(),
  meaningJa: text('meaning_ja').notNull(),
  meaningEn: text('meaning_en').notNull(),
  ...sourceRef(),
});

export const damageCases = sqliteTable('damage_cases', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  position: integer('position').notNull(),
  damageTable: text('damage_table').$type<DamageTable>().notNull(),
  number: text('number').notNull(),
  raw: text('raw').notNull(),
  date: text('date').notNull(),
  organization: text('organization'),
  vulnerabilityJa: text('vulnerability_ja'),
  vulnerabilityEn: text('vulnerability_en'),
  siteFormJa: text('site_form_ja'),
  siteFormEn: text('site_form_en'),
  companySize: text('company_size').$type<CompanySize>().notNull(),
  cloud: text('cloud').$type<DamageMark>().notNull(),
  defacement: text('defacement').$type<DamageMark>().notNull(),
  serviceStop: text('service_stop').$type<DamageMark>().notNull(),
  informationLeak: text('information_leak').$type<DamageMark>().notNull(),
  secondaryDamage: text('secondary_damage').$type<DamageMark>().notNull(),
  contentAndScope: text('content_and_scope').$type<DamageMark>().notNull(),
  directAndRootCause: text('direct_and_root_cause').$type<DamageMark>().notNull(),
  technicalAndHumanCause: text('technical_and_human_cause').$type<DamageMark>().notNull(),
  responseAfter: text('response_after').$type<DamageMark>().notNull(),
  recurrencePrevention: text('recurrence_prevention').$type<DamageMark>().notNull(),
  summaryJa: text('summary_ja').notNull(),
  summaryEn: text('summary_en').notNull(),
  ...sourceRef(),
});

export const damageCaseConsiderations = sqliteTable('damage_case_considerations', {
  key: text('key').primaryKey(),
  position: integer('position').notNull(),
  section: text('section').notNull(),
  titleJa: text('title_ja').notNull(),
  titleEn: text('title_en').notNull(),
  measuresJa: text('measures_ja', { mode: 'json' }).$type<string[]>().notNull(),
  measuresEn: text('measures_en', { mode: 'json' }).$type<string[]>().notNull(),
  textJa: text('text_ja').notNull(),
  textEn: text('text_en').notNull(),
  ...sourceRef(),
});

/** Every hypothesis a figure is evidence on: its own, and those the seed gives the same paragraph for. */
export const operatorSurveyFigureHypotheses = sqliteTable(
  'operator_survey_figure_hypotheses',
  {
    figureId: integer('figure_id')
      .notNull()
      .references(() => operatorSurveyFigures.id),
    hypothesisNumber: integer('hypothesis_number')
      .notNull()
      .references(() => operatorSurveyHypotheses.number),
  },
  (l) => [primaryKey({ columns: [l.figureId, l.hypothesisNumber] })],
);

/** The damage and investigation columns of Tables 3-1 and 3-2, with their headings. */
export const damageCaseColumns = sqliteTable('damage_case_columns', {
  key: text('key').primaryKey(),
  columnGroup: text('column_group').$type<'DAMAGE' | 'INVESTIGATION'>().notNull(),
  position: integer('position').notNull(),
  labelJa: text('label_ja').notNull(),
  labelEn: text('label_en').notNull(),
  ...sourceRef(),
});
