import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { eq, type Logger } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { defaultDataDir, formatProblem } from '@kaiji/kb';
import { buildKnowledgeBase, hashDataFolder } from './build-knowledge-base.ts';
import { defaultKnowledgeBasePath, defaultScenarioStorePath, migrationsFolder } from './paths.ts';
import { relations } from './schema/relations.ts';
import * as knowledgeBaseTables from './schema/knowledge-base.ts';

/** Opens the knowledge base read-only: it changes only by a rebuild from data/. */
export function openKnowledgeBase(path = defaultKnowledgeBasePath(), options: { logger?: Logger } = {}) {
  const client = new Database(path, { readonly: true, fileMustExist: true });
  return drizzle({ client, relations, ...(options.logger ? { logger: options.logger } : {}) });
}
export type KnowledgeBaseDb = ReturnType<typeof openKnowledgeBase>;

/** The dataHash recorded by the build that made the database at path, if there is one. */
export function builtDataHash(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  const db = openKnowledgeBase(path);
  try {
    return db
      .select()
      .from(knowledgeBaseTables.buildInfo)
      .where(eq(knowledgeBaseTables.buildInfo.key, 'dataHash'))
      .get()?.value;
  } catch {
    return undefined; // an older or foreign file: rebuild it
  } finally {
    db.$client.close();
  }
}

/**
 * Makes sure a database built from the current data folder exists, building it when missing or stale.
 * When data/ is invalid, an existing database is kept and served; without one there is nothing to serve.
 */
export function ensureKnowledgeBase(options: { dataDir?: string; path?: string; log?: (line: string) => void } = {}): {
  path: string;
  dataHash: string;
  rebuilt: boolean;
} {
  const dataDir = options.dataDir ?? defaultDataDir();
  const path = options.path ?? defaultKnowledgeBasePath();
  const log = options.log ?? ((line) => console.error(line));
  const current = hashDataFolder(dataDir);
  const built = builtDataHash(path);
  if (built === current) return { path, dataHash: current, rebuilt: false };
  const result = buildKnowledgeBase(dataDir, path);
  if (result.ok) return { path, dataHash: result.dataHash, rebuilt: true };
  for (const problem of result.problems) log(formatProblem(problem));
  if (built !== undefined) {
    log(`data/ has ${result.problems.length} problem(s); serving the previous database (${path}).`);
    return { path, dataHash: built, rebuilt: false };
  }
  throw new Error(`data/ has ${result.problems.length} problem(s) and there is no previous database to serve`);
}

/** Opens (and migrates) the saved-scenarios database, creating it on first use. */
export function openScenarioStore(path = defaultScenarioStorePath()) {
  mkdirSync(dirname(path), { recursive: true });
  const client = new Database(path);
  client.pragma('journal_mode = WAL');
  client.pragma('foreign_keys = ON');
  const db = drizzle({ client });
  migrate(db, { migrationsFolder: migrationsFolder.scenarios });
  return db;
}
export type ScenarioStoreDb = ReturnType<typeof openScenarioStore>;
