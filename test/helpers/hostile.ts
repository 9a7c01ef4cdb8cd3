/**
 * Helpers for the hostile-input tests: a temp folder to write generated inputs into, a plain article to compare
 * them with, and checks for the two outcomes every hostile input must have: a report (exit 0, every source
 * listed, what was skipped named in a warning) or one error line naming the file (exit 2, no stack trace).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { Report } from '../../src/types.js';
import { ROOT, type CliResult } from './run-cli.js';
import { schemaErrors } from './schema.js';

/** Two short articles about one event, to stand beside a hostile input (each line a paragraph). */
export const ARTICLE_A = [
  'Bridge reopens after repairs',
  '',
  'The Harbour Bridge reopened on Monday after six months of repairs, the city council said.',
  '',
  'About 40,000 vehicles cross the bridge every day, according to the transport office.',
  '',
  'Mayor Lena Ortiz said the work had cost 12 million euros.',
  '',
].join('\n');

export const ARTICLE_B = [
  'Harbour Bridge open again',
  '',
  'The Harbour Bridge reopened on Monday after six months of repair work, the council said.',
  '',
  'Mayor Lena Ortiz said the repairs had cost 12 million euros.',
  '',
  'Cyclists will get a separate lane from next year.',
  '',
].join('\n');

/** A temp folder for one test file's inputs; `remove` deletes it. */
export function tempDir(prefix: string): { dir: string; file: (rel: string, content?: string | Uint8Array) => string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `claimdiff-${prefix}-`));
  return {
    dir,
    file(rel, content) {
      const full = path.join(dir, rel);
      fs.mkdirSync(path.dirname(full), { recursive: true });
      if (content !== undefined) fs.writeFileSync(full, content);
      return full;
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  input?: string | Buffer;
  /** Kill the run after this long (default 20 s): a hang fails its test instead of stalling the suite. */
  timeoutMs?: number;
}

/**
 * runCli with a time limit: spawnSync blocks the test worker, so vitest's own timeout could never stop a
 * hanging run. A run that times out has status -1 and says so on stderr.
 */
export function runBounded(args: readonly string[], options: RunOptions = {}): CliResult {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/ is missing: run `npm run build` (npm test does it first)');
  const env = Object.fromEntries(
    Object.entries({ ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env }).filter(([, v]) => v !== undefined),
  );
  const timeout = options.timeoutMs ?? 20_000;
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'claimdiff.js'), ...args], {
    cwd: ROOT,
    env,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout,
    killSignal: 'SIGKILL',
  });
  const timedOut = result.error !== undefined && /ETIMEDOUT/.test(String(result.error));
  return {
    status: result.status ?? -1,
    stdout: result.stdout ?? '',
    stderr: timedOut ? `${result.stderr ?? ''}\n[killed: no answer within ${timeout} ms]` : (result.stderr ?? ''),
  };
}

/** Runs with --json and checks the run worked: exit 0, JSON on stdout that follows the schema. */
export function runReport(args: readonly string[], options: RunOptions = {}): { result: CliResult; report: Report } {
  const result = runBounded([...args, '--json'], options);
  expect(result.status, `exit status; stderr: ${result.stderr}`).toBe(0);
  const report = JSON.parse(result.stdout) as Report;
  expect(schemaErrors(report)).toEqual([]);
  return { result, report };
}

/** Checks a run failed as it should: exit 2, nothing on stdout, exactly one line on stderr, no stack trace. */
export function expectOneLineError(result: CliResult, message: RegExp): void {
  expect(result.status, `exit status; stderr: ${result.stderr}`).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trimEnd().split('\n'), result.stderr).toHaveLength(1);
  // Our own errors start "claimdiff: "; commander's, for a bad option, "error: ".
  expect(result.stderr).toMatch(/^(?:claimdiff|error): /);
  expect(result.stderr.trimEnd()).toMatch(message);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

/** The warnings the CLI printed on stderr, one per line, without the `claimdiff: warning: ` prefix. */
export function stderrWarnings(result: CliResult): string[] {
  return result.stderr
    .split('\n')
    .filter((l) => l.startsWith('claimdiff: warning: '))
    .map((l) => l.slice('claimdiff: warning: '.length));
}

/**
 * Runs the built CLI through /bin/sh, for what spawnSync cannot set up: standard input closed (`<&-`) or a
 * terminal-less /dev/null. `script` is appended to `node bin/claimdiff.js`.
 */
export function runCliShell(script: string, env: NodeJS.ProcessEnv = {}): CliResult {
  const bin = path.join(ROOT, 'bin', 'claimdiff.js');
  const result = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${bin}" ${script}`], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 20_000,
    killSignal: 'SIGKILL',
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Milliseconds `run` took. */
export function timeIt(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}
