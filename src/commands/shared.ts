import { InvalidArgumentError } from 'commander';
import { isAddition } from '../compare/coverage.js';
// The load stage's leaf modules, not its index: the command line imports this file before it knows it will compare.
import { InputError } from '../load/errors.js';
import { visibleName } from '../load/ids.js';
import { MEGABYTE } from '../load/read.js';
import { safeLine, safeText } from '../report/safe-text.js';
import { isStringTooLong } from '../report/size-limit.js';
import type { CompareOptions, Report, Warning } from '../types.js';
import type { Pager } from './pager.js';
import { joinedChunks, writeFileSafely, type FileIdentity } from './safe-write.js';

/** What the shell talks to; tests pass their own. */
export interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** Shows a long report in a pager when standard output is a real terminal (only the process's own io has one). */
  pager?: Pager;
  /**
   * Sets the exit status when the output fails after `main` has resolved (a write error arrives late):
   * the process's exit code by default; a test passes its own.
   */
  setExitCode?(code: number): void;
}

export const FINDINGS = ['contradictions', 'omissions', 'additions'] as const;
export type Finding = (typeof FINDINGS)[number];

/** The findings of the kinds asked for by --fail-on that the report has. */
export function failingFindings(report: Report, kinds: readonly Finding[]): Finding[] {
  return kinds.filter((kind) => {
    if (kind === 'contradictions') return report.contradictions.length > 0;
    if (kind === 'additions') return report.claims.some(isAddition);
    return report.sources.some((s) => s.omits > 0);
  });
}

export function parseFindings(value: string): Finding[] {
  const kinds = value.split(',').map((k) => k.trim()).filter(Boolean);
  const unknown = kinds.filter((k) => !(FINDINGS as readonly string[]).includes(k));
  if (unknown.length > 0 || kinds.length === 0) {
    throw new InvalidArgumentError(`expected one or more of ${FINDINGS.join(', ')}`);
  }
  return kinds as Finding[];
}

export function parseUnit(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a number from 0 to 1');
  return n;
}

/** --max-file-size: a positive number of megabytes. */
export function parseMegabytes(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number of megabytes');
  return n;
}

/** --fetch-timeout: a positive number of seconds. */
export function parseSeconds(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number of seconds');
  return n;
}

/** --max-sentences: a positive whole number. */
export function parseCount(value: string): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return n;
}

/** The input limits the user can set, shared by `claimdiff` and `claimdiff check`. */
export interface LimitOptions {
  maxFileSize?: number;
  maxTotalSize?: number;
  maxSentences?: number;
  debug?: boolean;
  quiet?: boolean;
}

export function loadOptions(options: LimitOptions): { maxFileBytes?: number; maxTotalBytes?: number } {
  return {
    ...(options.maxFileSize !== undefined ? { maxFileBytes: Math.floor(options.maxFileSize * MEGABYTE) } : {}),
    ...(options.maxTotalSize !== undefined ? { maxTotalBytes: Math.floor(options.maxTotalSize * MEGABYTE) } : {}),
  };
}

/**
 * The compare options every command passes: the sentence limit, and the stage timer, which prints
 * `claimdiff: debug: <stage> <ms> ms` under --debug. CLAIMDIFF_TEST_THROW=<stage> (or 1, for the first stage)
 * is for the tests only: it throws an internal error after that stage, to check what the user sees then.
 */
export function pipelineOptions(options: LimitOptions, io: Io): Pick<CompareOptions, 'maxSentences' | 'onStage'> {
  const throwAfter = io.env.CLAIMDIFF_TEST_THROW;
  const onStage = stagePrinter(options, io);
  const hook =
    throwAfter !== undefined && throwAfter !== ''
      ? (stage: string, ms: number) => {
          onStage?.(stage, ms);
          if (throwAfter === '1' || throwAfter === stage) throw new Error(`simulated internal error after the ${stage} stage (CLAIMDIFF_TEST_THROW)`);
        }
      : onStage;
  return {
    ...(options.maxSentences !== undefined ? { maxSentences: options.maxSentences } : {}),
    ...(hook !== undefined ? { onStage: hook } : {}),
  };
}

/** The stages in the order they run, for the progress line. */
const STAGES = ['load', 'clean', 'segment', 'parse', 'normalize', 'extract', 'align', 'compare'];

/**
 * Under --debug, a function that prints how long a stage took. Otherwise, when standard error is a terminal,
 * a progress line that names the stage under way and is erased at the end, so a long run shows it is alive
 * and a finished run's output is unchanged; when it is not a terminal (a pipe, a log, CI), nothing.
 */
export function stagePrinter(options: LimitOptions, io: Io): ((stage: string, ms: number) => void) | undefined {
  if (options.debug === true) return (stage, ms) => io.stderr.write(`claimdiff: debug: ${stage} ${ms.toFixed(1)} ms\n`);
  if (options.quiet === true || io.stderr.isTTY !== true) return undefined;
  return (stage) => {
    const at = STAGES.indexOf(stage);
    const next = at >= 0 ? STAGES[at + 1] : undefined;
    io.stderr.write(next !== undefined ? `\r\u001b[Kclaimdiff: ${next}…` : '\r\u001b[K');
  };
}

/** Runs `run`, reporting its duration to `onStage` when there is one. */
export async function timed<T>(stage: string, onStage: ((stage: string, ms: number) => void) | undefined, run: () => Promise<T> | T): Promise<T> {
  if (onStage === undefined) return run();
  const start = performance.now();
  const result = await run();
  onStage(stage, performance.now() - start);
  return result;
}

/** The files skipped while loading come first among the report's warnings (each names its file). */
export function withSkipped(report: Report, skipped: readonly Warning[]): Report {
  return skipped.length === 0 ? report : { ...report, warnings: [...skipped, ...report.warnings] };
}

const guardedStreams = new WeakSet<object>();

/**
 * A reader that goes away early (`claimdiff ... | head`) makes the next write fail with EPIPE, which Node
 * would report with a stack trace: stop quietly instead. Any other write error gets one line and exit 2.
 */
export function guardOutput(io: Io): void {
  for (const stream of [io.stdout, io.stderr] as Array<Partial<NodeJS.EventEmitter>>) {
    if (typeof stream.on !== 'function' || guardedStreams.has(stream)) continue;
    guardedStreams.add(stream);
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') return;
      if (stream !== io.stderr) printLine(io, `cannot write the report: ${error.message}`);
      io.setExitCode?.(2);
    });
  }
}

/**
 * `--color`/`--no-color` win; then NO_COLOR and FORCE_COLOR as chalk reads them (FORCE_COLOR=0 or false turns
 * colour off, any other value on); otherwise colour only on a terminal.
 */
export function useColor(flag: boolean | undefined, isTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  if (flag === false) return false;
  if (flag === true) return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR.toLowerCase() !== 'false';
  return isTTY && env.TERM !== 'dumb';
}

/** Write to the -o file when given (safely: see ./safe-write.ts; never onto `inputs`), else to stdout. */
export function emit(io: Io, text: string | Iterable<string>, output: string | undefined, inputs: readonly FileIdentity[] = []): void {
  if (output !== undefined) writeFileSafely(output, text, inputs);
  else if (typeof text === 'string') io.stdout.write(text);
  else for (const chunk of joinedChunks(text)) io.stdout.write(chunk);
}

/**
 * One line on standard error, `claimdiff: <message>`, through the output-safety layer: a file name or text in
 * the message can neither steer the terminal, break the line nor form a CI workflow command.
 */
export function printLine(io: Pick<Io, 'stderr'>, message: string): void {
  io.stderr.write(`claimdiff: ${safeLine(message)}\n`);
}

/**
 * A warning on standard error, `claimdiff: warning: <source>: <message>`: the source (a path, for a file that was
 * skipped) with its invisible characters shown, so two names that print alike read apart.
 */
export function printWarning(io: Pick<Io, 'stderr'>, warning: Warning): void {
  printLine(io, `warning: ${visibleName(warning.source)}: ${warning.message}`);
}

/** Lines for standard error that may be several (a stack trace), made as safe as printLine's. */
export function printLines(io: Pick<Io, 'stderr'>, text: string): void {
  io.stderr.write(`${safeText(text).replace(/\n?$/, '\n')}`);
}

/** One line for the user: the file and the problem for bad input, a hint to --debug (unless on) for anything else. */
export function describeError(error: unknown, debug = false): string {
  if (error instanceof InputError) return error.message;
  // The last net for input too large to hold as one string, wherever it is met: a limit, not a bug.
  if (isStringTooLong(error)) return 'the input is too large to hold as text (more than Node can hold in one string): compare fewer or smaller inputs';
  if (error instanceof Error) return `internal error: ${error.message}${debug ? '' : ' (run with --debug for details)'}`;
  return String(error);
}
