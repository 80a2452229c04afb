import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { PolicyOptionKey } from '@kaiji/kb';
import { sourceRef } from './sources.ts';
import { programs } from './programs.ts';

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
