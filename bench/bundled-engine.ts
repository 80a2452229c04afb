/**
 * The engine bundled by esbuild, as a browser or the API's worker runs it: through tsx's loader it runs at about
 * half speed, which would make every benchmark of it measure the loader. One owner for the benches in bench/.
 */
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Engine from '../packages/sim/src/index.ts';

export async function bundledEngine(): Promise<typeof Engine> {
  // esbuild is @kaiji/sim's (dev) dependency: resolve it from there.
  const { build } = createRequire(new URL('../packages/sim/package.json', import.meta.url))('esbuild') as {
    build(options: Record<string, unknown>): Promise<unknown>;
  };
  const dir = mkdtempSync(join(tmpdir(), 'kaiji-engine-bench-'));
  try {
    const outfile = join(dir, 'engine.mjs');
    await build({
      entryPoints: [fileURLToPath(new URL('../packages/sim/src/index.ts', import.meta.url))],
      bundle: true,
      platform: 'neutral',
      format: 'esm',
      outfile,
      logLevel: 'silent',
      mainFields: ['module', 'main'],
    });
    return (await import(`file://${outfile}`)) as typeof Engine;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
