import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { SurveyItem, TagDimension } from '@kaiji/kb';
import { type TagValue } from './programs.ts';

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
