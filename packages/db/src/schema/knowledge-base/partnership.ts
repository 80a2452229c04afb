import { integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { ReportKind, ReportOutcome } from '@kaiji/kb';
import { sourceRef } from './sources.ts';

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
