import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // No test measures time: these limits only stop a hang (a catastrophic regex, a read that never ends). A busy
    // 2-core machine runs several times slower than an idle one, so they are generous, and hooks (which build a
    // file's shared inputs or run the command once for many tests) get the same room as tests.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Each test file in a process of its own (isolated forks), two at a time on the two cores. Worker threads that
    // kept their modules between files cost about half the CPU, but on a clean clone (no record of file durations,
    // so another order) one file then ran for minutes in a worker another file had used: isolation first.
    pool: 'forks',
    isolate: true,
    minWorkers: 1,
    maxWorkers: 2,
  },
});
