import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { copyOfData } from './data-folder.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs `pnpm data:check [dir]` as a curator would, from the repository root. */
function dataCheck(...args: string[]) {
  const run = spawnSync('pnpm', ['-s', 'data:check', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, KAIJI_DATA_DIR: '' },
  });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

// Each test starts pnpm and tsx in a child process: seconds on a busy two-core machine, not the default 5 s.
const CHILD_PROCESS_TIMEOUT = 60_000;

describe('given pnpm data:check', () => {
  it('passes the curated data folder', { timeout: CHILD_PROCESS_TIMEOUT }, () => {
    const run = dataCheck('data');
    expect(run.err).toBe('');
    expect(run.out).toMatch(/OK \(\d+ programs, \d+ sources\)/);
    expect(run.status).toBe(0);
  });

  it('prints every problem as file:line: field: message and exits non-zero', { timeout: CHILD_PROCESS_TIMEOUT }, () => {
    const data = copyOfData();
    data.edit('programs/cert-cc.yaml', (t) => t.replace(/^jurisdiction: US$/m, 'jurisdiction: USA'));
    data.edit('programs/imda.yaml', (t) => t.replace(/^slug: imda$/m, 'slug: imda\nmotto: hello'));
    const run = dataCheck(data.dir);
    expect(run.status).toBe(1);
    const lines = run.err.trim().split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^programs\/cert-cc\.yaml:\d+: jurisdiction: /));
    expect(lines).toContainEqual(expect.stringMatching(/^programs\/imda\.yaml:\d+: motto: unknown field$/));
    expect(lines.at(-1)).toMatch(/2 problem\(s\)$/);
  });
});
