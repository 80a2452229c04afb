import { fileURLToPath } from 'node:url';

/**
 * The repository's data/ folder, or KAIJI_DATA_DIR when set: the same rule as @kaiji/kb's defaultDataDir, kept
 * here so that this entry does not load @kaiji/kb's index (whose country names a bundler cannot follow).
 */
export function defaultDataDir(): string {
  return process.env.KAIJI_DATA_DIR ?? fileURLToPath(new URL('../../../../data', import.meta.url));
}
