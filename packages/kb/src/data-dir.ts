import { fileURLToPath } from 'node:url';

/** The repository's data/ folder, or KAIJI_DATA_DIR when set. */
export function defaultDataDir(): string {
  return process.env.KAIJI_DATA_DIR || fileURLToPath(new URL('../../../data', import.meta.url));
}
