import { PassThrough, Readable } from 'node:stream';
import { expect } from 'vitest';
import { main, type Io } from '../../src/cli.js';
import { fromJsonReport } from '../../src/report/json-read.js';
import type { JsonReport } from '../../src/report/json-types.js';
import type { Report } from '../../src/types.js';
import { ROOT, type CliResult } from './run-cli.js';
import { schemaErrors } from './schema.js';

export interface MainOptions {
  /** The environment the command sees; colour variables are unset unless given here. */
  env?: NodeJS.ProcessEnv;
  /** What standard input holds. */
  input?: string | Buffer;
  /** Standard input itself, for what `input` cannot say: a stream that never ends, one that fails. */
  stdin?: NodeJS.ReadableStream;
  /** Pretend standard output (and stderr) is a terminal of this many columns. */
  tty?: { columns: number };
  /** Pretend standard input is a terminal. */
  stdinIsTTY?: boolean;
  /** Standard output itself (a stream that fails, say); what it is written is then not captured. */
  stdout?: NodeJS.WritableStream;
}

/** Standard input that never ends and never says anything: a terminal nobody types into. */
export function silentStdin(isTTY = false): PassThrough & { isTTY: boolean } {
  return Object.assign(new PassThrough(), { isTTY });
}

/**
 * Run the command line in-process through `main(argv, io)`, with captured streams and an injected environment:
 * what a spawn of bin/claimdiff.js would print and exit with, without starting Node and loading the model again.
 * Relative paths are the project root's, as for the spawned binary (vitest runs from there).
 */
export async function runMain(args: readonly string[], options: MainOptions = {}): Promise<CliResult> {
  if (process.cwd() !== ROOT) throw new Error(`run the tests from the project root (${ROOT}), not ${process.cwd()}`);
  const out: string[] = [];
  const err: string[] = [];
  const stdin = options.stdin ?? (Readable.from(options.input === undefined ? [] : [Buffer.from(options.input)]) as Readable & { isTTY?: boolean });
  if (options.stdinIsTTY) (stdin as { isTTY?: boolean }).isTTY = true;
  const env = Object.fromEntries(
    Object.entries({ PATH: process.env.PATH, HOME: process.env.HOME, ...options.env }).filter(([, v]) => v !== undefined),
  );
  let late = 0;
  const io: Io = {
    stdin,
    stdout: options.stdout ?? { write: (text: string) => out.push(text), isTTY: options.tty !== undefined, columns: options.tty?.columns },
    stderr: { write: (text: string) => err.push(text), isTTY: options.tty !== undefined },
    env,
    setExitCode: (code) => {
      late = Math.max(late, code);
    },
  };
  const status = await main(args, io);
  // A stream reports a failed write on a later turn of the event loop: wait for it, as the process would.
  if (options.stdout !== undefined) await new Promise((resolve) => setImmediate(resolve));
  return { status: Math.max(status, late), stdout: out.join(''), stderr: err.join('') };
}

/** In-process --json run, checked against schema/report.v3.json, read back as the Report it was written from (fromJsonReport); throws when the run fails. */
export async function mainJson(args: readonly string[], options: MainOptions = {}): Promise<Report> {
  const result = await runMain([...args, '--json'], options);
  if (result.status !== 0) throw new Error(`claimdiff exited ${result.status}: ${result.stderr}`);
  const document = JSON.parse(result.stdout) as JsonReport;
  const errors = schemaErrors(document);
  if (errors.length > 0) throw new Error(`report does not follow the schema:\n${errors.join('\n')}`);
  return fromJsonReport(document);
}

/** Runs with --json and checks the run worked: exit 0, JSON on stdout that follows the schema. */
export async function mainReport(args: readonly string[], options: MainOptions = {}): Promise<{ result: CliResult; report: Report }> {
  const result = await runMain([...args, '--json'], options);
  expect(result.status, `exit status; stderr: ${result.stderr}`).toBe(0);
  const document = JSON.parse(result.stdout) as JsonReport;
  expect(schemaErrors(document)).toEqual([]);
  return { result, report: fromJsonReport(document) };
}
