// Builds the app when build/ is missing or older than its sources (`pnpm start` first, and the browser tests
// once before their test files start servers side by side, so that no two builds write build/ at once).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const stamp = join(root, 'build', 'handler.js');

/**
 * Newest modification time under the given paths (files or folders). Declaration files do not count: they never
 * change the bundle, and `pnpm sync` rewrites src/lib/graphql-env.d.ts on every run (gql.tada), which made every
 * `pnpm test` after the first rebuild the app for nothing (about 45 s).
 */
function newest(paths) {
  let t = 0;
  const walk = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) {
      for (const name of readdirSync(p)) if (name !== 'node_modules' && name !== 'paraglide') walk(join(p, name));
    } else if (!p.endsWith('.d.ts')) t = Math.max(t, s.mtimeMs);
  };
  paths.forEach(walk);
  return t;
}

// The workspace packages the app imports are bundled into it, so their sources count too.
const sources = [
  'src',
  'messages',
  'static',
  'package.json',
  'svelte.config.js',
  'vite.config.ts',
  'i18n.config.js',
  '../../packages/db/src',
  '../../packages/kb/src',
  '../../packages/serving/src',
  '../../packages/sim/src',
].map((p) => join(root, p));
if (!existsSync(stamp) || newest(sources) > statSync(stamp).mtimeMs) {
  console.error(existsSync(stamp) ? 'Kaiji web: sources changed, rebuilding…' : 'Kaiji web: building…');
  // Kit resolves the app's files from the working directory.
  process.chdir(root);
  const { build } = await import('vite');
  await build({ root, logLevel: 'error' });
}
