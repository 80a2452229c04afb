import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The calibration and lever tests replay all 15,923 reports many times; keep them off the default 5 s limit.
    testTimeout: 60_000,
    // One module graph per worker thread, not one per test file (see the README on unit tests' shared modules).
    pool: 'threads',
    isolate: false,
  },
});
