import { DEFAULT_MAX_FILE_MB, InputError, loadInputs, MEGABYTE, readInputList, STDIN, type LoadedSource } from '../load/index.js';
import { isWebPath } from '../load/url-arg.js';
import { formatOfFile } from '../report/formats.js';
import { jsonChunks, render, type Format } from '../report/index.js';
import { needsPager } from './pager.js';
import type { Warning } from '../types.js';
import {
  emit,
  failingFindings,
  guardOutput,
  loadOptions,
  pipelineOptions,
  printLine,
  printWarning,
  timed,
  useColor,
  withSkipped,
  type Finding,
  type Io,
  type LimitOptions,
} from './shared.js';
import { appendFileSafely, checkWritable, fileIdentities } from './safe-write.js';

export interface DiffOptions extends LimitOptions {
  /** -f; when not given, the -o file's ending says it (see chooseFormat). */
  format?: Format;
  json?: boolean;
  output?: string;
  color?: boolean;
  failOn?: Finding[];
  keepClutter?: boolean;
  showRemoved?: boolean;
  threshold?: number;
  quiet?: boolean;
  summary?: boolean;
  /** False with --no-pager. */
  pager?: boolean;
  /** --inputs-from: a file (or - for standard input) listing more inputs, one a line. */
  inputsFrom?: string;
  /** --fetch-timeout, in seconds. */
  fetchTimeout?: number;
}

/** `claimdiff <inputs...>`: compare the sources and write the report; resolves to the exit code. */
export async function runDiff(inputs: readonly string[], options: DiffOptions, io: Io): Promise<number> {
  guardOutput(io);
  const pipeline = pipelineOptions(options, io);
  if (inputs.length === 0 && options.inputsFrom === undefined) {
    throw new InputError('', 'no inputs: name two or more article files, folders, globs or URLs, or list them with --inputs-from FILE');
  }
  if (options.inputsFrom === STDIN && inputs.includes(STDIN)) {
    throw new InputError(STDIN, 'standard input cannot hold both the --inputs-from list and an article');
  }
  const fromTerminal = (io.stdin as { isTTY?: boolean }).isTTY === true && !options.quiet;
  if (fromTerminal && options.inputsFrom === STDIN) printLine(io, 'reading the --inputs-from list from the terminal: end it with Ctrl-D');
  const limits = loadOptions(options);
  const listed = options.inputsFrom !== undefined ? await readInputList(options.inputsFrom, io.stdin, limits.maxFileBytes ?? DEFAULT_MAX_FILE_MB * MEGABYTE) : [];
  if (fromTerminal && inputs.includes(STDIN)) printLine(io, 'reading the article for - from the terminal: end it with Ctrl-D');
  const load = {
    ...limits,
    listed,
    ...(options.fetchTimeout !== undefined ? { fetchTimeoutMs: options.fetchTimeout * 1000 } : {}),
    ...fetchProgress(options, io),
  };
  const { sources, skipped } = await timed('load', pipeline.onStage, () => loadInputs(inputs, io.stdin, load));
  requireTwo(sources, skipped);
  // The -o file is checked before the comparison, so a wrong one costs no waiting; and checked again on writing.
  // A page's URL is no file on this machine, whatever folder the cwd holds.
  const inputPaths = [...sources.map((s) => s.path), ...skipped.map((w) => w.source)].filter((p) => !isWebPath(p));
  const inputFiles = options.output !== undefined ? fileIdentities(inputPaths) : [];
  if (options.output !== undefined) checkWritable(options.output, inputFiles);
  // The pipeline loads the language model: only once the inputs are known to be good.
  const { compare } = await import('../pipeline.js');
  const compared = compare(sources, {
    keepClutter: options.keepClutter ?? false,
    ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
    ...pipeline,
  });
  const report = withSkipped(compared, skipped);
  const format = chooseFormat(options);
  if (format === 'json') {
    // Written as it is spelled, piece by piece: a large report is never held whole as one string.
    if (options.output !== undefined || !options.quiet) await timed('render', pipeline.onStage, () => emit(io, jsonChunks(report), options.output, inputFiles));
  } else {
    const toTerminal = options.output === undefined && io.stdout.isTTY === true;
    const text = await timed('render', pipeline.onStage, () =>
      render(report, format, {
        color: useColor(options.color, toTerminal, io.env),
        width: reportWidth(toTerminal ? io.stdout.columns : undefined, io.env.COLUMNS),
        showRemoved: options.showRemoved ?? false,
        summary: options.summary ?? false,
      }),
    );
    // A long report in a terminal goes through the pager, as git's does; anything else is written as it is.
    const page = toTerminal && !options.quiet && format === 'terminal' && options.pager !== false && io.pager !== undefined;
    const paged = page && needsPager(text, (io.stdout as { rows?: number }).rows) ? await io.pager!(text) : false;
    if (!paged && (options.output !== undefined || !options.quiet)) emit(io, text, options.output, inputFiles);
  }
  // In a GitHub Actions step, the annotations come with the report in Markdown as the job's summary.
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (format === 'github' && summaryFile !== undefined && summaryFile !== '') {
    appendFileSafely(summaryFile, `${render(report, 'markdown', { width: reportWidth(undefined, io.env.COLUMNS) })}\n`);
  }
  if (!options.quiet) for (const w of report.warnings) printWarning(io, w);
  return failingFindings(report, options.failOn ?? []).length > 0 ? 1 : 0;
}

/**
 * The width a text report is laid out for: the terminal's, else COLUMNS (as `ls` and `git` read it when piped,
 * so `COLUMNS=100 claimdiff ... | less` gets 100), else 80; at most 120, past which lines are hard to read.
 */
export function reportWidth(terminalColumns: number | undefined, columnsVariable: string | undefined): number {
  const fromVariable = /^\s*\d+\s*$/.test(columnsVariable ?? '') ? Number(columnsVariable) : undefined;
  const columns = terminalColumns || fromVariable || 80;
  return Math.min(columns, 120);
}

/**
 * --json, else -f, else what the -o file's ending names (`-o report.html` writes the HTML page, not terminal
 * text in an .html file), else the terminal report.
 */
export function chooseFormat(options: Pick<DiffOptions, 'json' | 'format' | 'output'>): Format {
  if (options.json) return 'json';
  return options.format ?? (options.output !== undefined ? formatOfFile(options.output) : undefined) ?? 'terminal';
}

/**
 * When standard error is a terminal, a line counting the pages fetched, erased once all are: fetching many
 * takes a while. Nothing on a pipe or a log, nor under --quiet.
 */
function fetchProgress(options: DiffOptions, io: Io): { onFetchProgress?(done: number, total: number): void } {
  if (options.quiet === true || io.stderr.isTTY !== true) return {};
  return {
    onFetchProgress: (done, total) => io.stderr.write(done < total ? `\r\u001b[Kclaimdiff: fetching pages, ${done} of ${total} done…` : '\r\u001b[K'),
  };
}

/** Fewer than two sources left after skipping unreadable files: say which were skipped and why, on the one error line. */
export function requireTwo(sources: readonly LoadedSource[], skipped: readonly Warning[]): void {
  if (sources.length >= 2 || skipped.length === 0) return;
  const shown = skipped.slice(0, 2).map((w) => `${w.source} (${w.message.replace(/^skipped: /, '')})`);
  const more = skipped.length > shown.length ? `, and ${skipped.length - shown.length} more` : '';
  throw new InputError(
    sources.map((s) => s.path).join(', '),
    `need at least two sources to compare, got ${sources.length}; skipped ${shown.join(', ')}${more}`,
  );
}
