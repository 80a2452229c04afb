import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // These tests spawn the CLI (tsx) or build a database: seconds on an idle machine, far longer on a busy
    // 2-core one. A timeout is not what they test.
    testTimeout: 120_000,
    // One module graph per worker thread, not one per test file (see the README on unit tests' shared modules).
    pool: 'threads',
    isolate: false,
  },
});
