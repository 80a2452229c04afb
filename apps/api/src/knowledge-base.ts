import { statSync } from 'node:fs';
import type { Logger } from 'drizzle-orm';
import { openKnowledgeBase, type KnowledgeBaseDb } from '@kaiji/db';
import { REPORT_DATE } from '@kaiji/kb/dates';
import { fold } from './program-filter.ts';

/** One opened build of the knowledge base. A request uses one snapshot from start to end. */
export interface KnowledgeBaseSnapshot {
  db: KnowledgeBaseDb;
  /** Changes whenever the database file is rebuilt; part of every response-cache key. */
  buildId: string;
  /** build_info as the build recorded it (asOf, intakeStart, dataHash, builtAt). */
  buildInfo: Readonly<Record<string, string>>;
  /** The survey's date (build_info asOf, 2020-09-30): the day from which a program without validFrom exists. */
  surveyAsOf: string;
  /** The earliest date the knowledge base records anything on: an `asOf` before it is refused. */
  earliestDate: string;
}

export type { KaijiContext } from './context.ts';

function fileStamp(path: string): string {
  const s = statSync(path);
  return `${s.ino}:${s.size}:${s.mtimeMs}`;
}

function openSnapshot(path: string, logger?: Logger): KnowledgeBaseSnapshot {
  const db = openKnowledgeBase(path, logger ? { logger } : {});
  // Text search compares NFKC-folded lower case, which SQLite's own lower() does only for ASCII.
  db.$client.function('kaiji_fold', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? fold(text) : null,
  );
  const rows = db.$client.prepare('select key, value from build_info').all() as { key: string; value: string }[];
  const buildInfo = Object.freeze(Object.fromEntries(rows.map((r) => [r.key, r.value])));
  // dataHash alone would not change when the same data is rebuilt by a newer build step, builtAt does.
  const buildId = `${buildInfo.dataHash ?? 'unknown'}-${buildInfo.builtAt ?? fileStamp(path)}`;
  const surveyAsOf = buildInfo.asOf ?? REPORT_DATE;
  // A program without validFrom exists from the survey's date; tags always have one.
  const { earliest } = db.$client
    .prepare(
      `select min(d) as earliest from (
         select coalesce(valid_from, survey_as_of, ?) as d from programs
         union all select valid_from from program_tags)`,
    )
    .get(surveyAsOf) as { earliest: string | null };
  return { db, buildId, buildInfo, surveyAsOf, earliestDate: earliest ?? surveyAsOf };
}

export interface KnowledgeBaseOptions {
  /** How often (ms) to look whether the file was rebuilt; 0 looks at every request. */
  recheckMs?: number;
  /** Logs every SQL statement drizzle runs (the tests count them). */
  logger?: Logger;
}

/**
 * The served knowledge base. The build replaces the SQLite file by renaming a new one over it, so an
 * open connection would keep reading the old inode: the file's stamp is checked at most once per
 * `recheckMs`, and a changed file is reopened. The old connection is closed once in-flight requests
 * are surely done with it.
 */
export class KnowledgeBase {
  private snapshot: KnowledgeBaseSnapshot;
  private stamp: string;
  private checkedAt = 0;
  private readonly listeners = new Set<(snapshot: KnowledgeBaseSnapshot) => void>();

  private readonly recheckMs: number;
  private readonly logger: Logger | undefined;

  constructor(
    readonly path: string,
    options: KnowledgeBaseOptions = {},
  ) {
    this.recheckMs = options.recheckMs ?? 1000;
    this.logger = options.logger;
    this.stamp = fileStamp(path);
    this.snapshot = openSnapshot(path, this.logger);
    this.checkedAt = Date.now();
  }

  current(): KnowledgeBaseSnapshot {
    const now = Date.now();
    if (now - this.checkedAt >= this.recheckMs) {
      this.checkedAt = now;
      this.refresh();
    }
    return this.snapshot;
  }

  /** Reopens the file if it was rebuilt since the last look; returns whether it was. */
  refresh(): boolean {
    let stamp: string;
    try {
      stamp = fileStamp(this.path);
    } catch {
      return false; // mid-rename or removed: keep serving what is open
    }
    if (stamp === this.stamp) return false;
    const previous = this.snapshot;
    this.snapshot = openSnapshot(this.path, this.logger);
    this.stamp = stamp;
    setTimeout(() => previous.db.$client.close(), 30_000).unref();
    for (const listener of this.listeners) listener(this.snapshot);
    return true;
  }

  onRebuild(listener: (snapshot: KnowledgeBaseSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.snapshot.db.$client.close();
  }
}
