import { statSync } from 'node:fs';
import { openKnowledgeBase, type KnowledgeBaseDb } from '@kaiji/db';
import { fold } from './program-filter.ts';
import type { Simulator } from './simulation/simulator.ts';

/** One opened build of the knowledge base. A request uses one snapshot from start to end. */
export interface KnowledgeBaseSnapshot {
  db: KnowledgeBaseDb;
  /** Changes whenever the database file is rebuilt; part of every response-cache key. */
  buildId: string;
  /** build_info as the build recorded it (asOf, intakeStart, dataHash, builtAt). */
  buildInfo: Readonly<Record<string, string>>;
}

/** The request context of every resolver. */
export interface KaijiContext {
  kb: KnowledgeBaseSnapshot;
  simulator: Simulator;
}

function fileStamp(path: string): string {
  const s = statSync(path);
  return `${s.ino}:${s.size}:${s.mtimeMs}`;
}

function openSnapshot(path: string): KnowledgeBaseSnapshot {
  const db = openKnowledgeBase(path);
  // Text search compares NFKC-folded lower case, which SQLite's own lower() does only for ASCII.
  db.$client.function('kaiji_fold', { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? fold(text) : null,
  );
  const rows = db.$client.prepare('select key, value from build_info').all() as { key: string; value: string }[];
  const buildInfo = Object.freeze(Object.fromEntries(rows.map((r) => [r.key, r.value])));
  // dataHash alone would not change when the same data is rebuilt by a newer build step, builtAt does.
  const buildId = `${buildInfo.dataHash ?? 'unknown'}-${buildInfo.builtAt ?? fileStamp(path)}`;
  return { db, buildId, buildInfo };
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

  constructor(
    readonly path: string,
    private readonly recheckMs = 1000,
  ) {
    this.stamp = fileStamp(path);
    this.snapshot = openSnapshot(path);
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
    this.snapshot = openSnapshot(this.path);
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
