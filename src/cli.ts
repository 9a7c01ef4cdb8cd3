import fs from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { isAddition } from './compare/coverage.js';
import { InputError, loadSources } from './load/index.js';
import { compare } from './pipeline.js';
import { FORMATS, RENDERERS, type Format } from './report/index.js';
import type { Report } from './types.js';

/** What the shell talks to; tests pass their own. */
export interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown };
  env: NodeJS.ProcessEnv;
}

const FINDINGS = ['contradictions', 'omissions', 'additions'] as const;
type Finding = (typeof FINDINGS)[number];

const EXAMPLES = `
Examples:
  $ claimdiff articles/                     every .txt/.md file in a folder
  $ claimdiff a.txt b.txt c.txt             named files
  $ claimdiff 'coverage/**/*.txt'           a quoted glob
  $ cat story.txt | claimdiff - other.txt   one source from standard input
  $ claimdiff articles/ --json | jq '.contradictions'
  $ claimdiff articles/ --fail-on contradictions

Exit status: 0 done; 1 findings named by --fail-on exist; 2 trouble (bad input
or options), with one line on standard error.`;

/** Run the command line; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const program = new Command('claimdiff')
    .description('Compare how several outlets report one event: what each source adds, omits and contradicts.')
    .version(readVersion(), '-V, --version')
    .argument('<inputs...>', 'article files, folders, quoted globs, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('terminal'))
    .option('--json', 'shorthand for --format json')
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--color', 'force colour on')
    .option('--no-color', 'turn colour off (also when NO_COLOR is set or output is not a terminal)')
    .option('--fail-on <findings>', `exit 1 when any exist: ${FINDINGS.join(', ')} (comma-separated)`, parseFindings)
    .option('--keep-clutter', 'do not remove page clutter (ads, related links, comments, captions)')
    .option('--show-removed', 'list every line removed as clutter')
    .option('--threshold <0..1>', 'similarity two sentences need to count as one claim', parseUnit)
    .option('-q, --quiet', 'print nothing but errors (-o still writes its file); use with --fail-on')
    .option('--debug', 'show stack traces on errors')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text) => io.stderr.write(text.split('\n')[0] + '\n'),
    });

  try {
    program.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  const options = program.opts();
  try {
    const sources = await loadSources(program.args, io.stdin);
    const report = compare(sources, {
      keepClutter: options.keepClutter ?? false,
      ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
    });
    const format: Format = options.json ? 'json' : options.format;
    const toFile = typeof options.output === 'string';
    const color = useColor(options.color, toFile ? false : io.stdout.isTTY === true, io.env);
    const text = RENDERERS[format](report, {
      color,
      width: !toFile && io.stdout.isTTY && io.stdout.columns ? Math.min(io.stdout.columns, 120) : 80,
      showRemoved: options.showRemoved ?? false,
    });
    if (toFile) fs.writeFileSync(options.output, text);
    else if (!options.quiet) io.stdout.write(text);
    if (!options.quiet) for (const w of report.warnings) io.stderr.write(`claimdiff: warning: ${w.source}: ${w.message}\n`);
    return failingFindings(report, options.failOn ?? []).length > 0 ? 1 : 0;
  } catch (error) {
    io.stderr.write(`claimdiff: ${describe(error)}\n`);
    if (options.debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return 2;
  }
}

export function failingFindings(report: Report, kinds: readonly Finding[]): Finding[] {
  return kinds.filter((kind) => {
    if (kind === 'contradictions') return report.contradictions.length > 0;
    if (kind === 'additions') return report.claims.some(isAddition);
    return report.sources.some((s) => s.omits > 0);
  });
}

/** `--color`/`--no-color` win; otherwise colour only on a terminal, and never when NO_COLOR is set. */
function useColor(flag: boolean | undefined, isTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  if (flag === false) return false;
  if (flag === true) return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return isTTY && env.TERM !== 'dumb';
}

function parseFindings(value: string): Finding[] {
  const kinds = value.split(',').map((k) => k.trim()).filter(Boolean);
  const unknown = kinds.filter((k) => !(FINDINGS as readonly string[]).includes(k));
  if (unknown.length > 0 || kinds.length === 0) {
    throw new InvalidArgumentError(`expected one or more of ${FINDINGS.join(', ')}`);
  }
  return kinds as Finding[];
}

function parseUnit(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a number from 0 to 1');
  return n;
}

function describe(error: unknown): string {
  if (error instanceof InputError) return error.message;
  if (error instanceof Error) return `internal error: ${error.message} (run with --debug for details)`;
  return String(error);
}

function readVersion(): string {
  const manifest = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

function processIo(): Io {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}
