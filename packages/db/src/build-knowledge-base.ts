import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { loadKnowledgeBase, type KnowledgeBase, type Problem } from '@kaiji/kb';
import { migrationsFolder } from './paths.ts';
import { insertKnowledgeBase } from './insert-knowledge-base.ts';

export type BuildResult =
  | { ok: true; path: string; dataHash: string; programs: number; milliseconds: number }
  | { ok: false; problems: Problem[] };

/**
 * Builds the SQLite file from a data folder. The new database is written beside the old one and renamed over
 * it only when complete, so an invalid data folder, or a crash half-way, leaves the previous database intact.
 */
export function buildKnowledgeBase(dataDir: string, dbPath: string): BuildResult {
  const started = performance.now();
  const loaded = loadKnowledgeBase(dataDir);
  if (!loaded.ok) return { ok: false, problems: loaded.problems };

  mkdirSync(dirname(dbPath), { recursive: true });
  const temporary = `${dbPath}.${process.pid}.building`;
  rmSync(temporary, { force: true });
  const dataHash = hashDataFolder(dataDir);
  try {
    const client = new Database(temporary);
    client.pragma('journal_mode = DELETE');
    const db = drizzle({ client });
    migrate(db, { migrationsFolder: migrationsFolder.knowledgeBase });
    client.transaction(() => insertKnowledgeBase(db, loaded.kb, { dataHash, builtAt: new Date().toISOString() }))();
    client.close();
    renameSync(temporary, dbPath);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return {
    ok: true,
    path: dbPath,
    dataHash,
    programs: loaded.kb.programs.length,
    milliseconds: performance.now() - started,
  };
}

/** A digest of every file under the data folder (names and bytes), to tell whether a build is stale. */
export function hashDataFolder(dataDir: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else hash.update(relative(dataDir, full)).update('\0').update(readFileSync(full)).update('\0');
    }
  };
  walk(dataDir);
  return hash.digest('hex').slice(0, 16);
}

export type { KnowledgeBase };
