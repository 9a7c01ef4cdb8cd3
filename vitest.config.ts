import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // No test measures time; these only stop a hang. A busy 2-core machine can be several times slower than an
    // idle one, so hooks (which build a file's shared inputs, or run the command once for many tests) get the
    // same room as tests.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
