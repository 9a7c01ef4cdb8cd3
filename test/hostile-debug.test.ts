/**
 * Issue 8: what the user sees when something goes wrong inside claimdiff. Without --debug: one line and exit 2,
 * never a stack trace. With --debug: the stack, and how long each stage took. An internal error is simulated with
 * CLAIMDIFF_TEST_THROW=<stage>, an environment variable for these tests only (see src/commands/shared.ts).
 */
import path from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main, type Io } from '../src/cli.js';
import { ARTICLE_A, ARTICLE_B, expectOneLineError, tempDir } from './helpers/hostile.js';
import { runMain, silentStdin } from './helpers/run-main.js';

const STAGES = ['load', 'clean', 'segment', 'parse', 'normalize', 'extract', 'align', 'compare', 'render'];
const tmp = tempDir('debug');
let a = '';
let b = '';
beforeAll(() => {
  a = tmp.file('a.txt', ARTICLE_A);
  b = tmp.file('b.txt', ARTICLE_B);
});
afterAll(() => tmp.remove());

describe('--debug', () => {
  it('prints how long each stage took, one "claimdiff: debug: <stage> <ms> ms" line each, in order', async () => {
    const result = await runMain([a, b, '--debug', '--json']);
    expect(result.status).toBe(0);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines.every((l) => /^claimdiff: debug: [a-z]+ \d+\.\d ms$/.test(l)), result.stderr).toBe(true);
    expect(lines.map((l) => l.split(' ')[2])).toEqual(STAGES);
    expect(() => JSON.parse(result.stdout)).not.toThrow();
  });

  it('prints nothing of the kind without it', async () => {
    const result = await runMain([a, b, '--json']);
    expect(result.stderr).toBe('');
  });

  it('times the stages of `check` too', async () => {
    tmp.file('fixture/a.txt', ARTICLE_A);
    tmp.file('fixture/b.txt', ARTICLE_B);
    const folder = path.join(tmp.dir, 'fixture');
    expect((await runMain(['check', '--update', folder])).status).toBe(0);
    const result = await runMain(['check', folder, '--debug']);
    expect(result.status).toBe(0);
    expect(result.stderr.trimEnd().split('\n').map((l) => l.split(' ')[2])).toEqual(STAGES.filter((s) => s !== 'load' && s !== 'render'));
  });
});

describe('an internal error (simulated with CLAIMDIFF_TEST_THROW)', () => {
  it.each(STAGES)('after the %s stage: one line, exit 2, no stack trace', async (stage) => {
    const result = await runMain([a, b], { env: { CLAIMDIFF_TEST_THROW: stage } });
    expectOneLineError(
      result,
      new RegExp(`^claimdiff: internal error: simulated internal error after the ${stage} stage \\(CLAIMDIFF_TEST_THROW\\) \\(run with --debug for details\\)$`),
    );
  });

  it('with --debug: the stack trace, through the pipeline', async () => {
    const result = await runMain([a, b, '--debug'], { env: { CLAIMDIFF_TEST_THROW: 'align' } });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^claimdiff: internal error: simulated internal error after the align stage/m);
    expect(result.stderr).toMatch(/\n\s+at .*compare .*pipeline\.[jt]s/);
  });

  it('in `check`: one line, exit 2', async () => {
    tmp.file('fixture2/a.txt', ARTICLE_A);
    tmp.file('fixture2/b.txt', ARTICLE_B);
    const result = await runMain(['check', path.join(tmp.dir, 'fixture2')], { env: { CLAIMDIFF_TEST_THROW: 'extract' } });
    expectOneLineError(result, /^claimdiff: internal error: simulated internal error after the extract stage/);
  });
});

describe('output that goes away', () => {
  // A reader that closes the pipe early (`| head -c 100`, EPIPE) needs a real pipe: test/e2e.test.ts.

  /** Standard output whose every write fails with `code`, as a full disk or a closed pipe would. */
  const failing = (code: string) =>
    new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error(`${code}: simulated write failure`), { code }));
      },
    });

  it('a write that fails (a full disk): one line, exit 2', async () => {
    const result = await runMain([a, b, '--json'], { stdout: failing('ENOSPC') });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('claimdiff: cannot write the report: ENOSPC: simulated write failure\n');
  });

  it('a reader that went away (EPIPE): no error, the status of the run', async () => {
    const result = await runMain([a, b, '--json'], { stdout: failing('EPIPE') });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });
});

describe('standard input from a terminal', () => {
  it('says it is waiting for the article, and how to end it', async () => {
    const stdin = Object.assign(Readable.from([Buffer.from(ARTICLE_A)]), { isTTY: true });
    const stdout = new PassThrough();
    let out = '';
    stdout.on('data', (c: Buffer) => (out += c.toString()));
    let err = '';
    const io: Io = { stdin, stdout, stderr: { write: (t: string) => (err += t) }, env: {} };
    const code = await main(['-', b, '--json'], io);
    expect(code).toBe(0);
    expect(err).toBe('claimdiff: reading the article for - from the terminal: end it with Ctrl-D\n');
    expect(JSON.parse(out)).toMatchObject({ sources: [{ id: 'stdin' }, { id: 'b' }] });
  });

  it('says so before it has read a byte, while the terminal waits', async () => {
    const stdin = silentStdin(true);
    let out = '';
    let err = '';
    const io: Io = { stdin, stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (err += t) }, env: {} };
    const run = main(['-', b, '--json'], io);
    await vi.waitFor(() => expect(err).toBe('claimdiff: reading the article for - from the terminal: end it with Ctrl-D\n'), { timeout: 100_000 });
    expect(out).toBe('');
    stdin.end(ARTICLE_A);
    expect(await run).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ sources: [{ id: 'stdin' }, { id: 'b' }] });
  });

  it('says nothing of the kind with --quiet, or when standard input is not a terminal', async () => {
    for (const [tty, flags] of [[true, ['--quiet']], [false, []]] as const) {
      const result = await runMain(['-', b, '--json', ...flags], { input: ARTICLE_A, stdinIsTTY: tty });
      expect(result.status).toBe(0);
      expect(result.stderr).toBe('');
    }
  });
});
