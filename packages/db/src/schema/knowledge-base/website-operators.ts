import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { CompanySize, DamageMark, DamageTable, FigurePrecision, HypothesisVerdict } from '@kaiji/kb';
import { sourceRef } from './sources.ts';

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
