import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { SourceKind, SourceStatus } from '@kaiji/kb';

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

/** The two columns every sourced row carries: which source, and where in it. */
export const sourceRef = () => ({
  sourceId: text('source_id')
    .notNull()
    .references(() => sources.id),
  locator: text('locator'),
});
