import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../../src/types.js';
import { schemaErrors } from './schema.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin', 'claimdiff.js');

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Run the built binary as a user would, from the project root, with colour left to the environment given. */
export function runCli(args: readonly string[], options: { env?: NodeJS.ProcessEnv; input?: string | Buffer } = {}): CliResult {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli.js'))) {
    throw new Error('dist/ is missing: run `npm run build` (npm test does it first)');
  }
  // Start from a colour-neutral environment; a test that wants NO_COLOR or FORCE_COLOR sets it.
  const env = Object.fromEntries(
    Object.entries({ ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env }).filter(
      ([, value]) => value !== undefined,
    ),
  );
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Run with --json and parse the report; fails loudly when the run did not succeed or the report does not
 * follow schema/report.v1.json, so every report the tests produce is checked against the published schema.
 */
export function runJson(args: readonly string[]): Report {
  const result = runCli([...args, '--json']);
  if (result.status !== 0) throw new Error(`claimdiff exited ${result.status}: ${result.stderr}`);
  const report = JSON.parse(result.stdout) as Report;
  const errors = schemaErrors(report);
  if (errors.length > 0) throw new Error(`report does not follow schema/report.v1.json:\n${errors.join('\n')}`);
  return report;
}
