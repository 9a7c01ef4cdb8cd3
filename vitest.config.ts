import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // No test measures time: these limits only stop a hang (a catastrophic regex, a read that never ends). A busy
    // 2-core machine runs several times slower than an idle one, so they are generous, and hooks (which build a
    // file's shared inputs or run the command once for many tests) get the same room as tests.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two worker threads that keep their modules from one test file to the next: the language model and the
    // pipeline load once per worker, not once per file (isolated forks took about twice the CPU). Safe because
    // no test file mocks a module, every spy is restored after its test, and no test changes the process's
    // directory or environment; the suite passes in any order (`--sequence.shuffle`). A file that ran for
    // minutes in a shared worker on a clean clone was V8 recompiling a whole-page call inside the HTML scanner's
    // loop once its code had been optimised on other pages (fixed in src/load/html-text.ts), not a test's state.
    pool: 'threads',
    isolate: false,
    minWorkers: 1,
    maxWorkers: 2,
  },
});
