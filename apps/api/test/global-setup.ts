import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildKnowledgeBase } from '@kaiji/db';
import { defaultDataDir, formatProblem } from '@kaiji/kb';

/** One database for the whole run, built from data/ into a temporary folder (never the developer's var/). */
export default function setup({ provide }: { provide: (key: 'kbPath', value: string) => void }) {
  const dir = mkdtempSync(join(tmpdir(), 'kaiji-api-test-'));
  const path = join(dir, 'kaiji.sqlite');
  const result = buildKnowledgeBase(defaultDataDir(), path);
  if (!result.ok) throw new Error(`data/ does not build:\n${result.problems.map(formatProblem).join('\n')}`);
  provide('kbPath', path);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    kbPath: string;
  }
}
