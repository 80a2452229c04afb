import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One module graph per worker thread, not one per test file (see the README on unit tests' shared modules).
    pool: 'threads',
    isolate: false,
  },
});
