import { randomUUID } from 'node:crypto';
import { and, asc, count, desc, eq, gt, lt, or, type SQL } from 'drizzle-orm';
import { defaultScenarioStorePath, openScenarioStore, scenarios, type ScenarioStoreDb } from '@kaiji/db';

export type ScenarioRow = typeof scenarios.$inferSelect;

/** Where a page of the newest-first list continues: after (or before) this row. */
export interface ScenarioCursor {
  createdAt: number;
  id: string;
}

/**
 * Saved scenarios, in their own SQLite file (var/scenarios.sqlite, KAIJI_SCENARIOS_DB overrides) so that a
 * rebuild of the knowledge base never touches them. The file is opened, and created, at the first use.
 */
export class ScenarioStore {
  private db: ScenarioStoreDb | undefined;
  private writes = 0;

  constructor(readonly path: string = defaultScenarioStorePath()) {}

  private open(): ScenarioStoreDb {
    this.db ??= openScenarioStore(this.path);
    return this.db;
  }

  /**
   * Changes with every write, this process's or another's (SQLite's data_version counts commits by other
   * connections): part of the response-cache key of every operation that may read scenarios.
   */
  version(): string {
    try {
      const client = this.open().$client;
      return `${client.pragma('data_version', { simple: true }) as number}.${this.writes}`;
    } catch {
      // The file cannot be opened (a read-only var/, say): reads of scenarios fail on their own, others go on.
      return `unavailable.${this.writes}`;
    }
  }

  count(): number {
    return this.open().select({ n: count() }).from(scenarios).get()?.n ?? 0;
  }

  get(id: string): ScenarioRow | undefined {
    return this.open().select().from(scenarios).where(eq(scenarios.id, id)).get();
  }

  getMany(ids: readonly string[]): ScenarioRow[] {
    return ids.map((id) => this.get(id)).filter((row): row is ScenarioRow => row !== undefined);
  }

  /**
   * Newest first (ties broken by id). `after` and `before` are rows of that order; `inverted` reads from the
   * other end (for `last`), as the relay plugin's resolveCursorConnection asks.
   */
  page(options: { after?: ScenarioCursor; before?: ScenarioCursor; limit: number; inverted: boolean }): ScenarioRow[] {
    const olderThan = (c: ScenarioCursor): SQL =>
      or(
        lt(scenarios.createdAt, new Date(c.createdAt)),
        and(eq(scenarios.createdAt, new Date(c.createdAt)), lt(scenarios.id, c.id)),
      )!;
    const newerThan = (c: ScenarioCursor): SQL =>
      or(
        gt(scenarios.createdAt, new Date(c.createdAt)),
        and(eq(scenarios.createdAt, new Date(c.createdAt)), gt(scenarios.id, c.id)),
      )!;
    const conditions = [options.after && olderThan(options.after), options.before && newerThan(options.before)].filter(
      (c): c is SQL => c !== undefined,
    );
    const order = options.inverted
      ? [asc(scenarios.createdAt), asc(scenarios.id)]
      : [desc(scenarios.createdAt), desc(scenarios.id)];
    return this.open()
      .select()
      .from(scenarios)
      .where(conditions.length ? and(...conditions) : undefined)
      .orderBy(...order)
      .limit(options.limit)
      .all();
  }

  insert(values: { name: string; description: string; input: unknown; engineVersion: string }): ScenarioRow {
    const row: ScenarioRow = { id: randomUUID(), createdAt: new Date(), ...values };
    this.open().insert(scenarios).values(row).run();
    this.writes++;
    return row;
  }

  /** Gives a scenario a new name; the row as renamed, or undefined when none had the id. */
  rename(id: string, name: string): ScenarioRow | undefined {
    const row = this.open().update(scenarios).set({ name }).where(eq(scenarios.id, id)).returning().get();
    this.writes++;
    return row;
  }

  /** Whether a scenario had the id. */
  delete(id: string): boolean {
    const { changes } = this.open().delete(scenarios).where(eq(scenarios.id, id)).run();
    this.writes++;
    return changes > 0;
  }

  /** Every scenario, oldest first (the order a backup keeps). */
  all(): ScenarioRow[] {
    return this.open().select().from(scenarios).orderBy(asc(scenarios.createdAt), asc(scenarios.id)).all();
  }

  /** Puts back a row from a backup, id and time as they were; false when a scenario already has the id. */
  restore(row: ScenarioRow): boolean {
    const { changes } = this.open().insert(scenarios).values(row).onConflictDoNothing().run();
    if (changes > 0) this.writes++;
    return changes > 0;
  }

  close(): void {
    this.db?.$client.close();
    this.db = undefined;
  }
}
