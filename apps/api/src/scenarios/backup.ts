import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { SCENARIO_LIMITS } from '@kaiji/db/scenario-limits';
import type { ScenarioRow, ScenarioStore } from './store.ts';

/** What `pnpm scenarios:export` writes and `pnpm scenarios:import` reads: every saved scenario, as saved. */
export const ScenarioBackup = z.object({
  format: z.literal('kaiji-scenarios'),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  scenarios: z.array(
    z.object({
      id: z.string().regex(/^[\w-]{1,64}$/),
      // Limits in UTF-16 units, twice the characters the API counts, so a name of 120 emoji still fits.
      name: z
        .string()
        .min(1)
        .max(SCENARIO_LIMITS.nameChars * 2),
      description: z.string().max(SCENARIO_LIMITS.descriptionChars * 2),
      input: z.record(z.string(), z.unknown()),
      engineVersion: z.string().min(1).max(SCENARIO_LIMITS.engineVersionChars),
      createdAt: z.iso.datetime(),
    }),
  ),
});
export type ScenarioBackup = z.infer<typeof ScenarioBackup>;

export function exportScenarios(store: ScenarioStore, now = new Date()): ScenarioBackup {
  return {
    format: 'kaiji-scenarios',
    version: 1,
    exportedAt: now.toISOString(),
    scenarios: store.all().map((row) => ({
      id: row.id,
      name: row.name,
      description: row.description,
      input: row.input as Record<string, unknown>,
      engineVersion: row.engineVersion,
      createdAt: row.createdAt.toISOString(),
    })),
  };
}

export interface ImportReport {
  /** Put back: the store had no scenario with their id. */
  added: number;
  /** Already there exactly as in the backup. */
  unchanged: number;
  /** Already there under the same id but different (renamed since, say): left as the store has them. */
  differing: { id: string; name: string }[];
}

/**
 * Puts back every scenario of a backup that the store lacks, with its id and time. Idempotent: importing the
 * same file again adds nothing. A scenario the store has under the same id is never overwritten (it may have
 * been renamed since the backup); the report lists those that differ.
 */
export function importScenarios(store: ScenarioStore, backup: ScenarioBackup): ImportReport {
  const report: ImportReport = { added: 0, unchanged: 0, differing: [] };
  for (const s of backup.scenarios) {
    const row: ScenarioRow = { ...s, createdAt: new Date(s.createdAt) };
    if (store.restore(row)) {
      report.added++;
      continue;
    }
    const existing = store.get(s.id)!;
    const same =
      existing.name === row.name &&
      existing.description === row.description &&
      existing.engineVersion === row.engineVersion &&
      existing.createdAt.getTime() === row.createdAt.getTime() &&
      isDeepStrictEqual(existing.input, row.input);
    if (same) report.unchanged++;
    else report.differing.push({ id: s.id, name: existing.name });
  }
  return report;
}

/** The backup in a file, checked; a clear message naming the first problem otherwise. */
export function parseBackup(text: string, file: string): ScenarioBackup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not JSON (${(error as Error).message})`, { cause: error });
  }
  const parsed = ScenarioBackup.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  return parsed.data;
}
