import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One copy of graphql: vitest would otherwise load index.mjs beside index.js ("another module or realm").
    alias: { graphql: require.resolve('graphql/index.js') },
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 30_000,
    globalSetup: ['test/global-setup.ts'],
    // One module graph per worker thread, not one per test file (see the README on unit tests' shared modules):
    // the simulator pool (defaultSimulator) and its bundled worker are then made once per worker, not per file.
    pool: 'threads',
    isolate: false,
  },
});
