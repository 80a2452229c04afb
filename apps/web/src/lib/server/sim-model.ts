import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { env } from '$env/dynamic/private';
import type { SimulationModel } from '@kaiji/sim';
import { loadSimulationModel } from '@kaiji/sim/node';

/**
 * data/ of the repository: KAIJI_DATA_DIR, or the nearest folder above the working directory that has
 * data/simulation (the server runs from apps/web, the tests from the repository root).
 */
export function dataDir(): string {
  if (env.KAIJI_DATA_DIR) return resolve(env.KAIJI_DATA_DIR);
  let dir = process.cwd();
  for (;;) {
    const candidate = join(dir, 'data');
    if (existsSync(join(candidate, 'simulation'))) return candidate;
    const up = dirname(dir);
    if (up === dir) throw new Error('data/ not found above the working directory; set KAIJI_DATA_DIR');
    dir = up;
  }
}

let cached: SimulationModel | undefined;

/** The same model, from the same data, that the API's `simulate` runs; read once per process. */
export function simulationModel(): SimulationModel {
  cached ??= loadSimulationModel(dataDir());
  return cached;
}
