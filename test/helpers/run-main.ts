import { Readable } from 'node:stream';
import { main, type Io } from '../../src/cli.js';
import type { Report } from '../../src/types.js';
import type { CliResult } from './run-cli.js';
import { schemaErrors } from './schema.js';

export interface MainOptions {
  /** The environment the command sees; colour variables are unset unless given here. */
  env?: NodeJS.ProcessEnv;
  /** What standard input holds. */
  input?: string | Buffer;
  /** Pretend standard output (and stderr) is a terminal of this many columns. */
  tty?: { columns: number };
  /** Pretend standard input is a terminal. */
  stdinIsTTY?: boolean;
}

/**
 * Run the command line in-process through `main(argv, io)`, with captured streams and an injected environment:
 * what a spawn of bin/claimdiff.js would print and exit with, without starting Node and loading the model again.
 */
export async function runMain(args: readonly string[], options: MainOptions = {}): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const stdin = Readable.from(options.input === undefined ? [] : [Buffer.from(options.input)]) as Readable & { isTTY?: boolean };
  if (options.stdinIsTTY) stdin.isTTY = true;
  const env = Object.fromEntries(
    Object.entries({ PATH: process.env.PATH, HOME: process.env.HOME, ...options.env }).filter(([, v]) => v !== undefined),
  );
  const io: Io = {
    stdin,
    stdout: { write: (text: string) => out.push(text), isTTY: options.tty !== undefined, columns: options.tty?.columns },
    stderr: { write: (text: string) => err.push(text), isTTY: options.tty !== undefined },
    env,
  };
  const before = process.exitCode;
  const status = await main(args, io);
  process.exitCode = before;
  return { status, stdout: out.join(''), stderr: err.join('') };
}

/** In-process --json run, checked against schema/report.v1.json; throws when the run fails. */
export async function mainJson(args: readonly string[], options: MainOptions = {}): Promise<Report> {
  const result = await runMain([...args, '--json'], options);
  if (result.status !== 0) throw new Error(`claimdiff exited ${result.status}: ${result.stderr}`);
  const report = JSON.parse(result.stdout) as Report;
  const errors = schemaErrors(report);
  if (errors.length > 0) throw new Error(`report does not follow the schema:\n${errors.join('\n')}`);
  return report;
}
