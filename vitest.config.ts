import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // No test measures time: these limits only stop a hang (a catastrophic regex, a read that never ends). A busy
    // 2-core machine runs several times slower than an idle one, so they are generous, and hooks (which build a
    // file's shared inputs or run the command once for many tests) get the same room as tests.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Measured on the 2-core CI machine (issue 11): worker threads that keep their modules between test files
    // load the language model once per worker instead of once per file, about half the CPU time of isolated
    // forks. Safe because no test file mocks a module (spies are restored after each test) or changes the
    // process's directory or environment. Two workers: vitest's default on two cores is one.
    pool: 'threads',
    isolate: false,
    minWorkers: 1,
    maxWorkers: 2,
  },
});
