import { Command, CommanderError, Option } from 'commander';
// Only light modules here: --version, --help and a bad argument must answer without loading the language model,
// the HTML readers or the renderers. Each command's module (and so the pipeline) is imported when it runs.
import type { BatchOptions } from './commands/batch.js';
import type { CheckOptions } from './commands/check.js';
import type { DiffOptions } from './commands/diff.js';
import { terminalPager } from './commands/pager.js';
import { describeError, FINDINGS, printLine, printLines, parseCount, parseFindings, parseMegabytes, parseSeconds, parseUnit, type Io } from './commands/shared.js';
import { DEFAULT_MAX_SENTENCES } from './defaults.js';
import { DEFAULT_FETCH_TIMEOUT_S } from './load/fetch-url.js';
import { DEFAULT_MAX_FILE_MB, DEFAULT_MAX_TOTAL_MB } from './load/read.js';
import { CHECK_FORMATS, FORMATS } from './report/formats.js';
import { BATCH_FORMATS } from './batch/formats.js';
import { VERSION } from './version.js';

export type { Io } from './commands/shared.js';

const EXAMPLES = `
Examples:
  $ claimdiff articles/                     every .txt/.md/.html file in a folder
  $ claimdiff a.txt b.txt c.txt             named files
  $ claimdiff https://example.org/x b.txt   a web page (fetched) and a file
  $ claimdiff --inputs-from links.txt       paths and URLs listed one a line
  $ claimdiff 'coverage/**/*.txt'           a quoted glob
  $ cat story.txt | claimdiff - other.txt   one source from standard input
  $ claimdiff articles/ --json | jq '.contradictions'
  $ claimdiff articles/ --summary           summary, fact table, contradictions
  $ claimdiff articles/ -o report.html      the HTML page (format from -o's ending)
  $ claimdiff check 'fixtures/*'            compare with expected findings
  $ claimdiff batch events/*/ -o out.jsonl  many events: one JSON line each

Environment: NO_COLOR or FORCE_COLOR=0 turns colour off, FORCE_COLOR=1 on
(--color wins); CLAIMDIFF_PAGER, else PAGER, else less pages a long report in
a terminal (empty or cat: no pager).

Exit status: 0 done; 1 findings named by --fail-on exist (or, for check, the
findings changed); 2 trouble (bad input or options), with one line on stderr.`;

const BATCH_EXAMPLES = `
Examples:
  $ claimdiff batch coverage/*/ > events.jsonl   every event folder, records on stdout
  $ claimdiff batch --manifest events.txt -o out.jsonl --resume
  $ parallel -k -j4 --pipepart -a events.txt --block -1 \\
      claimdiff batch --manifest - -j1 -q > out.jsonl
                                   shards: sorted events.txt, same output

Each record is {"event": ..., "report": ...}: the report is what claimdiff
EVENT --json writes, on one line; an event that could not be compared has
{"event": ..., "error": ...}. Records come in the order of the events' names.

Exit status: 0 done; 1 findings named by --fail-on exist in an event; 2 an
event failed (the others are still compared and written), or trouble with the
options, with one line on stderr.`;

/** What the input limits say in a command's help. */
const LIMIT_HELP = {
  file: 'stop with an error on an input larger than this',
  total: 'stop with an error when the inputs together are larger than this',
  sentences: 'most sentences compared per source; a warning names any dropped',
};

/** The input limits every comparing command takes. */
function withLimits(command: Command, help: typeof LIMIT_HELP): Command {
  return command
    .option('--max-file-size <MB>', help.file, parseMegabytes, DEFAULT_MAX_FILE_MB)
    .option('--max-total-size <MB>', help.total, parseMegabytes, DEFAULT_MAX_TOTAL_MB)
    .option('--max-sentences <n>', help.sentences, parseCount, DEFAULT_MAX_SENTENCES);
}

/** `--color=WHEN` as git, grep and ripgrep take it, said as the flags commander knows. */
const COLOR_WHEN: Readonly<Record<string, string | undefined>> = { always: '--color', never: '--no-color', auto: undefined };

/**
 * The arguments with each `--color=WHEN` turned into `--color`, `--no-color` or nothing (auto), up to a `--`; a
 * string for an unknown WHEN.
 */
function withColorWhen(argv: readonly string[]): string[] | string {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return [...out, ...argv.slice(i)];
    const m = /^--colou?r=(.*)$/.exec(arg);
    if (m === null) {
      out.push(arg);
      continue;
    }
    const when = m[1]!.toLowerCase();
    if (!(when in COLOR_WHEN)) return `option '--color=${m[1]!}': expected auto, always or never`;
    const flag = COLOR_WHEN[when];
    if (flag !== undefined) out.push(flag);
  }
  return out;
}

/** Commander's error text ("error: unknown option '--sumary'\n(Did you mean --summary?)\n") as one line, unprefixed. */
export function commanderMessage(text: string): string {
  return text
    .replace(/^error: /, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}

/** Run the command line; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const colorWhen = withColorWhen(argv);
  if (typeof colorWhen === 'string') {
    printLine(io, colorWhen);
    return 2;
  }
  argv = colorWhen;
  let code = 0;
  const debug = argv.includes('--debug');
  const guarded = (run: () => Promise<number>) => async () => {
    try {
      code = await run();
    } catch (error) {
      printLine(io, describeError(error, debug));
      if (debug && error instanceof Error && error.stack) printLines(io, error.stack);
      code = 2;
    }
  };
  const program = new Command('claimdiff')
    .description('Compare how several outlets report one event: what each source adds, omits and contradicts.')
    .version(VERSION, '-V, --version')
    // Options after `check` are check's own, even where the main command has one of the same name.
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // Under the one prefix every error has, on one line, with commander's "did you mean" kept.
      outputError: (text) => printLine(io, commanderMessage(text)),
    });
  program
    // Optional: --inputs-from may name them all; runDiff says so when there are none.
    .argument('[inputs...]', 'article files, folders, quoted globs, http(s) URLs, or - for standard input')
    .addOption(new Option('-f, --format <format>', "output format (default: -o's ending, .json .md .html, else terminal)").choices(FORMATS))
    .option('--json', 'shorthand for --format json')
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--inputs-from <file>', 'also read the paths and URLs listed in a file (- for standard input), one a line; blank lines and # comments left out')
    .option('--fetch-timeout <seconds>', 'give up on a URL that has not answered in full in this time', parseSeconds, DEFAULT_FETCH_TIMEOUT_S)
    .option('--color', 'force colour on (also --color=always|never|auto)')
    .option('--no-color', 'turn colour off (also when NO_COLOR or FORCE_COLOR=0 is set, or output is not a terminal)')
    .option('--fail-on <findings>', `exit 1 when any exist: ${FINDINGS.join(', ')} (comma-separated)`, parseFindings)
    .option('--keep-clutter', 'do not remove page clutter (ads, related links, comments, captions)')
    .option('--show-removed', 'list every line removed as clutter')
    .option('--summary', 'print only the summary, the fact table and the contradictions')
    .option('--no-pager', 'never page a long terminal report (default: $CLAIMDIFF_PAGER, $PAGER or less, in a terminal only)')
    .option('--threshold <0..1>', 'similarity two sentences need to count as one claim', parseUnit);
  withLimits(program, LIMIT_HELP)
    .option('-q, --quiet', 'print nothing but errors (-o still writes its file); use with --fail-on')
    .option('--debug', 'show stack traces on errors, and how long each stage takes')
    .addHelpText('after', EXAMPLES)
    .action((inputs: string[], options: DiffOptions) => guarded(async () => (await import('./commands/diff.js')).runDiff(inputs, options, io))());
  const check = program
    .command('check')
    .description('compare fixture folders with their expected findings (claimdiff.expected.json)')
    .argument('<folders...>', 'fixture folders, or quoted globs of folders')
    .option('--update', "write or refresh each folder's expected file from the current findings")
    .option('--json', 'shorthand for --format json')
    .addOption(new Option('-f, --format <format>', 'output format').choices(CHECK_FORMATS).default('terminal'))
    .option('--fail-on <findings>', `also exit 1 when any exist: ${FINDINGS.join(', ')}`, parseFindings);
  withLimits(check, LIMIT_HELP)
    .option('-q, --quiet', 'print nothing but errors')
    .option('--debug', 'show stack traces on errors, and how long each stage takes')
    .action((folders: string[], options: CheckOptions) => guarded(async () => (await import('./commands/check.js')).runCheck(folders, options, io))());

  const batch = program
    .command('batch')
    .description('compare many events, each a folder (or a file listing its inputs): one JSON Lines record per event, then a summary')
    .argument('[events...]', 'event folders, or files listing one event\'s paths and URLs one a line')
    .option('--manifest <file>', 'also read events from a file (- for standard input), one a line; blank lines and # comments left out')
    .addOption(new Option('-f, --format <format>', 'jsonl: the records, the summary on stderr (on stdout with -o); summary: the summary alone').choices(BATCH_FORMATS).default('jsonl'))
    .option('-o, --output <file>', 'write the records to a file, one a line, as each event is done')
    .option('--resume', 'with -o: keep the records already in the file and compare only the events it has no report for')
    .option('-j, --jobs <n>', 'worker threads, each with its own model (default: one per core)', parseCount)
    .option('--fail-on <findings>', `exit 1 when any event has any: ${FINDINGS.join(', ')}`, parseFindings)
    .option('--keep-clutter', 'do not remove page clutter')
    .option('--threshold <0..1>', 'similarity two sentences need to count as one claim', parseUnit)
    .option('--fetch-timeout <seconds>', 'give up on a URL that has not answered in full in this time', parseSeconds, DEFAULT_FETCH_TIMEOUT_S);
  withLimits(batch, {
    file: 'an input larger than this fails its event',
    total: "an event's inputs larger than this together fail it",
    sentences: 'most sentences compared per source; a warning in the record names any dropped',
  })
    .option('-q, --quiet', 'print nothing but errors')
    .option('--debug', 'show stack traces on errors')
    .addHelpText('after', BATCH_EXAMPLES)
    .action((events: string[], options: BatchOptions) => guarded(async () => (await import('./commands/batch.js')).runBatch(events, options, io))());

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  return code;
}

function processIo(): Io {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    pager: terminalPager(process.env),
    setExitCode: (code) => {
      process.exitCode = code;
    },
  };
}
