import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The simulation worker as one bundled ES module, built once per process. Run through tsx's loader, the engine
 * takes about twice the CPU time (every call across a module boundary goes through the loader's interop
 * bindings: `pnpm --filter @kaiji/api bench` measures it); bundled, it runs as in a browser. If the bundle cannot
 * be built, the worker runs through tsx as before.
 */
let bundle: Promise<URL> | undefined;

const TSX_ENTRY = new URL('./worker-entry.mjs', import.meta.url);

/** Bundles the module at `entry` (a .ts path) and its imports into one ES module at `outfile`, for a worker. */
export async function bundleModule(entry: string, outfile: string): Promise<URL> {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'silent',
    // Bundled CommonJS dependencies may call require(); give the module one.
    banner: {
      js: "import { createRequire as __kaijiRequire } from 'node:module'; const require = __kaijiRequire(import.meta.url);",
    },
  });
  return new URL(`file://${outfile}`);
}

export function workerScript(): Promise<URL> {
  bundle ??= (async () => {
    try {
      const dir = mkdtempSync(join(tmpdir(), 'kaiji-sim-worker-'));
      process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
      return await bundleModule(fileURLToPath(new URL('./worker.ts', import.meta.url)), join(dir, 'worker.mjs'));
    } catch (error) {
      console.error(`simulation worker: bundling failed (${(error as Error).message}); running it through tsx`);
      return TSX_ENTRY;
    }
  })();
  return bundle;
}
