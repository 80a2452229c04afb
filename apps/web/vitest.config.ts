import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Kit's sveltekit() plugin resolves from the cwd and is not needed for unit tests: svelte() plus the $lib alias.
export default defineConfig({
  plugins: [svelte()],
  resolve: {
    alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) },
    conditions: ['browser'],
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // One module graph per worker thread, not one per test file (see the README on unit tests' shared modules).
    pool: 'threads',
    isolate: false,
  },
});
