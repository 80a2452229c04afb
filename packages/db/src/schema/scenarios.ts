import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Saved simulation scenarios. They live in their own database file so that rebuilding the knowledge base
 * from data/ can never lose what users saved.
 */
export const scenarios = sqliteTable('scenarios', {
  id: text('id').primaryKey(),
  /** Untrusted user text, stored verbatim and rendered escaped. */
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  /** The SimulationInput as JSON, exactly as it was run. */
  input: text('input', { mode: 'json' }).$type<unknown>().notNull(),
  engineVersion: text('engine_version').notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});
