import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(ROOT, 'bin', 'claimdiff.js');
/** A preload that logs every module a run imports (see import-log.mjs). */
export const IMPORT_LOG_HOOK = path.join(ROOT, 'test', 'helpers', 'import-log.mjs');

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

export interface SpawnResult extends CliResult {
  /** The signal that ended the process, if one did. */
  signal: NodeJS.Signals | null;
}

/** The environment of a spawned run: this one's, colour left to what the test gives. */
export function spawnEnv(env: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries({ ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env }).filter(([, value]) => value !== undefined),
  );
}

export function requireBuild(): void {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli.js'))) {
    throw new Error('dist/ is missing: run `npm run build` (npm test does it first)');
  }
}

/**
 * Run the built binary as a user would, from the project root: for the few end-to-end tests (test/e2e.test.ts);
 * everything else goes through `main(argv, io)` in-process (run-main.ts). A run that does not end in 100 s is
 * killed, with status -1.
 */
export function runCli(
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; input?: string | Buffer; nodeArgs?: readonly string[] } = {},
): SpawnResult {
  requireBuild();
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
    cwd: ROOT,
    env: spawnEnv(options.env),
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 100_000,
    killSignal: 'SIGKILL',
  });
  return { status: result.status ?? -1, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** Run a bash command line from the project root, in which `claimdiff` runs the built binary. */
export function runShell(script: string, env: NodeJS.ProcessEnv = {}): SpawnResult {
  requireBuild();
  const result = spawnSync('bash', ['-c', `claimdiff() { "$CLAIMDIFF_NODE" "$CLAIMDIFF_BIN" "$@"; }\n${script}`], {
    cwd: ROOT,
    env: spawnEnv({ CLAIMDIFF_NODE: process.execPath, CLAIMDIFF_BIN: BIN, ...env }),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 100_000,
    killSignal: 'SIGKILL',
  });
  return { status: result.status ?? -1, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}
