import type { InferInsertModel } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { SourceRef } from '@kaiji/kb';

/** A row's source columns from a data file's source reference. */
export const ref = (r: SourceRef) => ({ sourceId: r.source, locator: r.locator ?? null });

/** Inserts rows into one table, skipping empty lists (SQLite has no empty VALUES). */
export function rowInserter(db: BetterSQLite3Database) {
  // Row types are checked at each call site; drizzle's own generic insert signature cannot be threaded through.
  return <T extends SQLiteTable>(table: T, rows: InferInsertModel<T>[]): void => {
    if (rows.length > 0)
      db.insert(table)
        .values(rows as never)
        .run();
  };
}
