import { fileURLToPath } from 'node:url';

/**
 * The repository's data/ folder, or KAIJI_DATA_DIR when set (and not empty): the one rule every package follows.
 * Its own subpath (`@kaiji/kb/data-dir`) imports nothing else, so a bundle of @kaiji/sim/node can use it without
 * the loader (whose country names a bundler cannot follow).
 */
export function defaultDataDir(): string {
  return process.env.KAIJI_DATA_DIR || fileURLToPath(new URL('../../../data', import.meta.url));
}
