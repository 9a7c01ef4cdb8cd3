import { spawn } from 'node:child_process';
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

/** Spawn `command` from the project root, feed it `input`, and collect what it prints; killed after 100 s (status -1). */
function collect(command: string, args: readonly string[], env: NodeJS.ProcessEnv, input: string | Buffer = ''): Promise<SpawnResult> {
  requireBuild();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    const timer = setTimeout(() => child.kill('SIGKILL'), 100_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ status: code ?? -1, signal, stdout, stderr });
    });
    // The command may stop reading early (a bad argument): that is not the test's failure.
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}

/**
 * Run the built binary as a user would, from the project root: for the few end-to-end tests (test/e2e.test.ts),
 * which run side by side; everything else goes through `main(argv, io)` in-process (run-main.ts).
 */
export function runCli(
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; input?: string | Buffer; nodeArgs?: readonly string[] } = {},
): Promise<SpawnResult> {
  return collect(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], spawnEnv(options.env), options.input);
}

/** Run a bash command line from the project root, in which `claimdiff` runs the built binary. */
export function runShell(script: string, env: NodeJS.ProcessEnv = {}): Promise<SpawnResult> {
  const withFunction = `claimdiff() { "$CLAIMDIFF_NODE" "$CLAIMDIFF_BIN" "$@"; }\n${script}`;
  return collect('bash', ['-c', withFunction], spawnEnv({ CLAIMDIFF_NODE: process.execPath, CLAIMDIFF_BIN: BIN, ...env }));
}
